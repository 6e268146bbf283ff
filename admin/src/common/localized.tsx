/**
 * English names where they exist: an indicator's `nameEn`, a target's or key task's `titleEn`
 * in English, the Vietnamese field otherwise (and always in Vietnamese). Units have no English
 * field and are shown as stored.
 */
import { useLocale, useRecordContext } from "react-admin";

type Localizable = "name" | "title";

/** `record[field]`, or `record[field + "En"]` when the locale is English and that is filled. */
export function localized(
  record: object | null | undefined,
  field: Localizable,
  locale: string,
): string {
  if (!record) return "";
  const fields = record as Record<string, unknown>;
  const english = fields[`${field}En`];
  if (locale === "en" && typeof english === "string" && english.trim()) return english;
  const value = fields[field];
  return typeof value === "string" ? value : "";
}

/** The record's name or title in the UI's language, for lists and show pages. */
export function LocalizedField({ source }: { source: Localizable; label?: string }) {
  const record = useRecordContext();
  const locale = useLocale();
  return <span>{localized(record, source, locale)}</span>;
}
