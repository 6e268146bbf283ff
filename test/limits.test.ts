/** Query limits are checked before any SQL runs, and each error names its limit. */
import { Writable } from "node:stream";
import { createLogger } from "../server/logger";
import { startServer } from "../server/bootstrap";
import { GraphQLClient } from "./helpers/client";
import { resetDatabase, startTestServer, testConfig, type TestServer } from "./helpers/server";

describe("query limits", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  const deep = `{ allTargets { congress { targets { congress { targets { congress { targets { congress { targets { congress { targets { id } } } } } } } } } } } }`;
  const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: allTargets { id }`).join(" ")} }`;
  const directives = `{ allTargets { id ${Array.from({ length: 25 }, () => "@include(if: true)").join(" ")} } }`;
  const tokens = `{ allTargets { ${Array.from({ length: 2100 }, () => "id").join(" ")} } }`;
  const characters = `{ allTargets { id } } # ${"x".repeat(21000)}`;

  it.each([
    ["depth", deep, "maxDepth"],
    ["aliases", aliases, "maxAliases"],
    ["directives", directives, "maxDirectives"],
    ["tokens", tokens, "maxTokens"],
    ["characters", characters, "maxCharacters"],
  ])("refuses too many %s, naming the limit, before any SQL", async (_what, query, limit) => {
    const before = t.statements();
    const error = await t.client.errorOf(query);
    expect(t.statements()).toBe(before);
    expect({ code: error.code, message: error.message }).toMatchObject({ code: "QUERY_LIMIT" });
    expect(error.result.errors?.[0].extensions?.limit).toBe(limit);
    expect(error.message).toContain(limit);
  });

  it("turns off batched requests and field suggestions", async () => {
    const batch = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([
        { query: "{ allTargets { id } }" },
        { query: "{ allTargets { id } }" },
      ]),
    });
    expect(batch.status).toBe(400);
    const typo = await t.client.errorOf(`{ allTargets { titel } }`);
    expect(typo.message).not.toMatch(/Did you mean/);
  });

  it("refuses a cross-site form post (CSRF prevention)", async () => {
    const response = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent("{ allTargets { id } }")}`,
      {
        headers: { "content-type": "text/plain" },
      },
    );
    expect(response.status).toBe(400);
  });
});

describe("introspection in production", () => {
  it("is off for anonymous callers and on for signed-in ones", async () => {
    await resetDatabase();
    const config = testConfig({ NODE_ENV: "production" });
    const server = await startServer(
      { ...config, production: true },
      createLogger("silent", new Writable({ write: (_c, _e, d) => d() })),
    );
    try {
      const client = new GraphQLClient(`${server.url}/graphql`);
      const anonymous = await client.errorOf(`{ __schema { types { name } } }`);
      expect(anonymous.code).toBe("UNAUTHENTICATED");
      const { login } = await client.data<{ login: { token: string } }>(
        `mutation { login(email: "xem@langson.example", password: "langson-demo-2025") { token } }`,
      );
      const signedIn = await client
        .as(login.token)
        .data<{ __schema: { types: unknown[] } }>(`{ __schema { types { name } } }`);
      expect(signedIn.__schema.types.length).toBeGreaterThan(20);
    } finally {
      await server.close();
    }
  });
});
