/** The list conventions, filters, relations and errors of the read API. */
import { reportedFigures } from "../server/seed/data/reported-figures";
import { startTestServer, type TestServer } from "./helpers/server";

describe("read API", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it("pages from 0 with a stable order and agrees with the count", async () => {
    const page = (n: number) =>
      t.client.data<{ allIndicators: { code: string }[] }>(
        `query($p: Int) { allIndicators(page: $p, perPage: 10, sortField: "code", sortOrder: "DESC") { code } }`,
        { p: n },
      );
    const pages = await Promise.all([0, 1, 2, 3].map(page));
    const codes = pages.flatMap((p) => p.allIndicators.map((i) => i.code));
    expect(codes).toHaveLength(35);
    expect(new Set(codes).size).toBe(35);
    // Natural order of codes (issue 13): 10.a after 9.b, not between 1.a and 2.a.
    expect(codes).toEqual(
      [...codes].sort((a, b) => a.localeCompare(b, "en", { numeric: true })).reverse(),
    );
    const { _allIndicatorsMeta } = await t.client.data<{ _allIndicatorsMeta: { count: number } }>(
      `{ _allIndicatorsMeta { count } }`,
    );
    expect(_allIndicatorsMeta.count).toBe(35);
  });

  it("filters by ids, text, key task, agency and kind", async () => {
    const { allTargets } = await t.client.data<{ allTargets: { id: string; number: number }[] }>(
      `{ allTargets(perPage: 100) { id number } }`,
    );
    const ids = allTargets.filter((x) => x.number <= 2).map((x) => x.id);
    const byIds = await t.client.data<{ allTargets: { number: number }[] }>(
      `query($ids: [ID!]) { allTargets(filter: { ids: $ids }) { number } }`,
      { ids },
    );
    expect(byIds.allTargets.map((x) => x.number)).toEqual([1, 2]);

    const search = await t.client.data<{ allTargets: { number: number }[] }>(
      `{ allTargets(filter: { q: "rừng" }) { number } }`,
    );
    expect(search.allTargets.map((x) => x.number)).toEqual([16]);

    const party = await t.client.data<{
      allKeyTasks: { id: string; targets: { number: number }[] }[];
    }>(`{ allKeyTasks(filter: { ordinal: 1 }) { id targets { number } } }`);
    const viaFilter = await t.client.data<{ allTargets: { number: number }[] }>(
      `query($k: ID) { allTargets(filter: { keyTaskId: $k }) { number } }`,
      { k: party.allKeyTasks[0].id },
    );
    expect(viaFilter.allTargets.map((x) => x.number)).toEqual(
      party.allKeyTasks[0].targets.map((x) => x.number),
    );

    const police = await t.client.data<{ allAgencies: { id: string }[] }>(
      `{ allAgencies(filter: { code: "CA" }) { id } }`,
    );
    const led = await t.client.data<{ allIndicators: { code: string }[] }>(
      `query($a: ID) { allIndicators(filter: { leadAgencyId: $a }) { code } }`,
      { a: police.allAgencies[0].id },
    );
    expect(led.allIndicators.map((i) => i.code)).toEqual(["15.a", "15.b", "15.c", "15.d"]);

    const yearly = await t.client.data<{ _allIndicatorsMeta: { count: number } }>(
      `{ _allIndicatorsMeta(filter: { kind: EVERY_YEAR }) { count } }`,
    );
    expect(yearly._allIndicatorsMeta.count).toBe(9); // 15.a–d, 16.a, 19.a, 20.a–c
  });

  it("answers every id of a getMany, beyond the default page size", async () => {
    const { allIndicators } = await t.client.data<{ allIndicators: { id: string }[] }>(
      `{ allIndicators(perPage: 40) { id } }`,
    );
    const many = await t.client.data<{ allIndicators: { id: string }[] }>(
      `query($ids: [ID!]) { allIndicators(filter: { ids: $ids }) { id } }`,
      { ids: allIndicators.map((i) => i.id) },
    );
    expect(many.allIndicators).toHaveLength(35);
  });

  it("navigates relations both ways", async () => {
    const { allAgencies } = await t.client.data<{
      allAgencies: {
        assignments: { role: string; indicator: { code: string; target: { number: number } } }[];
      }[];
    }>(
      `{ allAgencies(filter: { code: "SO-YT" }) { assignments(active: true) { role indicator { code target { number } } } } }`,
    );
    const leads = allAgencies[0].assignments
      .filter((a) => a.role === "LEAD")
      .map((a) => a.indicator.code);
    expect(leads).toEqual(expect.arrayContaining(["12.a", "12.b", "12.c", "18.b"]));
    expect(allAgencies[0].assignments.every((a) => a.indicator.target.number > 0)).toBe(true);

    const { allMeasurements } = await t.client.data<{
      allMeasurements: {
        year: number;
        period: string;
        value: string;
        valueKind: string;
        status: string;
        source: string;
        indicator: { code: string };
        agency: { code: string };
      }[];
    }>(
      `{ allMeasurements(perPage: 100, filter: { year: 2022 }) { year period value valueKind status source indicator { code } agency { code } } }`,
    );
    // The seed is the 2021–2025 record (issue 11): two figures of 2022.
    const byCode = (a: { indicator: { code: string } }, b: { indicator: { code: string } }) =>
      a.indicator.code.localeCompare(b.indicator.code);
    expect([...allMeasurements].sort(byCode)).toEqual([
      {
        year: 2022,
        period: "YEAR",
        value: "7.22",
        valueKind: "ESTIMATE",
        status: "APPROVED",
        source: "Cục Thống kê, tình hình kinh tế – xã hội năm 2022",
        indicator: { code: "1.a" },
        agency: { code: "CTK" },
      },
      {
        year: 2022,
        period: "YEAR",
        value: "9.23",
        valueKind: "ESTIMATE",
        status: "APPROVED",
        source: "Văn hóa & Phát triển",
        indicator: { code: "5.a" },
        agency: { code: "SO-CT" },
      },
    ]);
  });

  it("narrows an indicator's figures in SQL: status, period, kind and the latest years", async () => {
    const { allIndicators } = await t.client.data<{
      allIndicators: { last: { year: number; period: string }[]; estimates: { year: number }[] }[];
    }>(`{ allIndicators(filter: { code: "1.a" }) {
      last: measurements(status: APPROVED, period: YEAR, last: 2) { year period }
      estimates: measurements(valueKind: ESTIMATE) { year } } }`);
    // The figures of the last two years with yearly figures: 2025 was reported three times.
    expect(allIndicators[0].last).toEqual([
      { year: 2024, period: "YEAR" },
      { year: 2025, period: "YEAR" },
      { year: 2025, period: "YEAR" },
      { year: 2025, period: "YEAR" },
    ]);
    // Estimates: H1 2021, 2022–2024, two of 2025 and the whole-term one.
    expect(allIndicators[0].estimates.map((m) => m.year).sort()).toEqual([
      2021, 2022, 2023, 2024, 2025, 2025, 2025,
    ]);
    const error = await t.client.errorOf(`{ allIndicators { measurements(last: 0) { id } } }`);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "last" });
  });

  it("seeds the reported figures as approved measurements", async () => {
    const { _allMeasurementsMeta } = await t.client.data<{
      _allMeasurementsMeta: { count: number };
    }>(`{ _allMeasurementsMeta(filter: { status: APPROVED }) { count } }`);
    expect(_allMeasurementsMeta.count).toBe(reportedFigures.length);
  });

  it.each([
    ["a page size of 10,000", `{ allTargets(perPage: 10000) { id } }`, "perPage"],
    ["a negative page", `{ allTargets(page: -1) { id } }`, "page"],
    ["an unknown sort field", `{ allTargets(sortField: "password") { id } }`, "sortField"],
    ["a bad sort order", `{ allTargets(sortOrder: "SIDEWAYS") { id } }`, "sortOrder"],
    [
      "a malformed id in a filter",
      `{ allTargets(filter: { ids: ["1 OR 1=1"] }) { id } }`,
      "filter.ids",
    ],
    [
      "a malformed relation id",
      `{ allIndicators(filter: { targetId: "x" }) { id } }`,
      "filter.targetId",
    ],
    ["a malformed id", `{ Target(id: "not-a-uuid") { id } }`, "id"],
    ["a malformed date", `{ allAgencies(filter: { validOn: "2025-13" }) { id } }`, undefined],
    ["an unknown filter field", `{ allTargets(filter: { password: "x" }) { id } }`, "password"],
    ["a page size that is not a number", `{ allTargets(perPage: "many") { id } }`, undefined],
    [
      "a bad enum in a filter",
      `{ allMeasurements(filter: { status: SHREDDED }) { id } }`,
      undefined,
    ],
  ])("refuses %s with BAD_USER_INPUT", async (_what, query, field) => {
    const error = await t.client.errorOf(query);
    expect(error.code).toBe("BAD_USER_INPUT");
    if (field) expect(error.field).toBe(field);
    expect(JSON.stringify(error.result)).not.toMatch(/SELECT|stack|QueryFailed|at \w+ \(/);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    const error = await t.client.errorOf(
      `{ Target(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("keeps users, tokens and the audit log from anonymous callers", async () => {
    for (const query of [
      "{ allUsers { id } }",
      "{ _allAuditEventsMeta { count } }",
      "{ allApiTokens { id } }",
    ]) {
      expect((await t.client.errorOf(query)).code).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses credentials in the URL and unknown tokens", async () => {
    const inUrl = await fetch(`${t.url}/graphql?token=abc`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ allTargets { id } }" }),
    });
    const body = (await inUrl.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await t.client.as("rtk_nonsense").errorOf("{ allTargets { id } }")).code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("serves health, readiness and a request id", async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`, { headers: { "x-request-id": "abc-123" } });
    expect(ready.status).toBe(200);
    expect(ready.headers.get("x-request-id")).toBe("abc-123");
  });
});
