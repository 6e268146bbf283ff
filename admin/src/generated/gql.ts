/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Hierarchy($id: ID!) {\n    Agency(id: $id) {\n      parent {\n        id\n        shortName\n      }\n      children {\n        id\n        shortName\n      }\n      successor {\n        id\n        shortName\n      }\n      predecessors {\n        id\n        shortName\n        validTo\n      }\n    }\n  }\n": typeof types.HierarchyDocument,
    "\n  fragment WorkflowRow on Measurement {\n    id\n    status\n    version\n    submittedById\n    reviewNote\n    updatedAt\n  }\n": typeof types.WorkflowRowFragmentDoc,
    "\n  mutation SubmitMeasurement($id: ID!, $version: Int!) {\n    submitMeasurement(id: $id, version: $version) {\n      ...WorkflowRow\n    }\n  }\n": typeof types.SubmitMeasurementDocument,
    "\n  mutation ApproveMeasurement($id: ID!, $version: Int!, $text: String) {\n    approveMeasurement(id: $id, version: $version, note: $text) {\n      ...WorkflowRow\n    }\n  }\n": typeof types.ApproveMeasurementDocument,
    "\n  mutation ReturnMeasurement($id: ID!, $version: Int!, $text: String!) {\n    returnMeasurement(id: $id, version: $version, reason: $text) {\n      ...WorkflowRow\n    }\n  }\n": typeof types.ReturnMeasurementDocument,
    "\n  mutation ReopenMeasurement($id: ID!, $version: Int!, $text: String!) {\n    reopenMeasurement(id: $id, version: $version, reason: $text) {\n      ...WorkflowRow\n    }\n  }\n": typeof types.ReopenMeasurementDocument,
    "\n  mutation AssignTarget(\n    $targetId: ID\n    $indicatorId: ID\n    $agencyId: ID!\n    $role: AssignmentRole!\n    $frequency: ReportingFrequency\n    $dueDaysAfterPeriod: Int\n    $note: String\n    $startsOn: LocalDate\n  ) {\n    assignTarget(\n      targetId: $targetId\n      indicatorId: $indicatorId\n      agencyId: $agencyId\n      role: $role\n      frequency: $frequency\n      dueDaysAfterPeriod: $dueDaysAfterPeriod\n      note: $note\n      startsOn: $startsOn\n    ) {\n      id\n    }\n  }\n": typeof types.AssignTargetDocument,
    "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate) {\n    updateAssignment(id: $id, endsOn: $endsOn) {\n      id\n    }\n  }\n": typeof types.EndAssignmentDocument,
    "\n  mutation CreateApiToken(\n    $name: String!\n    $scopes: [String!]!\n    $expiresAt: DateTimeISO\n    $userId: ID\n  ) {\n    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, userId: $userId) {\n      token\n      apiToken {\n        id\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query MatrixTargets($filter: TargetFilter, $page: Int) {\n    rows: allTargets(filter: $filter, page: $page, perPage: 100, sortField: \"number\") {\n      id\n      number\n      title\n      titleEn\n      indicators {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n": typeof types.MatrixTargetsDocument,
    "\n  query MatrixAssignments($filter: AssignmentFilter, $page: Int) {\n    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {\n      id\n      indicatorId\n      agencyId\n      role\n      startsOn\n      frequency\n      dueDaysAfterPeriod\n      endsOn\n    }\n  }\n": typeof types.MatrixAssignmentsDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        role\n        agencyId\n        agency {\n          name\n          shortName\n        }\n      }\n      permissions\n    }\n    measurementWorkflow {\n      name\n      from\n      permission\n      review\n    }\n    ...CongressCandidates\n    ...Bell\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment HistoryEntry on AuditEvent {\n    id\n    action\n    actorLabel\n    actorName\n    reason\n    at\n    before\n    after\n  }\n": typeof types.HistoryEntryFragmentDoc,
    "\n    query AgencyHistory($id: ID!) {\n      record: Agency(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": typeof types.AgencyHistoryDocument,
    "\n    query AssignmentHistory($id: ID!) {\n      record: Assignment(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": typeof types.AssignmentHistoryDocument,
    "\n    query CongressHistory($id: ID!) {\n      record: Congress(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": typeof types.CongressHistoryDocument,
    "\n    query IndicatorHistory($id: ID!) {\n      record: Indicator(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": typeof types.IndicatorHistoryDocument,
    "\n    query KeyTaskHistory($id: ID!) {\n      record: KeyTask(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": typeof types.KeyTaskHistoryDocument,
    "\n    query MeasurementHistory($id: ID!) {\n      record: Measurement(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": typeof types.MeasurementHistoryDocument,
    "\n    query TargetHistory($id: ID!) {\n      record: Target(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": typeof types.TargetHistoryDocument,
    "\n  query CurrentAgencies($filter: AgencyFilter, $page: Int) {\n    rows: allAgencies(filter: $filter, page: $page, perPage: 100, sortField: \"shortName\") {\n      id\n      code\n      shortName\n      name\n      kind\n    }\n  }\n": typeof types.CurrentAgenciesDocument,
    "\n  fragment CongressCandidates on Query {\n    allCongresses(perPage: 10, sortField: \"heldFrom\", sortOrder: \"DESC\") {\n      id\n      ordinal\n      partyCommittee\n      termStartYear\n      termEndYear\n      targets {\n        id\n      }\n    }\n  }\n": typeof types.CongressCandidatesFragmentDoc,
    "\n  fragment IndicatorGoal on Indicator {\n    unit\n    unitKind\n    kind\n    comparator\n    targetMin\n    targetMax\n  }\n": typeof types.IndicatorGoalFragmentDoc,
    "\n  query SortFields {\n    Agency: _allAgenciesSortFields\n    ApiToken: _allApiTokensSortFields\n    Assignment: _allAssignmentsSortFields\n    AuditEvent: _allAuditEventsSortFields\n    Congress: _allCongressesSortFields\n    Indicator: _allIndicatorsSortFields\n    KeyTask: _allKeyTasksSortFields\n    Measurement: _allMeasurementsSortFields\n    Reminder: _allRemindersSortFields\n    Target: _allTargetsSortFields\n    User: _allUsersSortFields\n  }\n": typeof types.SortFieldsDocument,
    "\n  query CurrentCongress {\n    ...CongressCandidates\n  }\n": typeof types.CurrentCongressDocument,
    "\n  query CarryPreview($c: ID!, $p: ID!) {\n    assignmentCarryForward(congressId: $c, previousCongressId: $p) {\n      toCreate\n      skipped\n      fingerprint\n      rows {\n        indicatorId\n        indicatorCode\n        indicatorName\n        predecessorCode\n        fromAssignmentId\n        fromAgencyName\n        toAgencyName\n        role\n        outcome\n        willCreate\n      }\n    }\n  }\n": typeof types.CarryPreviewDocument,
    "\n  mutation CarryAssignmentsForward($c: ID!, $p: ID!, $f: String!) {\n    carryAssignmentsForward(congressId: $c, previousCongressId: $p, fingerprint: $f) {\n      batchId\n      created {\n        id\n      }\n    }\n  }\n": typeof types.CarryAssignmentsForwardDocument,
    "\n  query CarryForwardCongresses {\n    allCongresses(perPage: 50, sortField: \"ordinal\", sortOrder: \"DESC\") {\n      id\n      ordinal\n      provinceId\n      termStartYear\n      termEndYear\n    }\n  }\n": typeof types.CarryForwardCongressesDocument,
    "\n  query ParseResolutionTargets($text: String!, $year: Int!, $c: ID) {\n    parseResolutionTargets(text: $text, termEndYear: $year, congressId: $c) {\n      targets {\n        number\n        text\n        problems\n        indicators {\n          phrase\n          name\n          kind\n          comparator\n          targetMin\n          targetMax\n          unit\n          targetYear\n          direction\n          problems\n          proposedPredecessor {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParseResolutionTargetsDocument,
    "\n  mutation ImportResolutionTargets($c: ID!, $t: [ImportTargetInput!]!) {\n    importResolutionTargets(congressId: $c, targets: $t) {\n      createdTargets\n      createdIndicators\n      skippedTargets\n    }\n  }\n": typeof types.ImportResolutionTargetsDocument,
    "\n  query ExistingTargets($c: ID) {\n    allTargets(filter: { congressId: $c }, perPage: 100) {\n      number\n      text\n    }\n  }\n": typeof types.ExistingTargetsDocument,
    "\n  query PreviousTerm($c: ID!) {\n    Congress(id: $c) {\n      ordinal\n      provinceId\n    }\n    allCongresses(perPage: 50) {\n      id\n      ordinal\n      provinceId\n    }\n  }\n": typeof types.PreviousTermDocument,
    "\n  query PreviousIndicators($c: ID) {\n    allIndicators(filter: { congressId: $c, active: true }, perPage: 100) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": typeof types.PreviousIndicatorsDocument,
    "\n  query CongressResolution($id: ID!) {\n    Congress(id: $id) {\n      resolution {\n        id\n        title\n        adoptedOn\n        sourceTitle\n        directiveNumber\n        directiveDate\n        clauses {\n          id\n          kind\n          position\n          text\n        }\n      }\n    }\n  }\n": typeof types.CongressResolutionDocument,
    "\n  query LastApprovedYear($c: ID) {\n    allMeasurements(\n      perPage: 1\n      sortField: \"year\"\n      sortOrder: \"DESC\"\n      filter: { congressId: $c, status: APPROVED }\n    ) {\n      year\n    }\n  }\n": typeof types.LastApprovedYearDocument,
    "\n  query CompletenessAssignments($filter: AssignmentFilter, $page: Int) {\n    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {\n      agencyId\n      agency {\n        shortName\n      }\n    }\n  }\n": typeof types.CompletenessAssignmentsDocument,
    "\n  query Dashboard($congressId: ID!) {\n    progressSummary(congressId: $congressId) {\n      sentence\n      asOf\n      total\n      exceeded\n      met\n      notMet\n      noData\n      atRisk\n      offTrack\n      targets {\n        progress {\n          verdict\n          status\n          reason\n          reasonEn\n          decidedBy\n          methodologyNotes\n          met\n          total\n        }\n        assessment {\n          verdict\n          document\n          documentDate\n        }\n        assessmentDiffers\n        target {\n          id\n          number\n          title\n          titleEn\n          domain\n          indicators {\n            id\n            code\n            name\n            nameEn\n            ...IndicatorGoal\n            active\n            progress {\n              verdict\n              status\n              reason\n              reasonEn\n              valueSoFar\n            }\n            measurements(status: APPROVED, period: YEAR) {\n              year\n              period\n              value\n              valueKind\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query MissingReports($congressId: ID!, $year: Int!, $agencyId: ID) {\n    reportingCompleteness(congressId: $congressId, year: $year, agencyId: $agencyId) {\n      agency {\n        id\n        shortName\n      }\n      assignment {\n        id\n        role\n      }\n      indicator {\n        id\n        code\n        name\n        nameEn\n      }\n      year\n      period\n      state\n      dueOn\n      daysLate\n      measurement {\n        id\n        reviewNote\n        lastReturn {\n          reason\n        }\n      }\n    }\n  }\n": typeof types.MissingReportsDocument,
    "\n  query SeriesAcrossTerms($id: ID!) {\n    Indicator(id: $id) {\n      unit\n      baseline {\n        year\n        value\n        fromIndicatorId\n      }\n      seriesAcrossTerms {\n        indicatorId\n        code\n        termStartYear\n        termEndYear\n        points {\n          year\n          value\n        }\n      }\n    }\n  }\n": typeof types.SeriesAcrossTermsDocument,
    "\n  query OwnApiTokenCount {\n    _allApiTokensMeta {\n      count\n    }\n  }\n": typeof types.OwnApiTokenCountDocument,
    "\n  query IndicatorDetail($id: ID!) {\n    Indicator(id: $id) {\n      id\n      code\n      name\n      ...IndicatorGoal\n      sourcePhrase\n      target {\n        number\n        title\n      }\n      measurements(status: APPROVED) {\n        id\n        year\n        period\n        value\n        valueKind\n        status\n        agencyId\n      }\n    }\n  }\n": typeof types.IndicatorDetailDocument,
    "\n  fragment Bell on Query {\n    bellItems: allReminders(\n      perPage: 10\n      sortField: \"createdAt\"\n      sortOrder: \"DESC\"\n      filter: { mine: true }\n    ) {\n      id\n      kind\n      subject\n      link\n      day\n      readAt\n    }\n    bellUnread: _allRemindersMeta(filter: { mine: true, unread: true }) {\n      count\n    }\n  }\n": typeof types.BellFragmentDoc,
    "\n  query BellItems {\n    ...Bell\n  }\n": typeof types.BellItemsDocument,
    "\n  mutation MarkRemindersRead($ids: [ID!]!) {\n    markRemindersRead(ids: $ids) {\n      id\n    }\n  }\n": typeof types.MarkRemindersReadDocument,
    "\n  query MyReminderSettings {\n    myReminderSettings {\n      kind\n      enabled\n    }\n  }\n": typeof types.MyReminderSettingsDocument,
    "\n  mutation SetReminderSetting($kind: ReminderKind!, $enabled: Boolean!) {\n    setReminderSetting(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n": typeof types.SetReminderSettingDocument,
    "\n  query ReportingIndicators($filter: IndicatorFilter, $page: Int) {\n    rows: allIndicators(filter: $filter, page: $page, perPage: 100, sortField: \"code\") {\n      id\n      code\n      name\n      ...IndicatorGoal\n      assignments(active: true) {\n        agencyId\n        role\n        frequency\n        dueDaysAfterPeriod\n      }\n    }\n  }\n": typeof types.ReportingIndicatorsDocument,
    "\n  query ReportingFigures($filter: MeasurementFilter, $page: Int) {\n    rows: allMeasurements(filter: $filter, page: $page, perPage: 100) {\n      id\n      indicatorId\n      year\n      period\n      value\n      status\n      version\n      valueKind\n      reviewNote\n      updatedAt\n    }\n  }\n": typeof types.ReportingFiguresDocument,
    "\n  query TargetAssessment($id: ID!) {\n    Target(id: $id) {\n      progress {\n        verdict\n        reason\n        reasonEn\n        decidedBy\n        methodologyNotes\n        total\n      }\n      assessments {\n        id\n        verdict\n        reason\n        document\n        documentDate\n      }\n    }\n  }\n": typeof types.TargetAssessmentDocument,
    "\n  mutation AssessTarget($t: ID!, $v: AssessedVerdict!, $r: String!, $d: String!, $dd: LocalDate!) {\n    assessTarget(targetId: $t, verdict: $v, reason: $r, document: $d, documentDate: $dd) {\n      id\n    }\n  }\n": typeof types.AssessTargetDocument,
};
const documents: Documents = {
    "\n  query Hierarchy($id: ID!) {\n    Agency(id: $id) {\n      parent {\n        id\n        shortName\n      }\n      children {\n        id\n        shortName\n      }\n      successor {\n        id\n        shortName\n      }\n      predecessors {\n        id\n        shortName\n        validTo\n      }\n    }\n  }\n": types.HierarchyDocument,
    "\n  fragment WorkflowRow on Measurement {\n    id\n    status\n    version\n    submittedById\n    reviewNote\n    updatedAt\n  }\n": types.WorkflowRowFragmentDoc,
    "\n  mutation SubmitMeasurement($id: ID!, $version: Int!) {\n    submitMeasurement(id: $id, version: $version) {\n      ...WorkflowRow\n    }\n  }\n": types.SubmitMeasurementDocument,
    "\n  mutation ApproveMeasurement($id: ID!, $version: Int!, $text: String) {\n    approveMeasurement(id: $id, version: $version, note: $text) {\n      ...WorkflowRow\n    }\n  }\n": types.ApproveMeasurementDocument,
    "\n  mutation ReturnMeasurement($id: ID!, $version: Int!, $text: String!) {\n    returnMeasurement(id: $id, version: $version, reason: $text) {\n      ...WorkflowRow\n    }\n  }\n": types.ReturnMeasurementDocument,
    "\n  mutation ReopenMeasurement($id: ID!, $version: Int!, $text: String!) {\n    reopenMeasurement(id: $id, version: $version, reason: $text) {\n      ...WorkflowRow\n    }\n  }\n": types.ReopenMeasurementDocument,
    "\n  mutation AssignTarget(\n    $targetId: ID\n    $indicatorId: ID\n    $agencyId: ID!\n    $role: AssignmentRole!\n    $frequency: ReportingFrequency\n    $dueDaysAfterPeriod: Int\n    $note: String\n    $startsOn: LocalDate\n  ) {\n    assignTarget(\n      targetId: $targetId\n      indicatorId: $indicatorId\n      agencyId: $agencyId\n      role: $role\n      frequency: $frequency\n      dueDaysAfterPeriod: $dueDaysAfterPeriod\n      note: $note\n      startsOn: $startsOn\n    ) {\n      id\n    }\n  }\n": types.AssignTargetDocument,
    "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate) {\n    updateAssignment(id: $id, endsOn: $endsOn) {\n      id\n    }\n  }\n": types.EndAssignmentDocument,
    "\n  mutation CreateApiToken(\n    $name: String!\n    $scopes: [String!]!\n    $expiresAt: DateTimeISO\n    $userId: ID\n  ) {\n    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, userId: $userId) {\n      token\n      apiToken {\n        id\n        prefix\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query MatrixTargets($filter: TargetFilter, $page: Int) {\n    rows: allTargets(filter: $filter, page: $page, perPage: 100, sortField: \"number\") {\n      id\n      number\n      title\n      titleEn\n      indicators {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n": types.MatrixTargetsDocument,
    "\n  query MatrixAssignments($filter: AssignmentFilter, $page: Int) {\n    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {\n      id\n      indicatorId\n      agencyId\n      role\n      startsOn\n      frequency\n      dueDaysAfterPeriod\n      endsOn\n    }\n  }\n": types.MatrixAssignmentsDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        role\n        agencyId\n        agency {\n          name\n          shortName\n        }\n      }\n      permissions\n    }\n    measurementWorkflow {\n      name\n      from\n      permission\n      review\n    }\n    ...CongressCandidates\n    ...Bell\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment HistoryEntry on AuditEvent {\n    id\n    action\n    actorLabel\n    actorName\n    reason\n    at\n    before\n    after\n  }\n": types.HistoryEntryFragmentDoc,
    "\n    query AgencyHistory($id: ID!) {\n      record: Agency(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": types.AgencyHistoryDocument,
    "\n    query AssignmentHistory($id: ID!) {\n      record: Assignment(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": types.AssignmentHistoryDocument,
    "\n    query CongressHistory($id: ID!) {\n      record: Congress(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": types.CongressHistoryDocument,
    "\n    query IndicatorHistory($id: ID!) {\n      record: Indicator(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": types.IndicatorHistoryDocument,
    "\n    query KeyTaskHistory($id: ID!) {\n      record: KeyTask(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": types.KeyTaskHistoryDocument,
    "\n    query MeasurementHistory($id: ID!) {\n      record: Measurement(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": types.MeasurementHistoryDocument,
    "\n    query TargetHistory($id: ID!) {\n      record: Target(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  ": types.TargetHistoryDocument,
    "\n  query CurrentAgencies($filter: AgencyFilter, $page: Int) {\n    rows: allAgencies(filter: $filter, page: $page, perPage: 100, sortField: \"shortName\") {\n      id\n      code\n      shortName\n      name\n      kind\n    }\n  }\n": types.CurrentAgenciesDocument,
    "\n  fragment CongressCandidates on Query {\n    allCongresses(perPage: 10, sortField: \"heldFrom\", sortOrder: \"DESC\") {\n      id\n      ordinal\n      partyCommittee\n      termStartYear\n      termEndYear\n      targets {\n        id\n      }\n    }\n  }\n": types.CongressCandidatesFragmentDoc,
    "\n  fragment IndicatorGoal on Indicator {\n    unit\n    unitKind\n    kind\n    comparator\n    targetMin\n    targetMax\n  }\n": types.IndicatorGoalFragmentDoc,
    "\n  query SortFields {\n    Agency: _allAgenciesSortFields\n    ApiToken: _allApiTokensSortFields\n    Assignment: _allAssignmentsSortFields\n    AuditEvent: _allAuditEventsSortFields\n    Congress: _allCongressesSortFields\n    Indicator: _allIndicatorsSortFields\n    KeyTask: _allKeyTasksSortFields\n    Measurement: _allMeasurementsSortFields\n    Reminder: _allRemindersSortFields\n    Target: _allTargetsSortFields\n    User: _allUsersSortFields\n  }\n": types.SortFieldsDocument,
    "\n  query CurrentCongress {\n    ...CongressCandidates\n  }\n": types.CurrentCongressDocument,
    "\n  query CarryPreview($c: ID!, $p: ID!) {\n    assignmentCarryForward(congressId: $c, previousCongressId: $p) {\n      toCreate\n      skipped\n      fingerprint\n      rows {\n        indicatorId\n        indicatorCode\n        indicatorName\n        predecessorCode\n        fromAssignmentId\n        fromAgencyName\n        toAgencyName\n        role\n        outcome\n        willCreate\n      }\n    }\n  }\n": types.CarryPreviewDocument,
    "\n  mutation CarryAssignmentsForward($c: ID!, $p: ID!, $f: String!) {\n    carryAssignmentsForward(congressId: $c, previousCongressId: $p, fingerprint: $f) {\n      batchId\n      created {\n        id\n      }\n    }\n  }\n": types.CarryAssignmentsForwardDocument,
    "\n  query CarryForwardCongresses {\n    allCongresses(perPage: 50, sortField: \"ordinal\", sortOrder: \"DESC\") {\n      id\n      ordinal\n      provinceId\n      termStartYear\n      termEndYear\n    }\n  }\n": types.CarryForwardCongressesDocument,
    "\n  query ParseResolutionTargets($text: String!, $year: Int!, $c: ID) {\n    parseResolutionTargets(text: $text, termEndYear: $year, congressId: $c) {\n      targets {\n        number\n        text\n        problems\n        indicators {\n          phrase\n          name\n          kind\n          comparator\n          targetMin\n          targetMax\n          unit\n          targetYear\n          direction\n          problems\n          proposedPredecessor {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ParseResolutionTargetsDocument,
    "\n  mutation ImportResolutionTargets($c: ID!, $t: [ImportTargetInput!]!) {\n    importResolutionTargets(congressId: $c, targets: $t) {\n      createdTargets\n      createdIndicators\n      skippedTargets\n    }\n  }\n": types.ImportResolutionTargetsDocument,
    "\n  query ExistingTargets($c: ID) {\n    allTargets(filter: { congressId: $c }, perPage: 100) {\n      number\n      text\n    }\n  }\n": types.ExistingTargetsDocument,
    "\n  query PreviousTerm($c: ID!) {\n    Congress(id: $c) {\n      ordinal\n      provinceId\n    }\n    allCongresses(perPage: 50) {\n      id\n      ordinal\n      provinceId\n    }\n  }\n": types.PreviousTermDocument,
    "\n  query PreviousIndicators($c: ID) {\n    allIndicators(filter: { congressId: $c, active: true }, perPage: 100) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": types.PreviousIndicatorsDocument,
    "\n  query CongressResolution($id: ID!) {\n    Congress(id: $id) {\n      resolution {\n        id\n        title\n        adoptedOn\n        sourceTitle\n        directiveNumber\n        directiveDate\n        clauses {\n          id\n          kind\n          position\n          text\n        }\n      }\n    }\n  }\n": types.CongressResolutionDocument,
    "\n  query LastApprovedYear($c: ID) {\n    allMeasurements(\n      perPage: 1\n      sortField: \"year\"\n      sortOrder: \"DESC\"\n      filter: { congressId: $c, status: APPROVED }\n    ) {\n      year\n    }\n  }\n": types.LastApprovedYearDocument,
    "\n  query CompletenessAssignments($filter: AssignmentFilter, $page: Int) {\n    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {\n      agencyId\n      agency {\n        shortName\n      }\n    }\n  }\n": types.CompletenessAssignmentsDocument,
    "\n  query Dashboard($congressId: ID!) {\n    progressSummary(congressId: $congressId) {\n      sentence\n      asOf\n      total\n      exceeded\n      met\n      notMet\n      noData\n      atRisk\n      offTrack\n      targets {\n        progress {\n          verdict\n          status\n          reason\n          reasonEn\n          decidedBy\n          methodologyNotes\n          met\n          total\n        }\n        assessment {\n          verdict\n          document\n          documentDate\n        }\n        assessmentDiffers\n        target {\n          id\n          number\n          title\n          titleEn\n          domain\n          indicators {\n            id\n            code\n            name\n            nameEn\n            ...IndicatorGoal\n            active\n            progress {\n              verdict\n              status\n              reason\n              reasonEn\n              valueSoFar\n            }\n            measurements(status: APPROVED, period: YEAR) {\n              year\n              period\n              value\n              valueKind\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query MissingReports($congressId: ID!, $year: Int!, $agencyId: ID) {\n    reportingCompleteness(congressId: $congressId, year: $year, agencyId: $agencyId) {\n      agency {\n        id\n        shortName\n      }\n      assignment {\n        id\n        role\n      }\n      indicator {\n        id\n        code\n        name\n        nameEn\n      }\n      year\n      period\n      state\n      dueOn\n      daysLate\n      measurement {\n        id\n        reviewNote\n        lastReturn {\n          reason\n        }\n      }\n    }\n  }\n": types.MissingReportsDocument,
    "\n  query SeriesAcrossTerms($id: ID!) {\n    Indicator(id: $id) {\n      unit\n      baseline {\n        year\n        value\n        fromIndicatorId\n      }\n      seriesAcrossTerms {\n        indicatorId\n        code\n        termStartYear\n        termEndYear\n        points {\n          year\n          value\n        }\n      }\n    }\n  }\n": types.SeriesAcrossTermsDocument,
    "\n  query OwnApiTokenCount {\n    _allApiTokensMeta {\n      count\n    }\n  }\n": types.OwnApiTokenCountDocument,
    "\n  query IndicatorDetail($id: ID!) {\n    Indicator(id: $id) {\n      id\n      code\n      name\n      ...IndicatorGoal\n      sourcePhrase\n      target {\n        number\n        title\n      }\n      measurements(status: APPROVED) {\n        id\n        year\n        period\n        value\n        valueKind\n        status\n        agencyId\n      }\n    }\n  }\n": types.IndicatorDetailDocument,
    "\n  fragment Bell on Query {\n    bellItems: allReminders(\n      perPage: 10\n      sortField: \"createdAt\"\n      sortOrder: \"DESC\"\n      filter: { mine: true }\n    ) {\n      id\n      kind\n      subject\n      link\n      day\n      readAt\n    }\n    bellUnread: _allRemindersMeta(filter: { mine: true, unread: true }) {\n      count\n    }\n  }\n": types.BellFragmentDoc,
    "\n  query BellItems {\n    ...Bell\n  }\n": types.BellItemsDocument,
    "\n  mutation MarkRemindersRead($ids: [ID!]!) {\n    markRemindersRead(ids: $ids) {\n      id\n    }\n  }\n": types.MarkRemindersReadDocument,
    "\n  query MyReminderSettings {\n    myReminderSettings {\n      kind\n      enabled\n    }\n  }\n": types.MyReminderSettingsDocument,
    "\n  mutation SetReminderSetting($kind: ReminderKind!, $enabled: Boolean!) {\n    setReminderSetting(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n": types.SetReminderSettingDocument,
    "\n  query ReportingIndicators($filter: IndicatorFilter, $page: Int) {\n    rows: allIndicators(filter: $filter, page: $page, perPage: 100, sortField: \"code\") {\n      id\n      code\n      name\n      ...IndicatorGoal\n      assignments(active: true) {\n        agencyId\n        role\n        frequency\n        dueDaysAfterPeriod\n      }\n    }\n  }\n": types.ReportingIndicatorsDocument,
    "\n  query ReportingFigures($filter: MeasurementFilter, $page: Int) {\n    rows: allMeasurements(filter: $filter, page: $page, perPage: 100) {\n      id\n      indicatorId\n      year\n      period\n      value\n      status\n      version\n      valueKind\n      reviewNote\n      updatedAt\n    }\n  }\n": types.ReportingFiguresDocument,
    "\n  query TargetAssessment($id: ID!) {\n    Target(id: $id) {\n      progress {\n        verdict\n        reason\n        reasonEn\n        decidedBy\n        methodologyNotes\n        total\n      }\n      assessments {\n        id\n        verdict\n        reason\n        document\n        documentDate\n      }\n    }\n  }\n": types.TargetAssessmentDocument,
    "\n  mutation AssessTarget($t: ID!, $v: AssessedVerdict!, $r: String!, $d: String!, $dd: LocalDate!) {\n    assessTarget(targetId: $t, verdict: $v, reason: $r, document: $d, documentDate: $dd) {\n      id\n    }\n  }\n": types.AssessTargetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hierarchy($id: ID!) {\n    Agency(id: $id) {\n      parent {\n        id\n        shortName\n      }\n      children {\n        id\n        shortName\n      }\n      successor {\n        id\n        shortName\n      }\n      predecessors {\n        id\n        shortName\n        validTo\n      }\n    }\n  }\n"): typeof import('./graphql').HierarchyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowRow on Measurement {\n    id\n    status\n    version\n    submittedById\n    reviewNote\n    updatedAt\n  }\n"): typeof import('./graphql').WorkflowRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMeasurement($id: ID!, $version: Int!) {\n    submitMeasurement(id: $id, version: $version) {\n      ...WorkflowRow\n    }\n  }\n"): typeof import('./graphql').SubmitMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMeasurement($id: ID!, $version: Int!, $text: String) {\n    approveMeasurement(id: $id, version: $version, note: $text) {\n      ...WorkflowRow\n    }\n  }\n"): typeof import('./graphql').ApproveMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnMeasurement($id: ID!, $version: Int!, $text: String!) {\n    returnMeasurement(id: $id, version: $version, reason: $text) {\n      ...WorkflowRow\n    }\n  }\n"): typeof import('./graphql').ReturnMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMeasurement($id: ID!, $version: Int!, $text: String!) {\n    reopenMeasurement(id: $id, version: $version, reason: $text) {\n      ...WorkflowRow\n    }\n  }\n"): typeof import('./graphql').ReopenMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTarget(\n    $targetId: ID\n    $indicatorId: ID\n    $agencyId: ID!\n    $role: AssignmentRole!\n    $frequency: ReportingFrequency\n    $dueDaysAfterPeriod: Int\n    $note: String\n    $startsOn: LocalDate\n  ) {\n    assignTarget(\n      targetId: $targetId\n      indicatorId: $indicatorId\n      agencyId: $agencyId\n      role: $role\n      frequency: $frequency\n      dueDaysAfterPeriod: $dueDaysAfterPeriod\n      note: $note\n      startsOn: $startsOn\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAssignment($id: ID!, $endsOn: LocalDate) {\n    updateAssignment(id: $id, endsOn: $endsOn) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken(\n    $name: String!\n    $scopes: [String!]!\n    $expiresAt: DateTimeISO\n    $userId: ID\n  ) {\n    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, userId: $userId) {\n      token\n      apiToken {\n        id\n        prefix\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixTargets($filter: TargetFilter, $page: Int) {\n    rows: allTargets(filter: $filter, page: $page, perPage: 100, sortField: \"number\") {\n      id\n      number\n      title\n      titleEn\n      indicators {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').MatrixTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixAssignments($filter: AssignmentFilter, $page: Int) {\n    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {\n      id\n      indicatorId\n      agencyId\n      role\n      startsOn\n      frequency\n      dueDaysAfterPeriod\n      endsOn\n    }\n  }\n"): typeof import('./graphql').MatrixAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        role\n        agencyId\n        agency {\n          name\n          shortName\n        }\n      }\n      permissions\n    }\n    measurementWorkflow {\n      name\n      from\n      permission\n      review\n    }\n    ...CongressCandidates\n    ...Bell\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryEntry on AuditEvent {\n    id\n    action\n    actorLabel\n    actorName\n    reason\n    at\n    before\n    after\n  }\n"): typeof import('./graphql').HistoryEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AgencyHistory($id: ID!) {\n      record: Agency(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  "): typeof import('./graphql').AgencyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AssignmentHistory($id: ID!) {\n      record: Assignment(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  "): typeof import('./graphql').AssignmentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CongressHistory($id: ID!) {\n      record: Congress(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  "): typeof import('./graphql').CongressHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IndicatorHistory($id: ID!) {\n      record: Indicator(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  "): typeof import('./graphql').IndicatorHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query KeyTaskHistory($id: ID!) {\n      record: KeyTask(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  "): typeof import('./graphql').KeyTaskHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MeasurementHistory($id: ID!) {\n      record: Measurement(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  "): typeof import('./graphql').MeasurementHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TargetHistory($id: ID!) {\n      record: Target(id: $id) {\n        history {\n          ...HistoryEntry\n        }\n      }\n    }\n  "): typeof import('./graphql').TargetHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentAgencies($filter: AgencyFilter, $page: Int) {\n    rows: allAgencies(filter: $filter, page: $page, perPage: 100, sortField: \"shortName\") {\n      id\n      code\n      shortName\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').CurrentAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CongressCandidates on Query {\n    allCongresses(perPage: 10, sortField: \"heldFrom\", sortOrder: \"DESC\") {\n      id\n      ordinal\n      partyCommittee\n      termStartYear\n      termEndYear\n      targets {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CongressCandidatesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorGoal on Indicator {\n    unit\n    unitKind\n    kind\n    comparator\n    targetMin\n    targetMax\n  }\n"): typeof import('./graphql').IndicatorGoalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SortFields {\n    Agency: _allAgenciesSortFields\n    ApiToken: _allApiTokensSortFields\n    Assignment: _allAssignmentsSortFields\n    AuditEvent: _allAuditEventsSortFields\n    Congress: _allCongressesSortFields\n    Indicator: _allIndicatorsSortFields\n    KeyTask: _allKeyTasksSortFields\n    Measurement: _allMeasurementsSortFields\n    Reminder: _allRemindersSortFields\n    Target: _allTargetsSortFields\n    User: _allUsersSortFields\n  }\n"): typeof import('./graphql').SortFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCongress {\n    ...CongressCandidates\n  }\n"): typeof import('./graphql').CurrentCongressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarryPreview($c: ID!, $p: ID!) {\n    assignmentCarryForward(congressId: $c, previousCongressId: $p) {\n      toCreate\n      skipped\n      fingerprint\n      rows {\n        indicatorId\n        indicatorCode\n        indicatorName\n        predecessorCode\n        fromAssignmentId\n        fromAgencyName\n        toAgencyName\n        role\n        outcome\n        willCreate\n      }\n    }\n  }\n"): typeof import('./graphql').CarryPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryAssignmentsForward($c: ID!, $p: ID!, $f: String!) {\n    carryAssignmentsForward(congressId: $c, previousCongressId: $p, fingerprint: $f) {\n      batchId\n      created {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CarryAssignmentsForwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarryForwardCongresses {\n    allCongresses(perPage: 50, sortField: \"ordinal\", sortOrder: \"DESC\") {\n      id\n      ordinal\n      provinceId\n      termStartYear\n      termEndYear\n    }\n  }\n"): typeof import('./graphql').CarryForwardCongressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParseResolutionTargets($text: String!, $year: Int!, $c: ID) {\n    parseResolutionTargets(text: $text, termEndYear: $year, congressId: $c) {\n      targets {\n        number\n        text\n        problems\n        indicators {\n          phrase\n          name\n          kind\n          comparator\n          targetMin\n          targetMax\n          unit\n          targetYear\n          direction\n          problems\n          proposedPredecessor {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ParseResolutionTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportResolutionTargets($c: ID!, $t: [ImportTargetInput!]!) {\n    importResolutionTargets(congressId: $c, targets: $t) {\n      createdTargets\n      createdIndicators\n      skippedTargets\n    }\n  }\n"): typeof import('./graphql').ImportResolutionTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExistingTargets($c: ID) {\n    allTargets(filter: { congressId: $c }, perPage: 100) {\n      number\n      text\n    }\n  }\n"): typeof import('./graphql').ExistingTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviousTerm($c: ID!) {\n    Congress(id: $c) {\n      ordinal\n      provinceId\n    }\n    allCongresses(perPage: 50) {\n      id\n      ordinal\n      provinceId\n    }\n  }\n"): typeof import('./graphql').PreviousTermDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviousIndicators($c: ID) {\n    allIndicators(filter: { congressId: $c, active: true }, perPage: 100) {\n      id\n      code\n      name\n      unit\n    }\n  }\n"): typeof import('./graphql').PreviousIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CongressResolution($id: ID!) {\n    Congress(id: $id) {\n      resolution {\n        id\n        title\n        adoptedOn\n        sourceTitle\n        directiveNumber\n        directiveDate\n        clauses {\n          id\n          kind\n          position\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CongressResolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastApprovedYear($c: ID) {\n    allMeasurements(\n      perPage: 1\n      sortField: \"year\"\n      sortOrder: \"DESC\"\n      filter: { congressId: $c, status: APPROVED }\n    ) {\n      year\n    }\n  }\n"): typeof import('./graphql').LastApprovedYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletenessAssignments($filter: AssignmentFilter, $page: Int) {\n    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {\n      agencyId\n      agency {\n        shortName\n      }\n    }\n  }\n"): typeof import('./graphql').CompletenessAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($congressId: ID!) {\n    progressSummary(congressId: $congressId) {\n      sentence\n      asOf\n      total\n      exceeded\n      met\n      notMet\n      noData\n      atRisk\n      offTrack\n      targets {\n        progress {\n          verdict\n          status\n          reason\n          reasonEn\n          decidedBy\n          methodologyNotes\n          met\n          total\n        }\n        assessment {\n          verdict\n          document\n          documentDate\n        }\n        assessmentDiffers\n        target {\n          id\n          number\n          title\n          titleEn\n          domain\n          indicators {\n            id\n            code\n            name\n            nameEn\n            ...IndicatorGoal\n            active\n            progress {\n              verdict\n              status\n              reason\n              reasonEn\n              valueSoFar\n            }\n            measurements(status: APPROVED, period: YEAR) {\n              year\n              period\n              value\n              valueKind\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissingReports($congressId: ID!, $year: Int!, $agencyId: ID) {\n    reportingCompleteness(congressId: $congressId, year: $year, agencyId: $agencyId) {\n      agency {\n        id\n        shortName\n      }\n      assignment {\n        id\n        role\n      }\n      indicator {\n        id\n        code\n        name\n        nameEn\n      }\n      year\n      period\n      state\n      dueOn\n      daysLate\n      measurement {\n        id\n        reviewNote\n        lastReturn {\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MissingReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesAcrossTerms($id: ID!) {\n    Indicator(id: $id) {\n      unit\n      baseline {\n        year\n        value\n        fromIndicatorId\n      }\n      seriesAcrossTerms {\n        indicatorId\n        code\n        termStartYear\n        termEndYear\n        points {\n          year\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeriesAcrossTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnApiTokenCount {\n    _allApiTokensMeta {\n      count\n    }\n  }\n"): typeof import('./graphql').OwnApiTokenCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDetail($id: ID!) {\n    Indicator(id: $id) {\n      id\n      code\n      name\n      ...IndicatorGoal\n      sourcePhrase\n      target {\n        number\n        title\n      }\n      measurements(status: APPROVED) {\n        id\n        year\n        period\n        value\n        valueKind\n        status\n        agencyId\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Bell on Query {\n    bellItems: allReminders(\n      perPage: 10\n      sortField: \"createdAt\"\n      sortOrder: \"DESC\"\n      filter: { mine: true }\n    ) {\n      id\n      kind\n      subject\n      link\n      day\n      readAt\n    }\n    bellUnread: _allRemindersMeta(filter: { mine: true, unread: true }) {\n      count\n    }\n  }\n"): typeof import('./graphql').BellFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BellItems {\n    ...Bell\n  }\n"): typeof import('./graphql').BellItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRemindersRead($ids: [ID!]!) {\n    markRemindersRead(ids: $ids) {\n      id\n    }\n  }\n"): typeof import('./graphql').MarkRemindersReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReminderSettings {\n    myReminderSettings {\n      kind\n      enabled\n    }\n  }\n"): typeof import('./graphql').MyReminderSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderSetting($kind: ReminderKind!, $enabled: Boolean!) {\n    setReminderSetting(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n"): typeof import('./graphql').SetReminderSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingIndicators($filter: IndicatorFilter, $page: Int) {\n    rows: allIndicators(filter: $filter, page: $page, perPage: 100, sortField: \"code\") {\n      id\n      code\n      name\n      ...IndicatorGoal\n      assignments(active: true) {\n        agencyId\n        role\n        frequency\n        dueDaysAfterPeriod\n      }\n    }\n  }\n"): typeof import('./graphql').ReportingIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingFigures($filter: MeasurementFilter, $page: Int) {\n    rows: allMeasurements(filter: $filter, page: $page, perPage: 100) {\n      id\n      indicatorId\n      year\n      period\n      value\n      status\n      version\n      valueKind\n      reviewNote\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').ReportingFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetAssessment($id: ID!) {\n    Target(id: $id) {\n      progress {\n        verdict\n        reason\n        reasonEn\n        decidedBy\n        methodologyNotes\n        total\n      }\n      assessments {\n        id\n        verdict\n        reason\n        document\n        documentDate\n      }\n    }\n  }\n"): typeof import('./graphql').TargetAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessTarget($t: ID!, $v: AssessedVerdict!, $r: String!, $d: String!, $dd: LocalDate!) {\n    assessTarget(targetId: $t, verdict: $v, reason: $r, document: $d, documentDate: $dd) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssessTargetDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
