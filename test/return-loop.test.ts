/**
 * The return loop's fields (lastReturn, resubmitted, submittedByLabel, and
 * the to-do's figure) come from the figure's history and follow its scope:
 * the agency's staff see them; a viewer, whose to-do shows no drafts, does not.
 */
import { callers, ids } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

describe("the return loop over GraphQL", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it("reads the last return, the resubmission and the submitter, within the figure's scope", async () => {
    const as = callers(t.client);
    const reporter = await as("reporterYt");
    const { saveMeasurement: draft } = await reporter.data<{ saveMeasurement: { id: string } }>(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2025, value: "8.5", source: "Báo cáo ngành y tế 2025") { id } }`,
      { i: await ids.indicator(t.client, "12.b") },
    );
    await reporter.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id: draft.id,
    });
    const head = await as("headYt");
    await head.data(
      `mutation($id: ID!) { returnMeasurement(id: $id, version: 2, reason: "Đề nghị rà soát") { id } }`,
      { id: draft.id },
    );
    const { allCongresses } = await reporter.data<{ allCongresses: { id: string }[] }>(
      `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
    );
    const todo = `query($c: ID!) { reportingCompleteness(congressId: $c, year: 2025) {
      indicator { code } state daysLate measurement { id lastReturn { reason } } } }`;
    type Todo = {
      reportingCompleteness: {
        indicator: { code: string };
        state: string;
        daysLate: number;
        measurement: { id: string; lastReturn: { reason: string } | null } | null;
      }[];
    };
    const mine = (await reporter.data<Todo>(todo, { c: allCongresses[0].id }))
      .reportingCompleteness;
    expect(mine.find((r) => r.indicator.code === "12.b")).toEqual({
      indicator: { code: "12.b" },
      state: "RETURNED",
      daysLate: expect.any(Number),
      measurement: { id: draft.id, lastReturn: { reason: "Đề nghị rà soát" } },
    });
    const viewer = (await (await as("viewer")).data<Todo>(todo, { c: allCongresses[0].id }))
      .reportingCompleteness;
    expect(viewer.every((r) => r.measurement === null && r.state === "MISSING")).toBe(true);
    // Latest first, then codes in natural order (2.c before 10.a).
    const order = mine.map((r) => `${r.daysLate}:${r.indicator.code}`);
    expect(order).toEqual(
      [...mine]
        .sort(
          (a, b) =>
            b.daysLate - a.daysLate ||
            a.indicator.code.localeCompare(b.indicator.code, "vi", { numeric: true }),
        )
        .map((r) => `${r.daysLate}:${r.indicator.code}`),
    );
    expect(new Set(mine.map((r) => r.daysLate)).size).toBeLessThan(mine.length);

    await reporter.data(
      `mutation($id: ID!) { saveMeasurement(id: $id, version: 3, value: "8.9") { id } }`,
      { id: draft.id },
    );
    await reporter.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 4) { id } }`, {
      id: draft.id,
    });
    const figure = `query($id: ID!) { Measurement(id: $id) { value resubmitted submittedByLabel
      lastReturn { reason value reviewer } } }`;
    const { Measurement } = await head.data<{ Measurement: Record<string, unknown> }>(figure, {
      id: draft.id,
    });
    expect(Measurement).toEqual({
      value: "8.9",
      resubmitted: true,
      submittedByLabel: expect.stringMatching(/^Chuyên viên Sở Y tế · /),
      lastReturn: {
        reason: "Đề nghị rà soát",
        value: "8.5",
        reviewer: expect.stringMatching(/^Lãnh đạo Sở Y tế · /),
      },
    });
    // A head of another agency cannot read the figure at all.
    const other = await (
      await as("headCtk")
    )
      .data<{ Measurement: unknown }>(figure, {
        id: draft.id,
      })
      .catch((e: Error) => e);
    expect(other instanceof Error || (other as { Measurement: unknown }).Measurement === null).toBe(
      true,
    );
  });
});
