import { MeasurementStatus } from "../../common/enums";
import { nextStatus, transitions, type Transition } from "./workflow";

const { DRAFT, SUBMITTED, RETURNED, APPROVED } = MeasurementStatus;
const all = [DRAFT, SUBMITTED, RETURNED, APPROVED];

describe("the approval workflow", () => {
  const allowed: [MeasurementStatus, Transition, MeasurementStatus][] = [
    [DRAFT, "edit", DRAFT],
    [RETURNED, "edit", RETURNED],
    [DRAFT, "submit", SUBMITTED],
    [RETURNED, "submit", SUBMITTED],
    [SUBMITTED, "approve", APPROVED],
    [SUBMITTED, "return", RETURNED],
    [APPROVED, "reopen", DRAFT],
  ];

  it.each(allowed)("from %s, %s leads to %s", (from, transition, to) => {
    expect(nextStatus(from, transition)).toEqual({ ok: true, status: to });
  });

  it("refuses every other pair, explaining in Vietnamese and English", () => {
    const refused = all.flatMap((from) =>
      (Object.keys(transitions) as Transition[])
        .filter((t) => !allowed.some(([f, a]) => f === from && a === t))
        .map((t) => [from, t] as const),
    );
    expect(refused).toHaveLength(4 * 5 - allowed.length);
    for (const [from, transition] of refused) {
      const result = nextStatus(from, transition);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^Không thể .+\(cannot \w+ a \w+ figure\)$/);
    }
  });

  it("makes an approved figure read-only: only reopen leaves APPROVED", () => {
    const leaving = (Object.keys(transitions) as Transition[]).filter(
      (t) => nextStatus(APPROVED, t).ok,
    );
    expect(leaving).toEqual(["reopen"]);
  });

  it("requires a reason to return or reopen, and a reviewer for approve, return and reopen", () => {
    expect(
      Object.entries(transitions)
        .filter(([, r]) => r.reasonRequired)
        .map(([t]) => t),
    ).toEqual(["return", "reopen"]);
    expect(
      Object.entries(transitions)
        .filter(([, r]) => r.review)
        .map(([t]) => t),
    ).toEqual(["approve", "return", "reopen"]);
  });
});
