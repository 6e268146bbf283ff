/**
 * The seeded resolution read back through GraphQL, against a table written
 * by hand from the resolution text (not from the seed files), so a wrong
 * number in either shows here.
 */
import { startTestServer, type TestServer } from "./helpers/server";

// code: [kind, comparator, min, max, unit]
const expected: Record<string, [string, string, string | null, string | null, string]> = {
  "1.a": ["AVERAGE_ANNUAL_RATE", "BETWEEN", "7", "7.5", "%"],
  "2.a": ["END_OF_TERM_LEVEL", "BETWEEN", "17", "18", "%"],
  "2.b": ["END_OF_TERM_LEVEL", "BETWEEN", "25", "26", "%"],
  "2.c": ["END_OF_TERM_LEVEL", "BETWEEN", "52", "53", "%"],
  "2.d": ["END_OF_TERM_LEVEL", "BETWEEN", "4", "5", "%"],
  "3.a": ["END_OF_TERM_LEVEL", "BETWEEN", "2900", "3000", "USD/người"],
  "4.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "4400000", null, "lượt người"],
  "4.b": ["END_OF_TERM_LEVEL", "AT_LEAST", "5200", null, "tỷ đồng"],
  "5.a": ["AVERAGE_ANNUAL_RATE", "BETWEEN", "8", "9", "%"],
  "6.a": ["AVERAGE_ANNUAL_RATE", "BETWEEN", "8", "9", "%"],
  "7.a": ["TERM_TOTAL", "BETWEEN", "166", "168", "nghìn tỷ đồng"],
  "8.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "115", null, "xã"],
  "9.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "100", null, "%"],
  "9.b": ["END_OF_TERM_LEVEL", "AT_LEAST", "80", null, "%"],
  "10.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "300", null, "trường"],
  "11.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "60", null, "%"],
  "12.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "200", null, "xã"],
  "12.b": ["END_OF_TERM_LEVEL", "AT_LEAST", "11.5", null, "bác sỹ/vạn dân"],
  "12.c": ["END_OF_TERM_LEVEL", "AT_LEAST", "32.3", null, "giường bệnh/vạn dân"],
  "12.d": ["END_OF_TERM_LEVEL", "AT_LEAST", "98", null, "%"],
  "13.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "65", null, "%"],
  "14.a": ["END_OF_TERM_LEVEL", "LESS_THAN", null, "3", "%"],
  "15.a": ["EVERY_YEAR", "AT_LEAST", "5", null, "%"],
  "15.b": ["EVERY_YEAR", "AT_LEAST", "5", null, "%"],
  "15.c": ["EVERY_YEAR", "AT_LEAST", "5", null, "%"],
  "15.d": ["EVERY_YEAR", "AT_LEAST", "3", null, "%"],
  "16.a": ["EVERY_YEAR", "AT_LEAST", "9000", null, "ha"],
  "16.b": ["END_OF_TERM_LEVEL", "AT_LEAST", "65", null, "%"],
  "17.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "99", null, "%"],
  "18.a": ["END_OF_TERM_LEVEL", "AT_LEAST", "97", null, "%"],
  "18.b": ["END_OF_TERM_LEVEL", "AT_LEAST", "100", null, "%"],
  "19.a": ["EVERY_YEAR", "AT_LEAST", "2000", null, "đảng viên"],
  "20.a": ["EVERY_YEAR", "AT_LEAST", "90", null, "%"],
  "20.b": ["EVERY_YEAR", "AT_LEAST", "90", null, "%"],
  "20.c": ["EVERY_YEAR", "AT_LEAST", "95", null, "%"],
};

// A phrase of each target's text, in the resolution's own words and numbers.
const targetPhrases: Record<number, string> = {
  1: "bình quân từ 7 – 7,5%",
  2: "khu vực Dịch vụ 52 – 53%",
  3: "2.900 – 3.000 USD",
  4: "4.400.000 lượt người",
  5: "tăng bình quân 8 – 9%",
  6: "Thu nội địa tăng bình quân 8 – 9%",
  7: "166 – 168 nghìn tỷ đồng",
  8: "115 xã",
  9: "được cứng hóa đạt 80%",
  10: "300 trường",
  11: "nhà văn hóa đạt chuẩn đến năm 2025 là 60%",
  12: "32,3 giường bệnh trên 1 vạn dân",
  13: "lao động qua đào tạo đến năm 2025 đạt 65%",
  14: "< 3%",
  15: "giảm phạm pháp hình sự hằng năm ≥ 3%",
  16: "9.000 ha",
  17: "nước hợp vệ sinh đến năm 2025 đạt 99%",
  18: "chất thải y tế được xử lý đạt 100%",
  19: "2.000 đảng viên",
  20: "hằng năm đạt 95%",
};

