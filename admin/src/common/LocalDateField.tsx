/**
 * A date (dd/mm/yyyy) or a moment (HH:mm dd/mm/yyyy) of the record, in
 * Vietnam's time zone and the one format the whole panel uses (a date the
 * server sends as 2020-10-01 must not become 30/09 elsewhere).
 */
import { useLocaleState, useRecordContext } from "react-admin";
import { formatDate, formatDateTime } from "./format";

export function LocalDateField({
  source,
  showTime = false,
  emptyText = "—",
}: {
  source: string;
  showTime?: boolean;
  emptyText?: string;
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = source
    .split(".")
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], record) as
    string | null | undefined;
  if (!value) return <span>{emptyText}</span>;
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      {showTime ? formatDateTime(value, locale) : formatDate(value, locale)}
    </span>
  );
}
