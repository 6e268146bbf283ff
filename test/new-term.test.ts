/**
 * A new term (issue 14): a fresh start has the 18th congress with its resolution's record and no
 * targets, the districts ended on 30/06/2025 and the 65 communes and wards from 01/07/2025; an
 * administrator loads the targets from the resolution's text: nothing written before confirming,
 * then all of it in one transaction, audited as one batch, and the same text twice adds nothing.
 */
import { DEMO_PASSWORD } from "../server/seed/accounts";
import type { GraphQLClient } from "./helpers/client";
import { callers } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

const PARSE = `query($text: String!, $year: Int!) { parseResolutionTargets(text: $text, termEndYear: $year) {
  targets { number text indicators { phrase name kind comparator targetMin targetMax unit targetYear direction problems } } } }`;
const CONFIRM = `mutation($c: ID!, $t: [ImportTargetInput!]!) { importResolutionTargets(congressId: $c, targets: $t) {
  batchId createdTargets createdIndicators skippedTargets } }`;

/** Two lines of a real 2025–2030 resolution (Quảng Ninh XVI, dantri.com.vn, 27/09/2025), pasted as a list. */
const TEXT = [
  "(1) Tỷ lệ kết nạp đảng viên mới hàng năm đạt 3-3,5% tổng số đảng viên.",
  "(2) Ở lĩnh vực môi trường, tỷ lệ dân số đô thị được cấp nước sạch đạt trên 99%, nông thôn trên 85%.",
].join("\n");

interface DraftTarget {
  number: number;
  text: string;
  indicators: Record<string, unknown>[];
}

/** The draft as the admin sends it back: every target with a domain, indicators as read. */
function confirmed(targets: DraftTarget[], domain = "PARTY_BUILDING") {
  return targets.map((t) => ({
    number: t.number,
    text: t.text,
    domain,
    indicators: t.indicators.map(
      ({ phrase, name, kind, comparator, targetMin, targetMax, unit, direction }) => ({
        phrase,
        name,
        kind,
        comparator,
        targetMin,
        targetMax,
        unit,
        direction,
      }),
    ),
  }));
}

