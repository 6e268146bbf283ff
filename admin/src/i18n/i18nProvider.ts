/** Vietnamese by default, English one click away; polyglot, as react-admin ships it. */
import polyglotI18nProvider from "ra-i18n-polyglot";
import { en } from "./en";
import { vi } from "./vi";

const STORED = "RaStore.locale";

function initialLocale(): "vi" | "en" {
  // react-admin keeps the chosen locale in its store; otherwise Vietnamese, whatever the browser says.
  try {
    const stored = JSON.parse(localStorage.getItem(STORED) ?? "null");
    if (stored === "en" || stored === "vi") return stored;
  } catch {
    // fall through
  }
  return "vi";
}

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === "en" ? en : vi),
  initialLocale(),
  [
    { locale: "vi", name: "Tiếng Việt" },
    { locale: "en", name: "English" },
  ],
  { allowMissing: true },
);
