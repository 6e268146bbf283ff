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
    // Headers in the admin's words, no ids (issue 13: exports people read).
    const header = all.lines[0].split(",");
    expect(header).toEqual([
      "Đại hội",
      "Số",
      "Tên",
      "Tên (tiếng Anh)",
      "Lĩnh vực",
      "Nguyên văn nghị quyết",
    ]);
    const rows = parse(all.lines.join("\n"), { columns: true }) as Record<string, string>[];
    expect(rows[0]["Số"]).toBe("20");
    expect(rows[0]["Đại hội"]).toBe("Đại hội lần thứ 17 (2020–2025)");
    expect(new Set(rows.map((r) => r["Lĩnh vực"]))).toContain("Kinh tế");
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
    expect(users.lines[0]).toBe(
      "Họ và tên,Thư điện tử,Vai trò,Cơ quan,Đang hoạt động,Đăng nhập gần nhất,Ngày tạo",
    );
    const figures = parse((await get("Measurement.csv")).lines.join("\n"), {
      columns: true,
    }) as Record<string, string>[];
    expect(figures).toHaveLength(reportedFigures.length);
    expect(figures.every((f) => f["Trạng thái"] === "Đã duyệt")).toBe(true);
  });

  it("writes labels, names, Vietnamese dates and numbers, one line per record, with a BOM", async () => {
    const admin = await signIn(t.client, accounts.admin);
    const response = await fetch(`${t.url}/exports/Measurement.csv?sortField=year&sortOrder=ASC`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const raw = bytes.toString("utf8");
    const rows = parse(raw.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    // Each record on its own physical line: header + rows, nothing split.
    expect(raw.trim().split("\r\n")).toHaveLength(rows.length + 1);
    expect(raw).not.toMatch(/__typename|APPROVED|OFFICIAL|[0-9a-f]{8}-[0-9a-f]{4}-/);
    for (const row of rows) {
      expect(row["Kỳ"]).toMatch(/^(Cả năm|Cả nhiệm kỳ|6 tháng đầu năm|Quý I{1,3}V?|Quý IV)$/);
      expect(row["Cập nhật"]).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
      expect(row["Chỉ tiêu thành phần"]).toMatch(/^\d+\.[a-z] \S/);
    }
    // Numbers the Vietnamese way ("6,01", "3.100").
    expect(rows.some((r) => /^\d+,\d+$/.test(r["Giá trị"]))).toBe(true);
  });

  it("refuses an unknown list or a malformed filter", async () => {
    expect((await get("Nothing.csv")).status).toBe(400);
    expect((await get("Target.csv?filter=%7Bnot-json")).status).toBe(400);
    expect((await get(`Target.csv?filter=${encodeURIComponent('{"ids":["x"]}')}`)).status).toBe(
      400,
    );
  });
});
