/** The reminders' GraphQL operations used by the bell and the profile page. */
import { gql } from "../graphql";

export interface BellItem {
  id: string;
  kind: string;
  subject: string;
  link: string;
  day: string;
  readAt: string | null;
}

export const REMINDER_KINDS = ["DUE_SOON", "LATE", "DIGEST", "REOPENED", "RETURNED"] as const;

/** The bell's selection; the identity's `Me` query carries it too, one round trip fewer. */
export const BELL_SELECTION = `bellItems: allReminders(perPage: 10, sortField: "createdAt", sortOrder: "DESC", filter: { mine: true }) { id kind subject link day readAt }
  bellUnread: _allRemindersMeta(filter: { mine: true, unread: true }) { count }`;

export interface BellData {
  items: BellItem[];
  unread: number;
}

export interface BellAnswer {
  bellItems: BellItem[];
  bellUnread: { count: number };
}

export const bellOf = (data: BellAnswer): BellData => ({
  items: data.bellItems,
  unread: data.bellUnread.count,
});

let prefetched: BellData | undefined;

/** Kept by the sign-in's identity query (authProvider), taken once by the bell. */
export function keepPrefetchedBell(data: BellAnswer): void {
  prefetched = bellOf(data);
}

export async function fetchBell(): Promise<BellData> {
  const kept = prefetched;
  prefetched = undefined;
  if (kept) return kept;
  return bellOf(await gql<BellAnswer>(`{ ${BELL_SELECTION} }`));
}

export async function markRead(ids: string[]): Promise<number> {
  const data = await gql<{ markRemindersRead: { id: string }[] }>(
    `mutation($ids: [ID!]!) { markRemindersRead(ids: $ids) { id } }`,
    { ids },
  );
  return data.markRemindersRead.length;
}

export interface ReminderSetting {
  kind: string;
  enabled: boolean;
}

export async function fetchSettings(): Promise<ReminderSetting[]> {
  return (
    await gql<{ myReminderSettings: ReminderSetting[] }>(`{ myReminderSettings { kind enabled } }`)
  ).myReminderSettings;
}

export async function saveSetting(kind: string, enabled: boolean): Promise<ReminderSetting[]> {
  return (
    await gql<{ setReminderSetting: ReminderSetting[] }>(
      `mutation($kind: ReminderKind!, $enabled: Boolean!) { setReminderSetting(kind: $kind, enabled: $enabled) { kind enabled } }`,
      { kind, enabled },
    )
  ).setReminderSetting;
}

/** The admin route of a reminder's link ("/Measurement/…/show"), whatever PUBLIC_URL it was built with. */
export function routeOf(link: string): string | null {
  const hash = link.indexOf("#");
  return hash >= 0 ? link.slice(hash + 1) : null;
}
