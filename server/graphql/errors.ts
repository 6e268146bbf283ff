/**
 * What callers see of errors: typed errors pass through; database errors a
 * caller can cause become BAD_USER_INPUT naming the field; everything else is
 * masked as INTERNAL_SERVER_ERROR with the request id, and logged in full.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { fromDatabaseError, isConnectionError } from "../common/errors";
import type { RequestContext } from "../context";
import { limitError, limitOf } from "./limits";
import { recordAudit } from "../modules/audit/audit.service";

/** Codes safe to show: ours and those graphql-js / Apollo produce for bad requests. */
const PUBLIC_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "QUERY_LIMIT",
  "SERVICE_UNAVAILABLE",
]);

export const INTERNAL_MESSAGE =
  "Lỗi máy chủ nội bộ; hãy báo mã yêu cầu cho quản trị viên (internal server error)";

/**
 * graphql-js reports a malformed literal argument (perPage: "x", an unknown
 * filter field) as a validation failure; to a caller it is bad input, so it
 * gets the same code as the same mistake made through variables.
 */
const VALUE_ERRORS = [
  /^Expected value of type "[^"]+", found /,
  /^Field "[\w.]+" is not defined by type "\w+"/,
  /^Field "[\w.]+" of required type "[^"]+" was not provided/,
  /^(?:Int|Float|String|Boolean|ID) cannot represent/,
  /^Enum "\w+" cannot represent/,
  /^Value "[^"]*" does not exist in "\w+" enum/,
];

/** graphql-js stops coercing variables after 50 wrong values with an error of its own, uncoded. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables, error limit reached/;

function asBadInput(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED") return undefined;
  // A scalar that refused a literal (a date, a decimal) leaves its own error as the original.
  const fromScalar = error instanceof GraphQLError && error.originalError instanceof GraphQLError;
  if (!fromScalar && !VALUE_ERRORS.some((re) => re.test(formatted.message))) return undefined;
  const field = /^Field "(?:\w+\.)?(\w+)"/.exec(formatted.message)?.[1];
  return {
    message: formatted.message,
    locations: formatted.locations,
    extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) },
  };
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const limit = limitOf(formatted.message);
  if (limit) {
    // Our own limit errors pass through again here; keep their first wording.
    const detail = formatted.message.startsWith("Truy vấn vượt")
      ? (/\((.*)\)$/.exec(formatted.message)?.[1] ?? "")
      : formatted.message;
    const { message, extensions } = limitError(limit, detail);
    return {
      message,
      locations: formatted.locations,
      extensions: { ...extensions, http: undefined },
    };
  }
  const badLiteral = asBadInput(formatted, error);
  if (badLiteral) return badLiteral;
  if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message))
    return {
      message: formatted.message,
      extensions: { code: "BAD_USER_INPUT", field: "variables" },
    };
  const original = unwrapResolverError(error);
  const fromDb = fromDatabaseError(original);
  if (fromDb)
    return { message: fromDb.message, path: formatted.path, extensions: { ...fromDb.extensions } };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/** A refused request is itself an audit event (outside any transaction, so it stays). */
async function recordDenial(
  ctx: RequestContext,
  operationName: string | null | undefined,
  path: readonly (string | number)[] | undefined,
): Promise<void> {
  try {
    await recordAudit(ctx.primaryDb.manager, ctx, {
      action: "permission.denied",
      entityType: "Operation",
      after: { operation: operationName ?? null, field: path?.join(".") ?? null },
    });
  } catch (error) {
    ctx.log.error({ err: error }, "could not record a denial");
  }
}

/** Logs unexpected errors with the request id and puts that id on every error sent. */
export const errorPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (error.extensions?.code === "FORBIDDEN")
            await recordDenial(contextValue, operationName, error.path);
          const original = unwrapResolverError(error);
          const code = error.extensions?.code;
          if (isConnectionError(original)) {
            contextValue.log.warn({ err: original }, "database unavailable");
            continue;
          }
          if (fromDatabaseError(original) || (typeof code === "string" && PUBLIC_CODES.has(code)))
            continue;
          if (TOO_MANY_VARIABLE_ERRORS.test(error.message)) continue;
          contextValue.log.error(
            { err: original, requestId: contextValue.requestId },
            "unexpected error",
          );
        }
      },
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
          ...e,
          extensions: { ...e.extensions, requestId: contextValue.requestId },
        }));
        // The database was away: say so at the HTTP level too, so proxies and clients retry.
        if (response.body.singleResult.errors.some((e) => e.extensions?.retryable === true)) {
          response.http.status = 503;
          response.http.headers.set("retry-after", "1");
        }
      },
    };
  },
};
