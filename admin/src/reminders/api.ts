/** The reminders' GraphQL operations used by the bell and the profile page. */
import { graphql } from "../generated";
import type { BellFragment, MyReminderSettingsQuery, ReminderKind } from "../generated/graphql";
import { gql } from "../graphql";

/** The bell's selection; the identity's `Me` query carries it too, one round trip fewer. */
graphql(`
  fragment Bell on Query {
    bellItems: allReminders(
      perPage: 10
      sortField: "createdAt"
      sortOrder: "DESC"
      filter: { mine: true }
    ) {
      id
      kind
      subject
      link
      day
      readAt
    }
    bellUnread: _allRemindersMeta(filter: { mine: true, unread: true }) {
      count
    }
  }
`);

const BELL = graphql(`
  query BellItems {
    ...Bell
  }
`);
const MARK_READ = graphql(`
  mutation MarkRemindersRead($ids: [ID!]!) {
    markRemindersRead(ids: $ids) {
      id
    }
  }
`);
const SETTINGS = graphql(`
  query MyReminderSettings {
    myReminderSettings {
      kind
      enabled
    }
  }
`);
const SAVE_SETTING = graphql(`
  mutation SetReminderSetting($kind: ReminderKind!, $enabled: Boolean!) {
    setReminderSetting(kind: $kind, enabled: $enabled) {
      kind
      enabled
    }
  }
`);

export type BellItem = BellFragment["bellItems"][number];
export type ReminderSetting = MyReminderSettingsQuery["myReminderSettings"][number];

export interface BellData {
  items: BellItem[];
  unread: number;
}

export const bellOf = (data: BellFragment): BellData => ({
  items: data.bellItems,
  unread: data.bellUnread.count,
});

let prefetched: BellData | undefined;

/** Kept by the sign-in's identity query (authProvider), taken once by the bell. */
export function keepPrefetchedBell(data: BellFragment): void {
  prefetched = bellOf(data);
}

export async function fetchBell(): Promise<BellData> {
  const kept = prefetched;
  prefetched = undefined;
  if (kept) return kept;
  return bellOf(await gql(BELL));
}

export async function markRead(ids: string[]): Promise<number> {
  return (await gql(MARK_READ, { ids })).markRemindersRead.length;
}

export async function fetchSettings(): Promise<ReminderSetting[]> {
  return (await gql(SETTINGS)).myReminderSettings;
}

export async function saveSetting(
  kind: ReminderKind,
  enabled: boolean,
): Promise<ReminderSetting[]> {
  return (await gql(SAVE_SETTING, { kind, enabled })).setReminderSetting;
}

/** The admin route of a reminder's link ("/Measurement/…/show"), whatever PUBLIC_URL it was built with. */
export function routeOf(link: string): string | null {
  const hash = link.indexOf("#");
  return hash >= 0 ? link.slice(hash + 1) : null;
}
