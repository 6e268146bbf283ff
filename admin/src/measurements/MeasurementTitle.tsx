/** "Số liệu 3.a · Năm 2025" in the app bar. */
import { useRecordContext, useTranslate } from "react-admin";
import { periodText } from "../common/indicator";

export function MeasurementTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const code = (record.indicator as { code?: string } | undefined)?.code;
  return (
    <span>
      {translate("resources.Measurement.name", { smart_count: 1 })} {code ? `${code} · ` : ""}
      {periodText(record.year as number, record.period as string, translate)}
    </span>
  );
}
