/**
 * One term to the next (issue 14, item 5): an indicator of the 18th congress names its
 * predecessor of the 17th (checked), takes its baseline from it, shows its series across both
 * terms within the caller's read scope, and the 17th's assignments are carried forward after a
 * preview that equals what the confirmation writes, once, audited as one batch.
 */
import type { GraphQLClient } from "./helpers/client";
import { callers, type AccountName } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

/**
 * The 18th congress's own targets are not public: the draft loaded here is two targets in the
 * 17th resolution's own words (source/resolution-lang-son-xvii.txt, 1.4), standing in for them.
 */
const TEXT = [
  "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân từ 7 – 7,5%.",
  "(8) Số xã đạt chuẩn nông thôn mới đến năm 2025 là 115 xã.",
].join("\n");

const PARSE = `query($text: String!, $c: ID) { parseResolutionTargets(text: $text, termEndYear: 2030, congressId: $c) {
  targets { number text indicators { phrase name kind comparator targetMin targetMax unit direction
    proposedPredecessor { id code similarity } } } } }`;
const CONFIRM = `mutation($c: ID!, $t: [ImportTargetInput!]!) { importResolutionTargets(congressId: $c, targets: $t) { batchId createdIndicators } }`;
const UPDATE = `mutation($id: ID!, $p: ID, $unit: String) { updateIndicator(id: $id, predecessorId: $p, unit: $unit) { id predecessorId } }`;
const PLAN_FIELDS = `congressId termEndedOn startsOn toCreate skipped fingerprint
  rows { indicatorCode predecessorCode fromAgencyName toAgencyId toAgencyName role outcome willCreate }`;
const PREVIEW = `query($c: ID!, $p: ID!) { assignmentCarryForward(congressId: $c, previousCongressId: $p) { ${PLAN_FIELDS} } }`;
const CARRY = `mutation($c: ID!, $p: ID!, $f: String!) { carryAssignmentsForward(congressId: $c, previousCongressId: $p, fingerprint: $f) {
  batchId created { id indicatorId agencyId role startsOn } plan { ${PLAN_FIELDS} } } }`;
const SERIES = `query($id: ID!, $u: Boolean) { Indicator(id: $id) { seriesAcrossTerms(withUnapproved: $u) {
  code congressOrdinal termStartYear termEndYear points { year value status } } } }`;

interface Row {
  indicatorCode: string;
  predecessorCode: string;
  fromAgencyName: string;
  toAgencyId: string | null;
  toAgencyName: string | null;
  role: string;
  outcome: string;
  willCreate: boolean;
}
interface Plan {
  toCreate: number;
  skipped: number;
  fingerprint: string;
  rows: Row[];
}

