/** The goal of the indicator in context, worded as the resolution does. */
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { goalText, type GoalLike } from "./indicator";

export function GoalField(_props: { label?: string; source?: string }) {
  const record = useRecordContext<GoalLike & { id: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <span>{goalText(record, translate, locale)}</span>;
}
