/**
 * Runs every operation of docs/cookbook.md, in order, against the seeded
 * server as the caller each block names, so the documentation cannot rot.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { GraphQLClient } from "./helpers/client";
import { accounts, callers, ids, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

interface Block {
  recipe: string;
  language: "graphql" | "http";
  as: string;
  body: string;
  variables?: string;
}

/** The fenced blocks of the cookbook, each with the JSON block that follows it as its variables. */
function cookbookBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let recipe = "";
  const fence = /^### (.+)$|^```(graphql|http|json)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    if (match[1]) {
      recipe = match[1];
      continue;
    }
    const [, , language, text] = match;
    if (language === "json") {
      blocks[blocks.length - 1].variables = text;
      continue;
    }
    const as = /^# as: (\w+)$/m.exec(text)?.[1];
    if (!as) throw new Error(`a block of "${recipe}" has no "# as:" line`);
    blocks.push({
      recipe,
      language: language as Block["language"],
      as,
      body: text.replace(/^# as: .*\n/m, "").trim(),
    });
  }
  return blocks;
}

const markdown = readFileSync(path.join(__dirname, "..", "docs", "cookbook.md"), "utf8");
const blocks = cookbookBlocks(markdown);

describe("the cookbook", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;
  let token: string;
  let congressId: string;

  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
    congressId = (
      await t.client.data<{ allCongresses: { id: string }[] }>(
        `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
      )
    ).allCongresses[0].id;
    const { createApiToken } = await (
      await as("reporterCtk")
    ).data<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(name: "cookbook", scopes: ["read", "submit"]) { token } }`,
    );
    token = createApiToken.token;
  });
  afterAll(() => t?.close());

  async function client(name: string): Promise<GraphQLClient> {
    if (name === "anonymous") return t.client;
    if (name === "token") return t.client.as(token);
    if (!(name in accounts)) throw new Error(`unknown caller "${name}"`);
    return as(name as AccountName);
  }

  async function figure(code: string, status: string): Promise<{ id: string; version: number }> {
    const [row] = await t.db.query(
      `SELECT m.id, m.version FROM measurement m JOIN indicator i ON i.id = m.indicator_id
        WHERE i.code = $1 AND m.status = $2 ORDER BY m.updated_at DESC LIMIT 1`,
      [code, status],
    );
    if (!row) throw new Error(`no ${status} figure of ${code}`);
    return row;
  }

  async function resolve(placeholder: string): Promise<string | number> {
    const [kind, arg] = placeholder.split(/:(.*)/s);
    switch (kind) {
      case "congressId":
        return congressId;
      case "indicator":
        return ids.indicator(t.client, arg);
      case "agency":
        return ids.agency(t.client, arg);
      case "draft-id":
        return (await figure(arg, "DRAFT")).id;
      case "submitted-id":
        return (await figure(arg, "SUBMITTED")).id;
      case "submitted-version":
        return (await figure(arg, "SUBMITTED")).version;
      case "base64":
        return Buffer.from(arg).toString("base64");
      default:
        throw new Error(`unknown placeholder <${placeholder}>`);
    }
  }

  async function fill<T>(value: T): Promise<T> {
    if (typeof value === "string") {
      const whole = /^<([^<>]+)>$/s.exec(value);
      if (whole) return (await resolve(whole[1])) as T;
      let text: string = value;
      for (const m of value.matchAll(/<([\w-]+(?::[^<>]*)?)>/g))
        text = text.replace(m[0], String(await resolve(m[1])));
      return text as T;
    }
    if (Array.isArray(value)) return (await Promise.all(value.map(fill))) as T;
    if (value && typeof value === "object") {
      const entries = await Promise.all(
        Object.entries(value).map(async ([k, v]) => [k, await fill(v)]),
      );
      return Object.fromEntries(entries) as T;
    }
    return value;
  }

  it("has at least ten operations", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(blocks.map((b, i) => [`${i + 1}. ${b.recipe} (${b.language}, as ${b.as})`, b] as const))(
    "%s",
    async (_name, block) => {
      const caller = await client(block.as);
      if (block.language === "http") {
        const [method, target] = (await fill(block.body)).split(/\s+/);
        const url = new URL(target, t.url);
        const response = await fetch(url, {
          method,
          headers: caller.token ? { authorization: `Bearer ${caller.token}` } : {},
        });
        expect({
          status: response.status,
          body: response.ok ? "ok" : await response.text(),
        }).toEqual({ status: 200, body: "ok" });
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
        return;
      }
      const variables = block.variables
        ? await fill(JSON.parse(block.variables) as Record<string, unknown>)
        : undefined;
      const result = await caller.request(block.body, variables);
      expect(result.errors ?? []).toEqual([]);
      expect(result.data).toBeTruthy();
    },
  );
});
