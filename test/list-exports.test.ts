/** Every list downloads as CSV with the same filter, sort and row scope as its query. */
import { parse } from "csv-parse/sync";
import { reportedFigures } from "../server/seed/data/reported-figures";
import { accounts, signIn } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

describe("list downloads", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  const get = async (path: string, token?: string) => {
    const response = await fetch(`${t.url}/exports/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const text = (await response.text()).replace(/^\uFEFF/, "");
    return {
      status: response.status,
      lines: text.trim().split("\r\n"),
      type: response.headers.get("content-type"),
    };
  };

  it("downloads the targets as CSV, sorted and filtered like the list", async () => {
    const all = await get("Target.csv?sortField=number&sortOrder=DESC");
    expect(all.status).toBe(200);
    expect(all.type).toContain("text/csv");
    expect(all.lines).toHaveLength(21);
    const header = all.lines[0].split(",");
    expect(header).toEqual(expect.arrayContaining(["id", "number", "title", "text", "domain"]));
    expect(all.lines[1].split(",")[header.indexOf("number")]).toBe("20");
    const filtered = await get(
      `Target.csv?filter=${encodeURIComponent(JSON.stringify({ q: "rừng" }))}`,
    );
    expect(filtered.lines).toHaveLength(2);
  });

  it("applies each list's permission and row scope", async () => {
    expect((await get("User.csv")).status).toBe(401);
    expect((await get("User.csv", await signIn(t.client, accounts.viewer))).status).toBe(403);
    const users = await get("User.csv", await signIn(t.client, accounts.admin));
    expect(users.lines[0]).not.toMatch(/password/i);
    expect(users.lines.length).toBeGreaterThan(6);
    const figures = parse((await get("Measurement.csv")).lines.join("\n"), { columns: true }) as {
      status: string;
    }[];
    expect(figures).toHaveLength(reportedFigures.length);
    expect(figures.every((f) => f.status === "APPROVED")).toBe(true);
  });

  it("refuses an unknown list or a malformed filter", async () => {
    expect((await get("Nothing.csv")).status).toBe(400);
    expect((await get("Target.csv?filter=%7Bnot-json")).status).toBe(400);
    expect((await get(`Target.csv?filter=${encodeURIComponent('{"ids":["x"]}')}`)).status).toBe(
      400,
    );
  });
});