describe("a new term", () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let congressId: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await callers(t.client)("admin");
    const { allCongresses } = await admin.data<{
      allCongresses: { id: string; ordinal: number }[];
    }>(`{ allCongresses(filter: { ordinal: 18 }) { id ordinal } }`);
    congressId = allCongresses[0].id;
  });
  afterAll(() => t?.close());

  it("has the 18th congress, its resolution's record and no targets yet", async () => {
    const { Congress } = await admin.data<{ Congress: Record<string, unknown> }>(
      `query($id: ID!) { Congress(id: $id) { ordinal termStartYear termEndYear heldFrom heldTo place
        delegateCount executiveCommitteeSize standingCommitteeSize inspectionCommitteeSize
        nationalDelegates nationalAlternates motto theme resolution { adoptedOn } targets { id } } }`,
      { id: congressId },
    );
    expect(Congress).toMatchObject({
      ordinal: 18,
      termStartYear: 2025,
      termEndYear: 2030,
      heldFrom: "2025-09-24",
      heldTo: "2025-09-26",
      delegateCount: 398,
      executiveCommitteeSize: 52,
      standingCommitteeSize: 14,
      inspectionCommitteeSize: 11,
      nationalDelegates: 19,
      nationalAlternates: 2,
      motto: "Đoàn kết – Dân chủ – Kỷ cương – Đột phá – Phát triển",
      resolution: { adoptedOn: "2025-09-26" },
      targets: [],
    });
    expect(Congress.theme).toMatch(/^Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh/);
    // An empty term still has a (header-only) target table.
    const { login } = await t.client.data<{ login: { token: string } }>(
      `mutation { login(email: "admin@langson.example", password: "${DEMO_PASSWORD}") { token } }`,
    );
    const csv = await fetch(
      `${t.url}/exports/target-table.csv?congressId=${congressId}&year=2026`,
      {
        headers: { authorization: `Bearer ${login.token}` },
      },
    );
    expect(csv.status).toBe(200);
  });

  it("ends the districts on 30/06/2025 and has the 65 communes and wards from 01/07/2025", async () => {
    const kinds = async (day: string) => {
      const { allAgencies } = await admin.data<{ allAgencies: { kind: string }[] }>(
        `query($d: LocalDate) { allAgencies(filter: { validOn: $d }, perPage: 100) { kind } }`,
        { d: day },
      );
      const count = (k: string) => allAgencies.filter((a) => a.kind === k).length;
      return { DISTRICT: count("DISTRICT"), COMMUNE: count("COMMUNE"), WARD: count("WARD") };
    };
    expect(await kinds("2025-06-30")).toEqual({ DISTRICT: 11, COMMUNE: 0, WARD: 0 });
    expect(await kinds("2025-07-01")).toEqual({ DISTRICT: 0, COMMUNE: 61, WARD: 4 });
    const open = await t.db.query(
      `SELECT count(*)::int AS n FROM assignment s JOIN agency a ON a.id = s.agency_id
        WHERE a.kind = 'DISTRICT' AND (s.ends_on IS NULL OR s.ends_on > '2025-06-30')`,
    );
    expect(open[0].n).toBe(0);
    const kept = await t.db.query(
      `SELECT count(*)::int AS n FROM assignment s JOIN agency a ON a.id = s.agency_id WHERE a.kind = 'DISTRICT'`,
    );
    expect(kept[0].n).toBe(7);
  });

  it("writes nothing until confirmed, then the whole draft in one audited batch, and nothing twice", async () => {
    const count = async () =>
      (
        await t.db.query(
          `SELECT (SELECT count(*) FROM target WHERE congress_id = $1)::int AS t,
                  (SELECT count(*) FROM indicator i JOIN target x ON x.id = i.target_id WHERE x.congress_id = $1)::int AS i`,
          [congressId],
        )
      )[0];
    const { parseResolutionTargets } = await admin.data<{
      parseResolutionTargets: { targets: DraftTarget[] };
    }>(PARSE, { text: TEXT, year: 2030 });
    expect(await count()).toEqual({ t: 0, i: 0 });

    const draft = confirmed(parseResolutionTargets.targets);
    // A wrong row anywhere writes nothing at all.
    const broken = structuredClone(draft);
    broken[1].indicators[1].targetMin = null;
    const error = await admin.errorOf(CONFIRM, { c: congressId, t: broken });
    expect({ code: error.code, field: error.field }).toEqual({
      code: "BAD_USER_INPUT",
      field: "targets[1].indicators[1].targetMin",
    });
    expect(await count()).toEqual({ t: 0, i: 0 });

    const viewer = await callers(t.client)("viewer");
    expect((await viewer.errorOf(CONFIRM, { c: congressId, t: draft })).code).toBe("FORBIDDEN");

    const first = await admin.data<{ importResolutionTargets: Record<string, unknown> }>(CONFIRM, {
      c: congressId,
      t: draft,
    });
    expect(first.importResolutionTargets).toMatchObject({
      createdTargets: 2,
      createdIndicators: 3,
      skippedTargets: 0,
    });
    const batchId = first.importResolutionTargets.batchId as string;
    const audit = await t.db.query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE reason LIKE '%' || $1 GROUP BY action ORDER BY action`,
      [batchId],
    );
    expect(audit).toEqual([
      { action: "Indicator.create", n: 3 },
      { action: "Target.create", n: 2 },
      { action: "Target.importFromText", n: 1 },
    ]);
    const { allIndicators } = await admin.data<{ allIndicators: Record<string, unknown>[] }>(
      `query($c: ID) { allIndicators(filter: { congressId: $c }, sortField: "code") { code comparator targetMin targetMax unit unitKind kind sourcePhrase } }`,
      { c: congressId },
    );
    expect(
      allIndicators.map(
        (i) =>
          `${i.code} ${i.kind} ${i.comparator} ${i.targetMin}–${i.targetMax} ${i.unit} ${i.unitKind}`,
      ),
    ).toEqual([
      "1.a EVERY_YEAR BETWEEN 3–3.5 % PERCENT",
      "2.a END_OF_TERM_LEVEL AT_LEAST 99–null % PERCENT",
      "2.b END_OF_TERM_LEVEL AT_LEAST 85–null % PERCENT",
    ]);

    const again = await admin.data<{ importResolutionTargets: Record<string, unknown> }>(CONFIRM, {
      c: congressId,
      t: draft,
    });
    expect(again.importResolutionTargets).toEqual({
      batchId: null,
      createdTargets: 0,
      createdIndicators: 0,
      skippedTargets: 2,
    });
    expect(await count()).toEqual({ t: 2, i: 3 });

    const changed = structuredClone(draft);
    changed[0].text = "Tỷ lệ kết nạp đảng viên mới hàng năm đạt 4%.";
    const clash = await admin.errorOf(CONFIRM, { c: congressId, t: changed });
    expect({ code: clash.code, field: clash.field }).toEqual({
      code: "BAD_USER_INPUT",
      field: "targets[0].number",
    });
  });
});
