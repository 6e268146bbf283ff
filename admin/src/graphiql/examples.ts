/** The operations GraphiQL opens with, one tab each (the cookbook has more: docs/cookbook.md). */
export const exampleTabs = [
  {
    query: `# Tiến độ từng chỉ tiêu — progress of every target
query TargetProgress {
  allTargets(perPage: 20, sortField: "number") {
    number
    title
    progress { verdictLabel statusLabel reason }
    indicators { code name unit targetMin targetMax leadAgency { shortName } }
  }
}`,
  },
  {
    query: `# Tổng hợp "Đạt và vượt N/20 chỉ tiêu" — the summary sentence
query Summary {
  allCongresses { id partyCommittee ordinal }
}
# Then: progressSummary(congressId: "<id above>") { sentence met noData }`,
  },
  {
    query: `# Số liệu chờ duyệt của một cơ quan — an agency's approval queue (sign in as its head)
query Queue {
  allMeasurements(filter: { status: SUBMITTED }, sortField: "submittedAt", sortOrder: "DESC") {
    id version year period value
    indicator { code name }
    agency { shortName }
  }
}`,
  },
  {
    query: `# Gửi một số liệu bằng mã API — submit a figure with a token (scope "submit")
mutation Save($indicatorId: ID) {
  saveMeasurement(indicatorId: $indicatorId, year: 2025, value: "3050", valueKind: ESTIMATE, source: "Cục Thống kê") {
    id version status
  }
}`,
    variables: `{ "indicatorId": "<id of indicator 3.a: allIndicators(filter: { code: \\"3.a\\" }) { id }>" }`,
  },
];
