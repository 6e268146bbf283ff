/**
 * react-admin's DateField in the panel's language and in Vietnam's time zone
 * (a date the server sends as 2020-10-01 must not become 30/09 elsewhere).
 */
import { DateField, useLocaleState, type DateFieldProps } from "react-admin";

export function LocalDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return (
    <DateField
      {...props}
      locales={locale === "en" ? "en-GB" : "vi-VN"}
      options={{ timeZone: "Asia/Ho_Chi_Minh", ...props.options }}
    />
  );
}
