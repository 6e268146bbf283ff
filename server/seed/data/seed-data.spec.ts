/**
 * Every seeded text is traceable to the resolution, and the assignment plan
 * is consistent: one lead per indicator at any date, agencies valid then.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { AgencyKind, AssignmentRole, Comparator, Direction, PeriodType, ValueKind } from "../../common/enums";
import { formatDecimal } from "../../common/numbers";
import { agencies } from "./agencies";
import { assignments } from "./assignments";
import { resolution } from "./congress";
import { keyTasks } from "./key-tasks";
import { notSeeded, reportedFigures } from "./reported-figures";
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

  it("credits each reported figure to an indicator and agency that exist, led by it that day", () => {
    const codes = new Set(targets.flatMap((t) => t.indicators.map((i) => i.code)));
    for (const m of reportedFigures) {
      expect(codes.has(m.indicatorCode)).toBe(true);
      expect(agencies.some((a) => a.code === m.agencyCode)).toBe(true);
      expect(m.source.length).toBeGreaterThan(0);
      const lead = assignments.find(
        (a) =>
          a.indicatorCode === m.indicatorCode &&
          a.role === AssignmentRole.LEAD &&
          a.startsOn <= m.reportedOn &&
          (!a.endsOn || a.endsOn >= m.reportedOn),
      );
      expect({ m: m.indicatorCode, on: m.reportedOn, agency: lead?.agencyCode }).toEqual({
        m: m.indicatorCode,
        on: m.reportedOn,
        agency: m.agencyCode,
      });
    }
  });

  it("seeds every row of the 2021–2025 record, each traceable to its source row", () => {
    const shared = path.join(
      __dirname, "..", "..", "..", "..", "shared", "source", "reported-figures-2021-2025.md",
    );
    if (!existsSync(shared)) return; // a checkout without shared/
    let code = "";
    const rows = readFileSync(shared, "utf8")
      .split("\n")
      .filter((line) => /^\| (\d+\.[a-z])? *\|/.test(line))
      .map((line) => {
        const cells = line.split("|").slice(1, -1).map((c) => c.trim());
        if (cells[0]) code = cells[0];
        return { code, period: cells[2], value: cells[3], kind: cells[4], date: cells[5] };
      });
    expect(rows).toHaveLength(reportedFigures.length + notSeeded.length);
    const unmatched = [...rows];
    const take = (pred: (r: (typeof rows)[number]) => boolean) => {
      const index = unmatched.findIndex(pred);
      return index < 0 ? undefined : unmatched.splice(index, 1)[0];
    };
    const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("/");
    for (const m of reportedFigures) {
      const value = formatDecimal(m.value, "vi");
      const row = take(
        (r) =>
          r.code === m.indicatorCode &&
          r.period.includes(String(m.year)) &&
          (m.period === PeriodType.TERM) === r.period.startsWith("whole term") &&
          (m.period === PeriodType.H1) === r.period.includes("H1") &&
          r.value.split(/[ (]/).concat(r.value.match(/[\d.,]+/g) ?? []).includes(value) &&
          r.kind === (m.valueKind === ValueKind.OFFICIAL ? "O" : "E") &&
          r.date === (m.reportedOnText ?? ddmmyyyy(m.reportedOn)),
      );
      expect({ seeded: `${m.indicatorCode} ${m.year} ${m.period} ${value}`, found: !!row }).toEqual({
        seeded: `${m.indicatorCode} ${m.year} ${m.period} ${value}`,
        found: true,
      });
      if (m.reportedValue) expect(row!.value).toContain(formatDecimal(m.reportedValue, "vi"));
    }
    for (const n of notSeeded) {
      expect(take((r) => r.code === n.indicatorCode && r.period === String(n.year) && r.value.startsWith(n.value))).toBeDefined();
    }
    expect(unmatched).toEqual([]);
  });

  it("says which way is better for every indicator, and a one-sided goal agrees with it", () => {
    for (const i of targets.flatMap((t) => t.indicators)) {
      if (i.comparator === Comparator.AT_LEAST) expect(i.direction).toBe(Direction.HIGHER_IS_BETTER);
      if (i.comparator === Comparator.AT_MOST || i.comparator === Comparator.LESS_THAN)
        expect(i.direction).toBe(Direction.LOWER_IS_BETTER);
    }
    const of = (code: string) => targets.flatMap((t) => t.indicators).find((i) => i.code === code)!;
    expect(of("2.a").direction).toBe(Direction.LOWER_IS_BETTER);
    expect(of("2.b").direction).toBe(Direction.HIGHER_IS_BETTER);
    expect(of("2.d").direction).toBe(Direction.WITHIN_RANGE);
  });

  it("ends the city and the ten districts on 30/06/2025, and their assignments with them", () => {
    const districts = agencies.filter((a) => a.kind === AgencyKind.DISTRICT);
    expect(districts).toHaveLength(11);
    expect(districts.every((d) => d.validTo === "2025-06-30")).toBe(true);
    const codes = new Set(districts.map((d) => d.code));
    const theirs = assignments.filter((a) => codes.has(a.agencyCode));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((a) => !a.endsOn || a.endsOn > "2025-06-30")).toEqual([]);
  });

  it("has the 61 communes and 4 wards of NQ 1672/NQ-UBTVQH15 from 01/07/2025", () => {
    const communes = agencies.filter((a) => a.kind === AgencyKind.COMMUNE);
    const wards = agencies.filter((a) => a.kind === AgencyKind.WARD);
    expect([communes.length, wards.length]).toEqual([61, 4]);
    for (const unit of [...communes, ...wards]) {
      expect(unit.validFrom).toBe("2025-07-01");
      expect(unit.validTo).toBeUndefined();
    }
    expect(new Set(agencies.map((a) => a.code)).size).toBe(agencies.length);
    expect(wards.map((w) => w.name).sort()).toEqual(
      ["Phường Đông Kinh", "Phường Kỳ Lừa", "Phường Lương Văn Tri", "Phường Tam Thanh"].sort(),
    );
  });

  it("spells each commune and ward with the letters of the English report's list", () => {
    const shared = path.join(__dirname, "..", "..", "..", "..", "shared", "source", "lang-son-2025-2030.md");
    if (!existsSync(shared)) return; // a checkout without shared/
    const text = readFileSync(shared, "utf8").replace(/\s+/g, " ");
    const list = (label: string) =>
      new RegExp(`${label}: ([^;.]+)[;.]`).exec(text)![1].split(",").map((n) => n.trim());
    const bare = (name: string) =>
      name
        .replace(/^(Xã|Phường) /, "")
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
    const seeded = (kind: AgencyKind) =>
      agencies.filter((a) => a.kind === kind).map((a) => bare(a.name)).sort();
    expect(seeded(AgencyKind.WARD)).toEqual(list("wards").sort());
    expect(seeded(AgencyKind.COMMUNE)).toEqual(list("communes").sort());
  });
});
