/**
 * A small GraphQL client for the domain mutations and dashboard queries that
 * are not react-admin CRUD. The session cookie (HttpOnly, same origin) goes
 * along by itself. Documents come from `graphql()` (admin/src/generated,
 * `npm run admin:codegen`): their result and variables are typed from the schema.
 */
import type { TypedDocumentString } from "./generated/graphql";

export const GRAPHQL_URL = "/graphql";

/** A GraphQL error as the server words it: "Vietnamese (English)" with a code. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
    readonly status = 200,
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

interface RawError {
  message: string;
  extensions?: { code?: string; field?: string };
}

export async function gql<T, V>(
  document: TypedDocumentString<T, V>,
  ...[variables]: V extends Record<string, never> ? [] : [V]
): Promise<T> {
  const query = document.toString();
  const response = await fetch(GRAPHQL_URL, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: RawError[] };
  try {
    body = (await response.json()) as { data?: T; errors?: RawError[] };
  } catch {
    throw new GraphQLRequestError(
      `Máy chủ trả lời không hợp lệ (bad server response, HTTP ${response.status})`,
      "NETWORK",
      undefined,
      response.status,
    );
  }
  const error = body.errors?.[0];
  if (error) {
    throw new GraphQLRequestError(
      error.message,
      error.extensions?.code,
      error.extensions?.field,
      response.status,
    );
  }
  return body.data as T;
}

/** The error code of anything thrown by gql or the data provider. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof GraphQLRequestError) return error.code;
  const body = (error as { body?: { code?: string } } | null)?.body;
  return body?.code;
}
