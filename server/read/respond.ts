/**
 * Answers compiled operations (compile.ts) without graphql-js: an Apollo plugin runs their
 * statements at `responseForOperation` (after parsing, validation and the limits of
 * didResolveOperation) and puts each answer's JSON text into the result as a `RawJson`; the
 * server's `stringifyResult` splices the texts into the response body unparsed. Other queries
 * run through their compiled executor (executor.ts) when they have one.
 */
import type {
  ApolloServerPlugin,
  GraphQLRequestContextResponseForOperation,
  GraphQLResponse,
} from "@apollo/server";
import type { DocumentNode, FragmentDefinitionNode } from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { randomBytes } from "node:crypto";
import { isConnectionError, unavailable } from "../common/errors";
import type { RequestContext } from "../context";
import { compileOperation, type Operation } from "./compile";
import type { DirectAnswers } from "./direct";
import { runExecutor } from "./executor";
import { runLogged } from "./lean";

/** Placeholders no answer can contain: a random token of this process. */
const TOKEN = `__raw_${randomBytes(12).toString("hex")}_`;
const PLACEHOLDER = new RegExp(`"${TOKEN}(\\d+)"`, "g");

/** JSON text to put into a response as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * The response body of `value`, with the text of each RawJson in its place: the values of
 * `data` (where the plugin below puts them). A result without one is written by plain
 * JSON.stringify (a replacer costs a call per value: a tenth of a large answer's time).
 */
export function stringifyResult(value: unknown): string {
  const data = (value as { data?: unknown } | null)?.data;
  if (!data || typeof data !== "object" || !Object.values(data).some((v) => v instanceof RawJson))
    return JSON.stringify(value) + "\n";
  const raw: string[] = [];
  const body = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof RawJson ? `${TOKEN}${raw.push(v.text) - 1}` : v,
  );
  return (raw.length ? body.replace(PLACEHOLDER, (_m, i: string) => raw[Number(i)]) : body) + "\n";
}

/** A root field's key and the JSON text of its answer. */
export interface CompiledAnswer {
  key: string;
  text: string;
}

/**
 * The answers of `op`'s compiled statements for this caller (compile.ts), or undefined when it
 * does not compile; rejects with the database's error.
 */
export async function runCompiled(
  ctx: RequestContext,
  op: Operation,
): Promise<CompiledAnswer[] | undefined> {
  const compiled = compileOperation(ctx, op);
  if (!compiled) return undefined;
  const texts = await Promise.all(
    compiled.map((field) => runLogged(ctx.db, field.sql, field.parameters)),
  );
  return compiled.map((field, i) => ({ key: field.key, text: texts[i] }));
}

/** What answering a query without graphql-js's interpreter gave. */
export type ReadOutcome =
  /** Its data: compiled statements' answers as RawJson, or what its executor resolved. */
  | { kind: "data"; data: Record<string, unknown> }
  /** The database is away. */
  | { kind: "unavailable"; error: unknown }
  /** Neither compiles for this caller, or its executor met errors: graphql-js answers it. */
  | { kind: "interpret"; executorTried?: boolean };

/**
 * A query answered by its compiled statements (one per root field, compile.ts), or else by
 * its compiled executor (executor.ts): what the plugin below and the direct path (direct.ts)
 * both send.
 */
export async function answerRead(
  ctx: RequestContext,
  op: Operation & { document: DocumentNode },
): Promise<ReadOutcome> {
  let answers: CompiledAnswer[] | undefined;
  try {
    answers = await runCompiled(ctx, op);
  } catch (error) {
    // Any error but an absent database: graphql-js meets it again and reports it as reads do.
    return isConnectionError(error) ? { kind: "unavailable", error } : { kind: "interpret" };
  }
  if (answers) {
    const data: Record<string, unknown> = {};
    for (const { key, text } of answers) data[key] = new RawJson(text);
    return { kind: "data", data };
  }
  return runExecutor(ctx, op);
}

/**
 * The database is away (down, frozen, no free connection): answered as a read that met it is
 * (503, SERVICE_UNAVAILABLE, retryable: the error plugin adds the request id and the status)
 * instead of running the operation again and waiting twice as long.
 */
function unavailableAnswer(
  request: GraphQLRequestContextResponseForOperation<RequestContext>,
  error: unknown,
): GraphQLResponse {
  request.contextValue.log.warn({ err: error }, "database unavailable");
  const errors = [unavailable().toJSON()];
  return {
    http: request.response.http,
    body: { kind: "single", singleResult: { data: null, errors } },
  };
}

/**
 * Whether compiled answers and executors are used (COMPILED_READS=false turns both off, and
 * graphql-js answers everything, e.g. to compare); `remember` hears each POSTed operation they
 * answered (direct.ts serves it from then on).
 */
export function compiledReads(
  enabled = true,
  remember?: DirectAnswers["remember"],
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      if (!enabled) return {};
      return {
        async responseForOperation(
          request: GraphQLRequestContextResponseForOperation<RequestContext>,
        ) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of request.document.definitions) {
            if (definition.kind === "FragmentDefinition")
              fragments[definition.name.value] = definition;
          }
          const ctx = request.contextValue;
          const variables = getVariableValues(
            request.schema,
            request.operation.variableDefinitions ?? [],
            request.request.variables ?? {},
          );
          if (variables.errors) return null;
          const outcome = await answerRead(ctx, {
            schema: request.schema,
            document: request.document,
            operation: request.operation,
            fragments,
            variables: variables.coerced,
          });
          if (outcome.kind === "unavailable") return unavailableAnswer(request, outcome.error);
          if (outcome.kind === "interpret") return null;
          const { source, request: sent } = request;
          if (remember && source && sent.http?.method === "POST" && !sent.extensions)
            remember(source, sent.operationName, {
              schema: request.schema,
              document: request.document,
              operation: request.operation,
              fragments,
            });
          const { data } = outcome;
          return { http: request.response.http, body: { kind: "single", singleResult: { data } } };
        },
      };
    },
  };
}
