/** Vietnamese by default, English one click away; polyglot, as react-admin ships it. */
import polyglotI18nProvider from "ra-i18n-polyglot";
import type { I18nProvider } from "react-admin";
import { en } from "./en";
import { messageInLocale } from "../../../server/common/server-message";
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

const polyglot = polyglotI18nProvider(
  (locale) => (locale === "en" ? en : vi),
  initialLocale(),
  [
    { locale: "vi", name: "Tiếng Việt" },
    { locale: "en", name: "English" },
  ],
  { allowMissing: true },
);

/**
 * Polyglot, plus the one place server messages meet the screen: notifications and field errors
 * go through translate with the server's own words as the key, which no catalogue holds. Those
 * ("Vietnamese (English)") come out in the UI's language only; catalogue texts are untouched.
 */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  translate: (key, options) => {
    const text = polyglot.translate(key, options);
    const untranslated = text === key || text === (options as { _?: string } | undefined)?._;
    return untranslated && /\s/.test(key) ? messageInLocale(text, polyglot.getLocale()) : text;
  },
};
