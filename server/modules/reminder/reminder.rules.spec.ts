import { ReminderKind } from "./reminder.enums";
import { dueReminderKind, periodLabel } from "./reminder.rules";

describe("dueReminderKind", () => {
  const due = "2026-01-15";

  it("reminds once in the 7 days before the deadline", () => {
    expect(dueReminderKind("2026-01-07", due, {})).toBeNull(); // 8 days before
    expect(dueReminderKind("2026-01-08", due, {})).toBe(ReminderKind.DUE_SOON);
    expect(dueReminderKind("2026-01-15", due, {})).toBe(ReminderKind.DUE_SOON); // the day itself
    expect(dueReminderKind("2026-01-10", due, { dueSoon: "2026-01-08" })).toBeNull();
  });

  it("reminds the day after the deadline, then weekly while late", () => {
    expect(dueReminderKind("2026-01-16", due, {})).toBe(ReminderKind.LATE);
    expect(dueReminderKind("2026-01-22", due, { late: "2026-01-16" })).toBeNull();
    expect(dueReminderKind("2026-01-23", due, { late: "2026-01-16" })).toBe(ReminderKind.LATE);
    // A server that was down on the weekly day catches up the next morning.
    expect(dueReminderKind("2026-02-02", due, { late: "2026-01-16" })).toBe(ReminderKind.LATE);
  });
});

describe("periodLabel", () => {
  it("writes periods as Vietnamese reports do", () => {
    expect(periodLabel(2025, "YEAR")).toBe("năm 2025");
    expect(periodLabel(2025, "H1")).toBe("6 tháng đầu năm 2025");
    expect(periodLabel(2025, "Q3")).toBe("quý III/2025");
  });
});
