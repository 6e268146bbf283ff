/**
 * parseResolutionTargets over GraphQL: administrators only, the bound checked before any work,
 * malformed or empty text a BAD_USER_INPUT naming the field, and nothing written.
 */
import { resolutionSourceText } from "../server/seed/data/resolution-text";
import { callers } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const PARSE = `query($text: String!, $year: Int!) {
  parseResolutionTargets(text: $text, termEndYear: $year) {
    targets { number text problems indicators {
      phrase name kind comparator targetMin targetMax unit targetYear direction problems } } } }`;

const section = resolutionSourceText.slice(
  resolutionSourceText.indexOf("1.4.Từ năm 2020"),
  resolutionSourceText.indexOf("II.Thông qua"),
);

interface Draft {
  parseResolutionTargets: {
    targets: { number: number; indicators: { kind: string; targetMin: string | null }[] }[];
  };
}

describe("parseResolutionTargets", () => {
  let t: TestServer;
  let as: ReturnType<typeof callers>;
  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
  });
  afterAll(() => t?.close());

  const rows = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM target)::int AS t, (SELECT count(*) FROM indicator)::int AS i,
                (SELECT count(*) FROM audit_event)::int AS a`,
      )
    )[0];

  it("reads section 1.4 into 20 targets and 35 indicators for an administrator, writing nothing", async () => {
    const admin = await as("admin"); // signing in is audited: before counting
    const before = await rows();
    const data = await admin.data<Draft>(PARSE, { text: section, year: 2025 });
    const targets = data.parseResolutionTargets.targets;
    expect(targets.map((x) => x.number)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    expect(targets.flatMap((x) => x.indicators)).toHaveLength(35);
    expect(targets[0].indicators[0]).toMatchObject({ kind: "AVERAGE_ANNUAL_RATE", targetMin: "7" });
    expect(await rows()).toEqual(before);
  });

  it("is for administrators only", async () => {
    const vars = { text: "(1) Tỷ lệ che phủ rừng đạt 65%.", year: 2030 };
    for (const name of ["viewer", "reporterCtk", "headCtk"] as const) {
      expect((await (await as(name)).errorOf(PARSE, vars)).code).toBe("FORBIDDEN");
    }
    expect((await t.client.errorOf(PARSE, vars)).code).toBe("UNAUTHENTICATED");
  });

  it("answers empty, unnumbered, binary and oversized text with BAD_USER_INPUT on text", async () => {
    const admin = await as("admin");
    for (const text of [
      "",
      "   \n ",
      "Đại hội kêu gọi toàn thể cán bộ, đảng viên và các tầng lớp Nhân dân.",
      "(1) Tỷ lệ\u0000 đạt 5%",
      "(1) Tỷ lệ che phủ rừng đến năm 2030 đạt 65%.\n".repeat(6000),
    ]) {
      const error = await admin.errorOf(PARSE, { text, year: 2030 });
      expect({ code: error.code, field: error.field }).toEqual({
        code: "BAD_USER_INPUT",
        field: "text",
      });
    }
    const year = await admin.errorOf(PARSE, { text: section, year: 30000 });
    expect({ code: year.code, field: year.field }).toEqual({
      code: "BAD_USER_INPUT",
      field: "termEndYear",
    });
  });
});
