/**
 * RESPONSE_CACHE_MB (server/http/public-cache.ts): an anonymous read asked again is answered
 * from memory with no statement and an ETag (304 on If-None-Match); a write forgets every kept
 * answer at its commit, on this server at once and on another server of the same PostgreSQL
 * as soon as its notification arrives; a signed-in caller is never answered from it.
 */
import { GraphQLClient } from "./helpers/client";
import { accounts, ids, signIn } from "./helpers/fixtures";
import { soon, startReplicas, type Replicas } from "./helpers/replicas";
import { startTestServer, type TestServer } from "./helpers/server";

const TARGET = `query($n: Int) { allTargets(filter: { number: $n }) { id title } }`;
type Targets = { allTargets: { id: string; title: string }[] };
const RENAME = `mutation($id: ID!, $t: String!) { updateTarget(id: $id, title: $t) { id } }`;

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("public answers kept until the data changes", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ RESPONSE_CACHE_MB: "8" });
  });
  afterAll(() => t?.close());

  it("answers again from memory, with an ETag, and forgets at the next write", async () => {
    const url = `${t.url}/graphql`;
    const request = { query: TARGET, variables: { n: 1 } };
    const first = await post(url, request);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const text = await first.text();
    const before = t.statements();
    const again = await post(url, request);
    expect(await again.text()).toBe(text);
    expect(again.headers.get("etag")).toBe(etag);
    expect(t.statements()).toBe(before);
    expect((await post(url, request, { "if-none-match": etag! })).status).toBe(304);

    // Signed in: never from the cache (internal figures differ by caller).
    const head = t.client.as(await signIn(t.client, accounts.admin));
    const signedIn = t.statements();
    await head.data(TARGET, { n: 1 });
    expect(t.statements()).toBeGreaterThan(signedIn);

    const id = await ids.target(t.client, 1);
    await head.data(RENAME, { id, t: "Tên mới của chỉ tiêu 1" });
    const after = (await (await post(url, request)).json()) as { data: Targets };
    expect(after.data.allTargets[0].title).toBe("Tên mới của chỉ tiêu 1");
  });
});

describe("public answers on two servers", () => {
  let replicas: Replicas;
  beforeAll(async () => {
    replicas = await startReplicas({ RESPONSE_CACHE_MB: "8" });
  }, 120_000);
  afterAll(() => replicas?.close());

  it("a write on one server is seen in the other's kept answers", async () => {
    const [a, b] = replicas.servers.map((s) => new GraphQLClient(`${s.url}/graphql`));
    const original = (await b.data<Targets>(TARGET, { n: 2 })).allTargets[0];
    await b.data<Targets>(TARGET, { n: 2 }); // kept on B
    const admin = a.as(await signIn(a, accounts.admin));
    await admin.data(RENAME, { id: original.id, t: "Chỉ tiêu 2, tên đổi trên máy A" });
    const seen = await soon(
      () => b.data<Targets>(TARGET, { n: 2 }),
      (r) => r.allTargets[0].title !== original.title,
    );
    expect(seen.allTargets[0].title).toBe("Chỉ tiêu 2, tên đổi trên máy A");
  });
});
