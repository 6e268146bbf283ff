/** Calendar dates are reckoned in Vietnam's time zone. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Made once: building an Intl formatter costs far more than using it (it was a fifth of a progress summary's CPU). */
const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** YYYY-MM-DD of `at` in Vietnam. */
export function vietnamDate(at = new Date()): string {
  return VIETNAM_DAY.format(at);
}

/** A YYYY-MM-DD date `days` later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
