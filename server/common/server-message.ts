/**
 * Shared with the admin (admin/src/i18n/i18nProvider.ts), as numbers.ts is.
 * The server words its errors "Vietnamese (English)". The admin shows the part in the UI's
 * language: "Năm không hợp lệ (year out of range)" reads "Năm không hợp lệ" in Vietnamese and
 * "Year out of range" in English. A message without a trailing parenthesis is left alone, and so
 * is one whose last parenthesis is not English (it holds Vietnamese letters) or is unbalanced.
 */

/** Letters only Vietnamese uses (đ, ơ, ư, the toned vowels): their presence means "not the English part". */
const VIETNAMESE = /[đĐơƠưƯăĂâÂêÊôÔàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/;

/** Splits "vi (en)" at its last balanced parenthesis; undefined when the message is not of that form. */
export function splitServerMessage(message: string): { vi: string; en: string } | undefined {
  const text = message.trim();
  if (!text.endsWith(")")) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ")") depth++;
    else if (c === "(") depth--;
    if (depth === 0) {
      const vi = text.slice(0, i).trim();
      const en = text.slice(i + 1, -1).trim();
      if (!vi || !en || VIETNAMESE.test(en)) return undefined;
      return { vi, en };
    }
  }
  return undefined; // unbalanced: more ")" than "("
}

/** The message in `locale` ("vi" or "en"); anything else, or a message not "vi (en)", unchanged. */
export function messageInLocale(message: string, locale: string): string {
  const parts = splitServerMessage(message);
  if (!parts) return message;
  if (locale === "en") return parts.en.charAt(0).toUpperCase() + parts.en.slice(1);
  if (locale === "vi") return parts.vi;
  return message;
}
