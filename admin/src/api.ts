/**
 * The server's domain operations, one function each: the figure workflow,
 * assignments and API tokens. Each returns what the server returned and
 * throws a GraphQLRequestError (with code and field) when it refuses.
 */
import { DEFAULT_DUE_DAYS } from "./common/choices";
import { gql } from "./graphql";

export const MEASUREMENT_FIELDS = `id indicatorId agencyId year period value valueKind source note
  evidenceUrl status version submittedById submittedAt reviewedById reviewedAt reviewNote updatedAt`;

export interface MeasurementRow {
  id: string;
  indicatorId: string;
  agencyId: string;
  year: number;
  period: string;
  value: string;
  valueKind: string;
  source: string;
  note: string | null;
  evidenceUrl: string | null;
  status: string;
  version: number;
  submittedById: string | null;
  reviewNote: string | null;
}

export interface SaveMeasurementInput {
  id?: string;
  version?: number;
  indicatorId?: string;
  agencyId?: string;
  year?: number;
  period?: string;
  value?: string;
  valueKind?: string;
  source?: string;
  note?: string | null;
  evidenceUrl?: string | null;
}

export async function saveMeasurement(input: SaveMeasurementInput): Promise<MeasurementRow> {
  const { saveMeasurement } = await gql<{ saveMeasurement: MeasurementRow }>(
    `mutation SaveMeasurement($id: ID, $version: Int, $indicatorId: ID, $agencyId: ID, $year: Int,
       $period: PeriodType, $value: Decimal, $valueKind: ValueKind, $source: String, $note: String,
       $evidenceUrl: String) {
      saveMeasurement(id: $id, version: $version, indicatorId: $indicatorId, agencyId: $agencyId,
        year: $year, period: $period, value: $value, valueKind: $valueKind, source: $source,
        note: $note, evidenceUrl: $evidenceUrl) { ${MEASUREMENT_FIELDS} } }`,
    { ...input },
  );
  return saveMeasurement;
}

export type Transition = "submit" | "approve" | "return" | "reopen";

const TRANSITIONS: Record<Transition, { mutation: string; extra: string; arg?: string }> = {
  submit: { mutation: "submitMeasurement", extra: "" },
  approve: { mutation: "approveMeasurement", extra: ", $text: String", arg: "note" },
  return: { mutation: "returnMeasurement", extra: ", $text: String!", arg: "reason" },
  reopen: { mutation: "reopenMeasurement", extra: ", $text: String!", arg: "reason" },
};

/** One workflow step; `text` is the approval note or the reason. */
export async function transitionMeasurement(
  step: Transition,
  id: string,
  version: number,
  text?: string,
): Promise<MeasurementRow> {
  const t = TRANSITIONS[step];
  const data = await gql<Record<string, MeasurementRow>>(
    `mutation Step($id: ID!, $version: Int!${t.extra}) {
      ${t.mutation}(id: $id, version: $version${t.arg ? `, ${t.arg}: $text` : ""}) { ${MEASUREMENT_FIELDS} } }`,
    { id, version, ...(t.arg ? { text: text ?? null } : {}) },
  );
  return data[t.mutation];
}

export interface AssignInput {
  targetId?: string;
  indicatorId?: string;
  agencyId: string;
  role: "LEAD" | "COORDINATE";
  frequency?: string;
  dueDaysAfterPeriod?: number;
  note?: string | null;
  startsOn?: string | null;
}

export async function assignTarget(input: AssignInput): Promise<{ id: string }[]> {
  const { assignTarget } = await gql<{ assignTarget: { id: string }[] }>(
    `mutation Assign($targetId: ID, $indicatorId: ID, $agencyId: ID!, $role: AssignmentRole!,
       $frequency: ReportingFrequency, $dueDaysAfterPeriod: Int, $note: String, $startsOn: LocalDate) {
      assignTarget(targetId: $targetId, indicatorId: $indicatorId, agencyId: $agencyId, role: $role,
        frequency: $frequency, dueDaysAfterPeriod: $dueDaysAfterPeriod, note: $note, startsOn: $startsOn) { id } }`,
    {
      ...input,
      frequency: input.frequency ?? "YEARLY",
      dueDaysAfterPeriod: input.dueDaysAfterPeriod ?? DEFAULT_DUE_DAYS,
    },
  );
  return assignTarget;
}

/** Ends an assignment on `endsOn` (its last day). */
export async function endAssignment(id: string, endsOn: string): Promise<void> {
  await gql(
    `mutation End($id: ID!, $endsOn: LocalDate) { updateAssignment(id: $id, endsOn: $endsOn) { id } }`,
    {
      id,
      endsOn,
    },
  );
}

export async function createApiToken(input: {
  name: string;
  scopes: string[];
  expiresAt?: string | null;
  userId?: string | null;
}): Promise<{ token: string; apiToken: { id: string; prefix: string } }> {
  const { createApiToken } = await gql<{
    createApiToken: { token: string; apiToken: { id: string; prefix: string } };
  }>(
    `mutation CreateToken($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO, $userId: ID) {
      createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, userId: $userId) {
        token apiToken { id prefix } } }`,
    input,
  );
  return createApiToken;
}

export async function revokeApiToken(id: string): Promise<void> {
  await gql(`mutation Revoke($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`, { id });
}
