/** A figure's value with its indicator's unit ("7,5%"), when the row carries `indicator { unit }`. */
import { useLocaleState, useRecordContext } from "react-admin";
import { formatValue } from "./format";

export function ValueField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  const unit = (record.indicator as { unit?: string } | undefined)?.unit;
  return (
    <span style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
      {formatValue(record.value as string, unit, locale)}
    </span>
  );
}