describe("one term to the next", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;
  let admin: GraphQLClient;
  let c17: string;
  let c18: string;
  let grdp17: string;
  let ntm17: string;
  let grdp18: string;
  let ntm18: string;

  const indicatorsOf = async (congressId: string) =>
    (
      await admin.data<{ allIndicators: { id: string; code: string }[] }>(
        `query($c: ID) { allIndicators(filter: { congressId: $c }, perPage: 100) { id code } }`,
        { c: congressId },
      )
    ).allIndicators;

  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
    admin = await as("admin");
    const { allCongresses } = await admin.data<{
      allCongresses: { id: string; ordinal: number }[];
    }>(`{ allCongresses { id ordinal } }`);
    c17 = allCongresses.find((c) => c.ordinal === 17)!.id;
    c18 = allCongresses.find((c) => c.ordinal === 18)!.id;
    const old = await indicatorsOf(c17);
    grdp17 = old.find((i) => i.code === "1.a")!.id;
    ntm17 = old.find((i) => i.code === "8.a")!.id;
  });
  afterAll(() => t?.close());

  it("proposes each drafted indicator's predecessor, and links only what the admin confirms", async () => {
    const { parseResolutionTargets: draft } = await admin.data<{
      parseResolutionTargets: {
        targets: {
          number: number;
          text: string;
          indicators: (Record<string, unknown> & { proposedPredecessor: { id: string } | null })[];
        }[];
      };
    }>(PARSE, { text: TEXT, c: c18 });
    const proposals = draft.targets.flatMap((x) => x.indicators.map((i) => i.proposedPredecessor));
    expect(proposals.map((p) => p?.id)).toEqual([grdp17, ntm17]);
    // Parsing wrote nothing; without congressId there is no proposal.
    expect(await indicatorsOf(c18)).toEqual([]);
    const plain = await admin.data<{
      parseResolutionTargets: { targets: { indicators: { proposedPredecessor: null }[] }[] };
    }>(PARSE, { text: TEXT });
    expect(plain.parseResolutionTargets.targets[0].indicators[0].proposedPredecessor).toBeNull();

    // The admin keeps the first proposal and clears the second.
    const targets = draft.targets.map((x, k) => ({
      number: x.number,
      text: x.text,
      domain: "ECONOMY",
      indicators: x.indicators.map(({ proposedPredecessor, ...i }) => ({
        phrase: i.phrase,
        name: i.name,
        kind: i.kind,
        comparator: i.comparator,
        targetMin: i.targetMin,
        targetMax: i.targetMax,
        unit: i.unit,
        direction: i.direction,
        predecessorId: k === 0 ? proposedPredecessor!.id : null,
      })),
    }));
    // A predecessor of another unit is refused, naming the row's field, and nothing is written.
    const wrong = structuredClone(targets);
    wrong[1].indicators[0].predecessorId = grdp17;
    const refused = await admin.errorOf(CONFIRM, { c: c18, t: wrong });
    expect(refused).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "targets[1].indicators[0].predecessorId",
    });
    expect(await indicatorsOf(c18)).toEqual([]);

    await admin.data(CONFIRM, { c: c18, t: targets });
    const created = await indicatorsOf(c18);
    grdp18 = created.find((i) => i.code === "1.a")!.id;
    ntm18 = created.find((i) => i.code === "8.a")!.id;
    const { Indicator } = await admin.data<{
      Indicator: { predecessor: { id: string; code: string } | null };
    }>(`query($id: ID!) { Indicator(id: $id) { predecessor { id code } } }`, { id: grdp18 });
    expect(Indicator.predecessor).toEqual({ id: grdp17, code: "1.a" });
  });

  it("checks a predecessor: not itself, an earlier term, the same unit; only administrators; audited", async () => {
    const refusal = async (id: string, p: string, unit?: string) =>
      admin.errorOf(UPDATE, { id, p, ...(unit ? { unit } : {}) });
    expect(await refusal(ntm18, ntm18)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "predecessorId",
    });
    // Same term: the other 18th indicator; a later term: 17th following the 18th (a cycle).
    expect(await refusal(ntm18, grdp18)).toMatchObject({ field: "predecessorId" });
    const cycle = await refusal(grdp17, grdp18);
    expect(cycle).toMatchObject({ code: "BAD_USER_INPUT", field: "predecessorId" });
    expect(cycle.message).toMatch(/nhiệm kỳ trước/);
    const unit = await refusal(ntm18, grdp17);
    expect(unit).toMatchObject({ code: "BAD_USER_INPUT", field: "predecessorId" });
    expect(unit.message).toMatch(/đơn vị/);
    // Changing the unit under a link is checked too.
    expect(await refusal(grdp18, grdp17, "xã")).toMatchObject({ field: "predecessorId" });
    expect(await refusal(ntm18, "00000000-0000-4000-8000-000000000000")).toMatchObject({
      field: "predecessorId",
    });
    const reporter = await as("reporterCtk");
    expect((await reporter.errorOf(UPDATE, { id: ntm18, p: ntm17 })).code).toBe("FORBIDDEN");

    const { updateIndicator } = await admin.data<{ updateIndicator: { predecessorId: string } }>(
      UPDATE,
      { id: ntm18, p: ntm17 },
    );
    expect(updateIndicator.predecessorId).toBe(ntm17);
    const { allAuditEvents } = await admin.data<{
      allAuditEvents: {
        action: string;
        before: { predecessorId: null };
        after: { predecessorId: string };
      }[];
    }>(
      `query($id: ID) { allAuditEvents(filter: { entityId: $id, action: "Indicator.update" }) { action before after } }`,
      { id: ntm18 },
    );
    expect(allAuditEvents[0].before.predecessorId).toBeNull();
    expect(allAuditEvents[0].after.predecessorId).toBe(ntm17);
    expect(allAuditEvents[0]).toBeTruthy();
    const { Indicator } = await admin.data<{ Indicator: { successors: { id: string }[] } }>(
      `query($id: ID!) { Indicator(id: $id) { successors { id } } }`,
      { id: ntm17 },
    );
    expect(Indicator.successors).toEqual([{ id: ntm18 }]);
  });

  it("takes the baseline from the predecessor's latest approved value, as of a date too", async () => {
    const figures = async (id: string) =>
      (
        await admin.data<{
          Indicator: {
            measurements: {
              year: number;
              value: string;
              valueKind: string;
              reportedOn: string | null;
            }[];
          };
        }>(
          `query($id: ID!) { Indicator(id: $id) { measurements(status: APPROVED, period: YEAR) { year value valueKind reportedOn } } }`,
          { id },
        )
      ).Indicator.measurements;
    const old = await figures(ntm17);
    const last = Math.max(...old.map((m) => m.year));
    const ofLast = old.filter((m) => m.year === last);
    const expected = (ofLast.find((m) => m.valueKind === "OFFICIAL") ?? ofLast.at(-1))!;
    const BASELINE = `query($id: ID!, $d: LocalDate) { Indicator(id: $id) { baselineYear baseline(asOf: $d) { year value fromIndicatorId } } }`;
    const now = await admin.data<{
      Indicator: {
        baselineYear: null;
        baseline: { year: number; value: string; fromIndicatorId: string };
      };
    }>(BASELINE, { id: ntm18 });
    expect(now.Indicator.baselineYear).toBeNull();
    expect(now.Indicator.baseline).toEqual({
      year: last,
      value: expected.value,
      fromIndicatorId: ntm17,
    });
    // Before any figure of the old term was reported there is no baseline to take.
    const early = await admin.data<{ Indicator: { baseline: null } }>(BASELINE, {
      id: ntm18,
      d: "2020-12-31",
    });
    expect(early.Indicator.baseline).toBeNull();
    // Progress reads the goal with it: a level's projection runs from the old term's last
    // figure through the new term's first (a figure approved before the system, as seeded).
    await t.db.query(
      `INSERT INTO measurement (indicator_id, agency_id, year, period, value, value_kind, status, source)
       VALUES ($1, (SELECT id FROM agency WHERE code = 'SO-NNMT'), 2026, 'YEAR', '120', 'OFFICIAL', 'APPROVED', 'thử nghiệm')`,
      [ntm18],
    );
    const { Indicator: judged } = await admin.data<{
      Indicator: { progress: { projected: number } };
    }>(`query($id: ID!) { Indicator(id: $id) { progress { projected } } }`, { id: ntm18 });
    const from = Number(expected.value);
    expect(judged.progress.projected).toBeCloseTo(
      120 + ((120 - from) * (2030 - 2026)) / (2026 - last),
      6,
    );
    // The congress's summary (one statement for the congress) reads the same baseline: its line
    // for the target says what the target's own progress says.
    const { Indicator: owner } = await admin.data<{
      Indicator: { target: { id: string; progress: { reason: string; status: string | null } } };
    }>(`query($id: ID!) { Indicator(id: $id) { target { id progress { reason status } } } }`, {
      id: ntm18,
    });
    expect(owner.target.progress.reason).toContain(String(120).replace(".", ","));
    const { progressSummary } = await admin.data<{
      progressSummary: {
        targets: { target: { id: string }; progress: { reason: string; status: string | null } }[];
      };
    }>(
      `query($c: ID!) { progressSummary(congressId: $c) { targets { target { id } progress { reason status } } } }`,
      { c: c18 },
    );
    expect(progressSummary.targets.find((l) => l.target.id === owner.target.id)!.progress).toEqual(
      owner.target.progress,
    );
    // An own baseline wins.
    await admin.data(
      `mutation($id: ID!) { updateIndicator(id: $id, baselineYear: 2025, baselineValue: "100") { id } }`,
      { id: ntm18 },
    );
    const own = await admin.data<{
      Indicator: { baseline: { value: string; fromIndicatorId: null } };
    }>(BASELINE, { id: ntm18 });
    expect(own.Indicator.baseline).toMatchObject({ value: "100", fromIndicatorId: null });
    await admin.data(
      `mutation($id: ID!) { updateIndicator(id: $id, baselineYear: null, baselineValue: null) { id } }`,
      { id: ntm18 },
    );
  });

  it("previews the carry-forward, writes nothing, then creates exactly the preview once, as one batch", async () => {
    // An agency in force at the term's end that was merged later: its work goes to the successor.
    const { allAgencies } = await admin.data<{ allAgencies: { id: string; provinceId: string }[] }>(
      `{ allAgencies(filter: { code: "BHXH" }) { id provinceId } }`,
    );
    const bhxh = allAgencies[0].id;
    const { createAgency } = await admin.data<{ createAgency: { id: string } }>(
      `mutation($p: ID!) { createAgency(provinceId: $p, code: "TEST-KT", name: "Ban thử nghiệm", shortName: "Ban TN", kind: OTHER, validFrom: "2020-01-01") { id } }`,
      { p: allAgencies[0].provinceId },
    );
    await admin.data(
      `mutation($i: ID!, $a: ID!) { assignTarget(indicatorId: $i, agencyId: $a, role: COORDINATE, frequency: YEARLY, dueDaysAfterPeriod: 30, startsOn: "2021-01-01") { id } }`,
      { i: grdp17, a: createAgency.id },
    );
    await admin.data(
      `mutation($id: ID!, $s: ID!) { updateAgency(id: $id, validTo: "2026-01-31", successorId: $s) { id } }`,
      { id: createAgency.id, s: bhxh },
    );

    const count = async () =>
      (
        await admin.data<{ _allAssignmentsMeta: { count: number } }>(
          `{ _allAssignmentsMeta { count } }`,
        )
      )._allAssignmentsMeta.count;
    const before = await count();
    const { assignmentCarryForward: plan } = await admin.data<{ assignmentCarryForward: Plan }>(
      PREVIEW,
      { c: c18, p: c17 },
    );
    expect(await count()).toBe(before);
    const outcome = (code: string, agency: string) =>
      plan.rows.find((r) => r.indicatorCode === code && r.fromAgencyName === agency)?.outcome;
    expect(outcome("1.a", "Cục Thống kê")).toBe("SAME_AGENCY");
    expect(outcome("1.a", "Ban TN")).toBe("SUCCESSOR");
    expect(plan.rows.find((r) => r.fromAgencyName === "Ban TN")!.toAgencyName).toBe("BHXH tỉnh");
    expect(outcome("8.a", "Sở NN&MT")).toBe("SAME_AGENCY");
    // The districts ended on 30/06/2025 with no successor: listed, flagged, skipped.
    const districts = plan.rows.filter((r) => r.outcome === "NO_SUCCESSOR");
    expect(districts.length).toBeGreaterThanOrEqual(4);
    expect(districts.every((r) => !r.willCreate && r.toAgencyId === null)).toBe(true);
    expect(plan.toCreate).toBe(plan.rows.filter((r) => r.willCreate).length);
    expect(
      plan.rows
        .filter((r) => r.willCreate && r.role === "LEAD")
        .map((r) => r.indicatorCode)
        .sort(),
    ).toEqual(["1.a", "8.a"]);

    // Other callers may neither preview nor confirm.
    const head = await as("headCtk");
    expect((await head.errorOf(PREVIEW, { c: c18, p: c17 })).code).toBe("FORBIDDEN");
    // A stale or made-up fingerprint writes nothing.
    expect((await admin.errorOf(CARRY, { c: c18, p: c17, f: "0".repeat(32) })).code).toBe(
      "CONFLICT",
    );
    expect(await count()).toBe(before);

    const { carryAssignmentsForward: done } = await admin.data<{
      carryAssignmentsForward: {
        batchId: string;
        created: { indicatorId: string; agencyId: string; role: string }[];
        plan: Plan;
      };
    }>(CARRY, { c: c18, p: c17, f: plan.fingerprint });
    expect(done.plan).toEqual(plan);
    const key = (x: { agencyId?: string | null; toAgencyId?: string | null; role: string }) =>
      `${x.agencyId ?? x.toAgencyId}:${x.role}`;
    expect(done.created.map(key).sort()).toEqual(
      plan.rows
        .filter((r) => r.willCreate)
        .map(key)
        .sort(),
    );
    expect(await count()).toBe(before + plan.toCreate);

    // One batch event, and each assignment's event carries the batch in its reason.
    const { allAuditEvents } = await admin.data<{
      allAuditEvents: { action: string; entityId: string; after: { created: number } }[];
    }>(
      `{ allAuditEvents(filter: { action: "Assignment.carryForward" }) { action entityId after } }`,
    );
    expect(allAuditEvents).toHaveLength(1);
    expect(allAuditEvents[0]).toMatchObject({
      entityId: done.batchId,
      after: { created: plan.toCreate },
    });
    const { _allAuditEventsMeta } = await admin.data<{ _allAuditEventsMeta: { count: number } }>(
      `query($q: String) { _allAuditEventsMeta(filter: { q: $q, action: "Assignment.create" }) { count } }`,
      { q: done.batchId },
    );
    expect(_allAuditEventsMeta.count).toBe(plan.toCreate);

    // Twice: nothing more to create, and nothing written.
    const { assignmentCarryForward: again } = await admin.data<{ assignmentCarryForward: Plan }>(
      PREVIEW,
      { c: c18, p: c17 },
    );
    expect(again.toCreate).toBe(0);
    const second = await admin.data<{
      carryAssignmentsForward: { batchId: string | null; created: unknown[] };
    }>(CARRY, { c: c18, p: c17, f: again.fingerprint });
    expect(second.carryAssignmentsForward).toMatchObject({ batchId: null, created: [] });
    expect(await count()).toBe(before + plan.toCreate);

    // Two confirmations of one preview at once: one writes, the other finds the plan changed.
    const { allAgencies: ct } = await admin.data<{ allAgencies: { id: string }[] }>(
      `{ allAgencies(filter: { code: "SO-CT" }) { id } }`,
    );
    await admin.data(
      `mutation($i: ID!, $a: ID!) { assignTarget(indicatorId: $i, agencyId: $a, role: COORDINATE, frequency: YEARLY, dueDaysAfterPeriod: 30, startsOn: "2021-01-01") { id } }`,
      { i: grdp17, a: ct[0].id },
    );
    const { assignmentCarryForward: third } = await admin.data<{ assignmentCarryForward: Plan }>(
      PREVIEW,
      { c: c18, p: c17 },
    );
    expect(third.toCreate).toBe(1);
    const racing = await Promise.all(
      [1, 2].map(() => admin.request(CARRY, { c: c18, p: c17, f: third.fingerprint })),
    );
    expect(racing.map((r) => (r.errors ? r.errors[0].extensions?.code : "ok")).sort()).toEqual([
      "CONFLICT",
      "ok",
    ]);
    expect(await count()).toBe(before + plan.toCreate + 1 + 1);
  });

  it("gives the series across terms within the caller's read scope", async () => {
    // CTK now leads the new GRDP indicator: its reporter keeps a 2026 draft.
    const reporter = await as("reporterCtk");
    await reporter.data(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2026, value: "8.1", source: "Ước tính") { id } }`,
      { i: grdp18 },
    );
    type Series = {
      code: string;
      congressOrdinal: number;
      termEndYear: number;
      points: { year: number; value: string; status: string }[];
    }[];
    const seriesAs = async (name: AccountName, u = false) =>
      (
        await (
          await as(name)
        ).data<{ Indicator: { seriesAcrossTerms: Series } }>(SERIES, {
          id: grdp18,
          u,
        })
      ).Indicator.seriesAcrossTerms;
    const public_ = await seriesAs("viewer", true);
    expect(public_.map((s) => s.congressOrdinal)).toEqual([17, 18]);
    // The record has a first half for 2021 and whole years from 2022 (reported-figures.ts).
    expect(public_[0].points.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(public_[0].points.every((p) => p.status === "APPROVED")).toBe(true);
    expect(public_[1].points).toEqual([]);
    // The reporter's own draft shows to them when asked for, never to another agency's reporter.
    expect((await seriesAs("reporterCtk", true))[1].points).toEqual([
      { year: 2026, value: "8.1", status: "DRAFT" },
    ]);
    expect((await seriesAs("reporterCtk"))[1].points).toEqual([]);
    expect((await seriesAs("reporterYt", true))[1].points).toEqual([]);
    expect((await seriesAs("admin", true))[1].points).toHaveLength(1);
    const bad = await admin.errorOf(
      `query($id: ID!) { Indicator(id: $id) { seriesAcrossTerms(depth: 99) { code } } }`,
      { id: grdp18 },
    );
    expect(bad).toMatchObject({ code: "BAD_USER_INPUT", field: "depth" });
  });
});
