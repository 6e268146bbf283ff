/**
 * When a figure's reporters are reminded: once in the 7 days before it is
 * due, then once a week while it is late. Days are Vietnam's calendar days
 * (YYYY-MM-DD), as completeness.service.ts reckons due dates.
 */
import { daysBetween } from "../../common/dates";
import { ReminderKind } from "./reminder.enums";

export const DUE_SOON_DAYS = 7;
export const LATE_EVERY_DAYS = 7;

/** The last day each kind was already sent for this figure and recipient, if ever. */
export interface SentBefore {
  dueSoon?: string;
  late?: string;
}

export function dueReminderKind(
  today: string,
  dueOn: string,
  sent: SentBefore,
): ReminderKind | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft >= 0) {
    return daysLeft <= DUE_SOON_DAYS && !sent.dueSoon ? ReminderKind.DUE_SOON : null;
  }
  if (!sent.late || daysBetween(sent.late, today) >= LATE_EVERY_DAYS) return ReminderKind.LATE;
  return null;
}

/** "năm 2025", "6 tháng đầu năm 2025", "quý III/2025". */
export function periodLabel(year: number, period: string): string {
  if (period === "YEAR") return `năm ${year}`;
  if (period === "H1") return `6 tháng đầu năm ${year}`;
  const quarter = { Q1: "I", Q2: "II", Q3: "III", Q4: "IV" }[period];
  if (quarter) return `quý ${quarter}/${year}`;
  if (period === "TERM") return `cả nhiệm kỳ (đến ${year})`;
  return `${period} ${year}`;
}
