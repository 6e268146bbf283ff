/**
 * Compiled executors (server/read/executor.ts): a query seen before runs through graphql-jit
 * instead of graphql-js. Its body must be the very bytes graphql-js sends, for every query the
 * admin sends and every kind of caller: here one server answers with compiled executors and a
 * second, on the same database, with graphql-js alone (COMPILED_READS=false).
 */
import { getIntrospectionQuery } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { executorAnswers } from "../server/read/executor";
import { GraphQLClient } from "./helpers/client";
import { callers, FOUR_CALLERS, ids } from "./helpers/fixtures";
import { figuresInEveryState } from "./helpers/figures";
import { startReplicas, type Replicas } from "./helpers/replicas";

/** The admin's query documents, by operation name, as its code generator wrote them, and introspection. */
function adminQueries(): Map<string, string> {
  const file = path.join(__dirname, "../admin/src/generated/graphql.ts");
  const found = new Map<string, string>();
  const each = /export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`\)/g;
  for (const [, name, text] of readFileSync(file, "utf8").matchAll(each))
    if (/^\s*query\b/.test(text)) found.set(name, text);
  // What GraphiQL and code generators send.
  found.set("Introspection", getIntrospectionQuery());
  return found;
}

/** The answer's bytes, without the request id each error carries (it differs per request). */
async function body(client: GraphQLClient, query: string, variables: object): Promise<string> {
  const response = await client.send(query, variables);
  const text = await response.text();
  return `${response.status} ${text.replace(/"requestId":"[^"]*"/g, `"requestId":"…"`)}`;
}

describe("compiled executors", () => {
  let replicas: Replicas;
  let compiled: GraphQLClient;
  let interpreted: GraphQLClient;
  let variables: Record<string, Record<string, unknown>>;
  const queries = adminQueries();

  beforeAll(async () => {
    replicas = await startReplicas({}, [{}, { COMPILED_READS: "false" }]);
    compiled = new GraphQLClient(`${replicas.servers[0].url}/graphql`);
    interpreted = new GraphQLClient(`${replicas.servers[1].url}/graphql`);
    await figuresInEveryState(compiled);
    const { allCongresses } = await compiled.data<{ allCongresses: { id: string }[] }>(
      `{ allCongresses(perPage: 1, sortField: "heldFrom", sortOrder: "DESC") { id } }`,
    );
    const congressId = allCongresses[0].id;
    const indicatorId = await ids.indicator(compiled, "1.a");
    const { allTargets } = await compiled.data<{ allTargets: { id: string }[] }>(
      `{ allTargets(perPage: 1, sortField: "number") { id } }`,
    );
    const { allAgencies } = await compiled.data<{ allAgencies: { id: string }[] }>(
      `{ allAgencies(filter: { code: "CTK" }) { id } }`,
    );
    const c = congressId;
    variables = {
      Dashboard: { congressId },
      MissingReports: { congressId, year: 2024 },
      IndicatorDetail: { id: indicatorId },
      SeriesAcrossTerms: { id: indicatorId },
      IndicatorHistory: { id: indicatorId },
      TargetAssessment: { id: allTargets[0].id },
      Hierarchy: { id: allAgencies[0].id },
      CongressResolution: { id: congressId },
      MatrixTargets: { filter: { congressId } },
      ReportingIndicators: { filter: { congressId } },
      ExistingTargets: { c },
      LastApprovedYear: { c },
      PreviousIndicators: { c },
      PreviousTerm: { c },
    };
  });
  afterAll(() => replicas?.close());

  it("covers the admin's queries with computed fields", () => {
    for (const name of ["Dashboard", "IndicatorDetail", "MatrixTargets", "MissingReports", "Me"])
      expect(queries.has(name)).toBe(true);
  });

  const who = FOUR_CALLERS;

  describe.each(who)("for %s", (_who, account) => {
    it("answers every query of the admin as graphql-js does, the second time compiled", async () => {
      const as = account ? await callers(compiled)(account) : compiled;
      const plain = interpreted.as(as.token);
      let answered = 0;
      for (const [name, query] of queries) {
        const vars = variables[name] ?? {};
        const first = await body(as, query, vars);
        const before = executorAnswers();
        const second = await body(as, query, vars);
        answered += executorAnswers() - before;
        const reference = await body(plain, query, vars);
        expect([name, first]).toEqual([name, reference]);
        expect([name, second]).toEqual([name, reference]);
      }
      // Queries whose fields raised no error were answered by their compiled executor.
      expect(answered).toBeGreaterThan(account ? 10 : 3);
    });
  });

  it("compiles the admin's dashboard: its second answer comes from the executor", async () => {
    const head = await callers(compiled)("headCtk");
    const query = queries.get("Dashboard")!;
    await body(head, query, variables.Dashboard);
    const before = executorAnswers();
    const answer = await body(head, query, variables.Dashboard);
    expect(executorAnswers() - before).toBe(1);
    expect(answer).toMatch(/^200 \{"data":\{"progressSummary":\{"sentence":"/);
  });
});
