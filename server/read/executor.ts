/**
 * The query operations the compiled statements (compile.ts) do not answer, because a field is
 * computed in TypeScript (a verdict, a summary) or reads through a loader, run through an
 * executor compiled for the operation (graphql-jit) instead of graphql-js's interpreter: the
 * same resolvers, called with the same arguments, but no per-field interpretation of the
 * selection (graphql-js builds each field's arguments, path and completion anew for every
 * object: nearly half the server's time on the admin's dashboard, which completes thousands
 * of fields).
 *
 * An operation is compiled the second time it is seen (the first runs on graphql-js), so new
 * query texts cost no more than before; the compiled function lives as long as the parsed
 * document in Apollo's bounded document store. Only answers without errors are sent from here:
 * an operation whose fields raised errors runs again on graphql-js, so that every error is
 * reported, formatted and audited as it always was (reads change nothing, so running one twice
 * changes nothing either); one the direct path (direct.ts) ran goes to the app marked, so it
 * runs on graphql-js there and not on its executor a second time. A database that is away is
 * answered at once, as the compiled path answers it. test/executor.test.ts checks that both executors give the same bytes for the
 * admin's own queries, for every kind of caller.
 */
import type {
  DocumentNode,
  ExecutionResult,
  GraphQLSchema,
  OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { isConnectionError } from "../common/errors";
import type { RequestContext } from "../context";
import type { ReadOutcome } from "./respond";

/** Compiled operations (null: graphql-jit refused it), by operation. */
const compiled = new WeakMap<OperationDefinitionNode, CompiledQuery | null>();
/** Operations seen once: compiled when seen again. */
const seen = new WeakSet<OperationDefinitionNode>();

/** How many times compiled executors ran, and answered, in this process (the tests read it). */
let runs = 0;
let answers = 0;
export function executorAnswers(): number {
  return answers;
}
export function executorRuns(): number {
  return runs;
}

/** The compiled executor of a query operation seen before, or undefined (graphql-js runs it). */
function executorOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): CompiledQuery | undefined {
  if (operation.operation !== "query") return undefined;
  let found = compiled.get(operation);
  if (found === undefined) {
    if (!seen.has(operation)) {
      seen.add(operation);
      return undefined;
    }
    const built = compileQuery(schema, document, operation.name?.value);
    found = isCompiledQuery(built) ? built : null;
    compiled.set(operation, found);
  }
  return found ?? undefined;
}

/** Runs a query operation on its compiled executor; see the head of this file. */
export async function runExecutor(
  ctx: RequestContext,
  request: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operation: OperationDefinitionNode;
    variables: Record<string, unknown>;
  },
): Promise<ReadOutcome> {
  // The direct path ran it for this request already and met errors: graphql-js reports them.
  if (ctx.executorTried) return { kind: "interpret" };
  const executor = executorOf(request.schema, request.document, request.operation);
  if (!executor) return { kind: "interpret" };
  runs++;
  let result: ExecutionResult;
  try {
    result = (await executor.query(undefined, ctx, request.variables)) as ExecutionResult;
  } catch {
    // graphql-jit reports resolvers' errors in the result; anything thrown past them is its
    // own failure: graphql-js answers the operation.
    return { kind: "interpret" };
  }
  if (!result.errors?.length) {
    answers++;
    return { kind: "data", data: result.data ?? {} };
  }
  const away = result.errors.find((error) => isConnectionError(error.originalError));
  return away
    ? { kind: "unavailable", error: away.originalError }
    : { kind: "interpret", executorTried: true };
}