const QUERY = `
  query Resolution {
    allCongresses(sortField: "ordinal", sortOrder: "ASC") { id ordinal partyCommittee termStartYear termEndYear heldFrom heldTo
      executiveCommitteeSize nationalDelegates nationalAlternates
      resolution { title directiveNumber directiveDate clauses { kind position text } }
      keyTasks { ordinal text targets { number } } }
    allTargets(perPage: 100) {
      number text domain keyTasks { ordinal }
      indicators { code kind comparator targetMin targetMax unit sourcePhrase
        leadAgency { code name }
        assignments(active: true) { role agency { code } } }
    }
  }`;

interface Data {
  allCongresses: {
    ordinal: number;
    partyCommittee: string;
    termStartYear: number;
    termEndYear: number;
    heldFrom: string;
    heldTo: string;
    executiveCommitteeSize: number;
    nationalDelegates: number;
    nationalAlternates: number;
    resolution: {
      title: string;
      directiveNumber: string;
      directiveDate: string;
      clauses: { kind: string }[];
    };
    keyTasks: { ordinal: number; text: string; targets: { number: number }[] }[];
  }[];
  allTargets: {
    number: number;
    text: string;
    keyTasks: { ordinal: number }[];
    indicators: {
      code: string;
      kind: string;
      comparator: string;
      targetMin: string | null;
      targetMax: string | null;
      unit: string;
      sourcePhrase: string;
      leadAgency: { code: string } | null;
      assignments: { role: string; agency: { code: string } }[];
    }[];
  }[];
}

describe("the seeded Lạng Sơn XVII resolution", () => {
  let t: TestServer;
  let data: Data;
  beforeAll(async () => {
    t = await startTestServer();
    data = await t.client.data<Data>(QUERY);
  });
  afterAll(() => t?.close());

  it("has the congress facts of the resolution", () => {
    // Issue 14: the 18th congress (2025–2030) is seeded beside it, with no targets yet.
    expect(data.allCongresses.map((c) => c.ordinal)).toEqual([17, 18]);
    expect(data.allCongresses[0]).toMatchObject({
      ordinal: 17,
      partyCommittee: "Đảng bộ tỉnh Lạng Sơn",
      termStartYear: 2020,
      termEndYear: 2025,
      heldFrom: "2020-09-25",
      heldTo: "2020-09-27",
      executiveCommitteeSize: 53,
      nationalDelegates: 18,
      nationalAlternates: 2,
      resolution: { directiveNumber: "01-CT/TU", directiveDate: "2020-11-11" },
    });
  });

  it("has 3 viewpoints, one general goal and 5 key tasks linked to targets", () => {
    const { resolution, keyTasks } = data.allCongresses[0];
    expect(resolution.clauses.filter((c) => c.kind === "VIEWPOINT")).toHaveLength(3);
    expect(resolution.clauses.filter((c) => c.kind === "GENERAL_GOAL")).toHaveLength(1);
    expect(keyTasks.map((k) => k.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(keyTasks[0].text).toMatch(/^Tiếp tục nâng cao năng lực lãnh đạo/);
    for (const task of keyTasks) expect(task.targets.length).toBeGreaterThan(0);
  });

  it("has all 20 targets, each with its verbatim text", () => {
    expect(data.allTargets.map((t) => t.number)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    for (const target of data.allTargets) {
      expect(target.text.replace(/\s+/g, " ")).toContain(targetPhrases[target.number]);
      expect(target.keyTasks.length).toBeGreaterThan(0);
    }
  });

  it("has every indicator with the kind, comparator, bounds and unit of the resolution", () => {
    const indicators = data.allTargets.flatMap((t) => t.indicators);
    const actual = Object.fromEntries(
      indicators.map((i) => [i.code, [i.kind, i.comparator, i.targetMin, i.targetMax, i.unit]]),
    );
    expect(actual).toEqual(expected);
  });

  it("gives every indicator exactly one active lead agency", () => {
    for (const indicator of data.allTargets.flatMap((t) => t.indicators)) {
      const leads = indicator.assignments.filter((a) => a.role === "LEAD");
      expect(leads).toHaveLength(1);
      expect(indicator.leadAgency?.code).toBe(leads[0].agency.code);
    }
  });

  it("hands merged departments' assignments to their successors", async () => {
    const { allAgencies } = await t.client.data<{
      allAgencies: {
        code: string;
        validTo: string;
        successor: { code: string };
        assignments: { active: boolean }[];
      }[];
    }>(
      `{ allAgencies(filter: { code: "SO-KHDT" }) { code validTo successor { code } assignments { active } } }`,
    );
    const [khdt] = allAgencies;
    expect(khdt).toMatchObject({ validTo: "2025-02-28", successor: { code: "SO-TC" } });
    expect(khdt.assignments.length).toBeGreaterThan(0);
    expect(khdt.assignments.every((a) => !a.active)).toBe(true);
  });
});
