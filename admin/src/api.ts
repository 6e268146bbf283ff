/**
 * The server's domain operations, one function each: the figure workflow,
 * assignments and API tokens. Each returns what the server returned and
 * throws a GraphQLRequestError (with code and field) when it refuses.
 */
import { DEFAULT_DUE_DAYS } from "./common/choices";
import { graphql } from "./generated";
import type {
  AssignTargetMutationVariables,
  CreateApiTokenMutationVariables,
  WorkflowRowFragment,
} from "./generated/graphql";
import { gql } from "./graphql";

graphql(`
  fragment WorkflowRow on Measurement {
    id
    status
    version
    submittedById
    reviewNote
    updatedAt
  }
`);

const SUBMIT = graphql(`
  mutation SubmitMeasurement($id: ID!, $version: Int!) {
    submitMeasurement(id: $id, version: $version) {
      ...WorkflowRow
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveMeasurement($id: ID!, $version: Int!, $text: String) {
    approveMeasurement(id: $id, version: $version, note: $text) {
      ...WorkflowRow
    }
  }
`);
const RETURN = graphql(`
  mutation ReturnMeasurement($id: ID!, $version: Int!, $text: String!) {
    returnMeasurement(id: $id, version: $version, reason: $text) {
      ...WorkflowRow
    }
  }
`);
const REOPEN = graphql(`
  mutation ReopenMeasurement($id: ID!, $version: Int!, $text: String!) {
    reopenMeasurement(id: $id, version: $version, reason: $text) {
      ...WorkflowRow
    }
  }
`);

export type Transition = "submit" | "approve" | "return" | "reopen";

/** One workflow step; `text` is the approval note or the reason. */
export async function transitionMeasurement(
  step: Transition,
  id: string,
  version: number,
  text?: string,
): Promise<WorkflowRowFragment> {
  switch (step) {
    case "submit":
      return (await gql(SUBMIT, { id, version })).submitMeasurement;
    case "approve":
      return (await gql(APPROVE, { id, version, text: text ?? null })).approveMeasurement;
    case "return":
      return (await gql(RETURN, { id, version, text: text ?? "" })).returnMeasurement;
    case "reopen":
      return (await gql(REOPEN, { id, version, text: text ?? "" })).reopenMeasurement;
  }
}

const ASSIGN = graphql(`
  mutation AssignTarget(
    $targetId: ID
    $indicatorId: ID
    $agencyId: ID!
    $role: AssignmentRole!
    $frequency: ReportingFrequency
    $dueDaysAfterPeriod: Int
    $note: String
    $startsOn: LocalDate
  ) {
    assignTarget(
      targetId: $targetId
      indicatorId: $indicatorId
      agencyId: $agencyId
      role: $role
      frequency: $frequency
      dueDaysAfterPeriod: $dueDaysAfterPeriod
      note: $note
      startsOn: $startsOn
    ) {
      id
    }
  }
`);

export async function assignTarget(
  input: AssignTargetMutationVariables,
): Promise<{ id: string }[]> {
  const { assignTarget } = await gql(ASSIGN, {
    ...input,
    frequency: input.frequency ?? "YEARLY",
    dueDaysAfterPeriod: input.dueDaysAfterPeriod ?? DEFAULT_DUE_DAYS,
  });
  return assignTarget;
}

const END_ASSIGNMENT = graphql(`
  mutation EndAssignment($id: ID!, $endsOn: LocalDate) {
    updateAssignment(id: $id, endsOn: $endsOn) {
      id
    }
  }
`);

/** Ends an assignment on `endsOn` (its last day). */
export async function endAssignment(id: string, endsOn: string): Promise<void> {
  await gql(END_ASSIGNMENT, { id, endsOn });
}

const CREATE_TOKEN = graphql(`
  mutation CreateApiToken(
    $name: String!
    $scopes: [String!]!
    $expiresAt: DateTimeISO
    $userId: ID
  ) {
    createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, userId: $userId) {
      token
      apiToken {
        id
        prefix
      }
    }
  }
`);

export async function createApiToken(input: CreateApiTokenMutationVariables) {
  return (await gql(CREATE_TOKEN, input)).createApiToken;
}

const REVOKE_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export async function revokeApiToken(id: string): Promise<void> {
  await gql(REVOKE_TOKEN, { id });
}
