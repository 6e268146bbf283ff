/**
 * Compiled answers (server/read/compile.ts): a list whose whole selection compiles is answered
 * by one statement whose JSON PostgreSQL builds in the response's shape. Its body must be the
 * very bytes graphql-js sends for the same operation, for every kind of caller. The same
 * operation with `@include(if: true)` on its root field is the graphql-js answer: a directive
 * is one of the things the compiler leaves to graphql-js.
 */
import { callers, FOUR_CALLERS } from "./helpers/fixtures";
import type { GraphQLClient } from "./helpers/client";
import { figuresInEveryState } from "./helpers/figures";
import { startTestServer, type TestServer } from "./helpers/server";

/** Each operation has one root field; ROOT marks where its directive goes. */
const OPERATIONS: Record<string, string> = {
  "the target list of the benchmark": `query($last: Int) {
    allTargets(perPage: 20, sortField: "number") ROOT {
      number title domain createdAt
      indicators {
        code name unit comparator targetMin targetMax baselineValue active
        leadAgency { shortName }
        recent: measurements(last: $last) { year period valueKind value status submittedAt reviewedAt }
        approved: measurements(status: APPROVED, period: YEAR, valueKind: OFFICIAL, last: 2) { year value }
      }
    }
  }`,
  "an approval queue": `query {
    allMeasurements(filter: { status: SUBMITTED }, sortField: "submittedAt", sortOrder: "DESC", perPage: 20) ROOT {
      id year period value valueKind submittedAt reportedOn note
      indicator { code target { number } }
      agency { shortName validFrom validTo parentId }
    }
  }`,
  "aliases, __typename and fragments": `query {
    allIndicators(perPage: 30, sortField: "code") ROOT {
      __typename
      ...Names
      ... on Indicator { kind position }
      goal: target { __typename n: number }
      figures: measurements(year: 2024) { ...Figure }
    }
  }
  fragment Names on Indicator { id code label: name nameEn }
  fragment Figure on Measurement { value version createdAt updatedAt }`,
  "every figure, a page further on": `query {
    allMeasurements(page: 1, perPage: 40) ROOT {
      id indicatorId agencyId year period value valueKind status version
      reportedValue reportedUnit conversionRate rateSource methodologyNote source evidenceUrl
      createdById submittedById reviewedById reviewNote createdAt
    }
  }`,
};

async function body(client: GraphQLClient, query: string, variables: object): Promise<string> {
  const response = await client.send(query, variables);
  const text = await response.text();
  expect([response.status, text]).toEqual([200, text]);
  return text;
}

describe("compiled answers", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    await figuresInEveryState(t.client);
  });
  afterAll(() => t?.close());

  const who = FOUR_CALLERS;

  describe.each(who)("for %s", (_who, account) => {
    it.each(Object.keys(OPERATIONS))(
      "%s: one statement, the same bytes as graphql-js",
      async (name) => {
        const client = account ? await callers(t.client)(account) : t.client;
        const compiled = OPERATIONS[name].replace("ROOT", "");
        const interpreted = OPERATIONS[name].replace("ROOT", "@include(if: true)");
        const variables = { last: 3 };
        // What the caller's authentication costs per request once signed in (nothing while the
        // caller is cached, server/auth/caller-cache.ts), then the answer.
        await client.data(`{ __typename }`);
        let before = t.statements();
        await client.data(`{ __typename }`);
        const signIn = t.statements() - before;
        before = t.statements();
        const fast = await body(client, compiled, variables);
        expect(t.statements() - before - signIn).toBe(1);
        const slow = await body(client, interpreted, variables);
        expect(fast).toBe(slow);
        expect(JSON.parse(fast).errors).toBeUndefined();
        expect(JSON.parse(fast).data).not.toEqual({});
      },
    );
  });

  it("leaves computed fields, directives and bad arguments to graphql-js, with the same answers", async () => {
    const before = t.statements();
    const { allTargets } = await t.client.data<{ allTargets: { progress: unknown }[] }>(
      `{ allTargets(perPage: 3) { number progress { verdict } } }`,
    );
    expect(allTargets[0].progress).toBeDefined();
    expect(t.statements() - before).toBeGreaterThan(1);
    const bad = await t.client.request(
      `{ allTargets(perPage: 3) { indicators { measurements(last: 0) { year } } } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.path?.slice(-1)).toEqual(["measurements"]);
    const page = await t.client.request(`{ allTargets(perPage: 500) { number } }`);
    expect(page.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a list the caller may not read, as graphql-js does", async () => {
    const anonymous = await t.client.request(`{ allUsers(perPage: 1) { email } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
