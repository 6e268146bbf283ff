/**
 * Every seeded text is traceable to the resolution, and the assignment plan
 * is consistent: one lead per indicator at any date, agencies valid then.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { AssignmentRole } from "../../common/enums";
import { agencies } from "./agencies";
import { assignments } from "./assignments";
import { resolution } from "./congress";
import { keyTasks } from "./key-tasks";
import { reportedFigures } from "./reported-figures";
import { resolutionSourceText } from "./resolution-text";
import { targets } from "./targets";

const normal = (s: string) => s.replace(/\s+/g, " ").trim();
const source = normal(resolutionSourceText);

describe("seed data", () => {
  it("copies the resolution exactly as shared/source has it", () => {
    const shared = path.join(__dirname, "..", "..", "..", "..", "shared", "source", "resolution-lang-son-xvii.txt");
    if (!existsSync(shared)) return; // a checkout without shared/ has only the copy
    expect(resolutionSourceText).toBe(readFileSync(shared, "utf8"));
  });

  it("quotes the resolution verbatim in every clause, key task, target and indicator", () => {
    const texts = [
      ...resolution.clauses.map((c) => c.text),
      ...keyTasks.map((k) => k.text),
      ...targets.map((t) => t.text),
      ...targets.flatMap((t) => t.indicators.map((i) => i.sourcePhrase)),
    ];
    const missing = texts.filter((text) => !source.includes(normal(text)));
    expect(missing).toEqual([]);
  });

  it("has 20 targets and 35 indicators with unique codes that start with their target's number", () => {
    expect(targets.map((t) => t.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const codes = targets.flatMap((t) => t.indicators.map((i) => i.code));
    expect(codes).toHaveLength(35);
    expect(new Set(codes).size).toBe(35);
    for (const t of targets) for (const i of t.indicators) expect(i.code.startsWith(`${t.number}.`)).toBe(true);
  });

  it("keeps exactly one lead per indicator on every day, from agencies that exist that day", () => {
    const agency = new Map(agencies.map((a) => [a.code, a]));
    const days = ["2020-10-01", "2023-06-30", "2025-02-28", "2025-03-01", "2025-12-31"];
    for (const code of targets.flatMap((t) => t.indicators.map((i) => i.code))) {
      for (const day of days) {
        const leads = assignments.filter(
          (a) =>
            a.indicatorCode === code &&
            a.role === AssignmentRole.LEAD &&
            a.startsOn <= day &&
            (!a.endsOn || a.endsOn >= day),
        );
        expect({ code, day, leads: leads.length }).toEqual({ code, day, leads: 1 });
        const valid = agency.get(leads[0].agencyCode)!;
        expect(!valid.validTo || valid.validTo >= day).toBe(true);
      }
    }
  });

  it("credits each reported figure to an indicator and agency that exist", () => {
    const codes = new Set(targets.flatMap((t) => t.indicators.map((i) => i.code)));
    expect(reportedFigures).toHaveLength(10);
    for (const m of reportedFigures) {
      expect(codes.has(m.indicatorCode)).toBe(true);
      expect(agencies.some((a) => a.code === m.agencyCode)).toBe(true);
      expect(m.source.length).toBeGreaterThan(0);
    }
  });
});
