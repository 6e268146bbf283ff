/**
 * What qualifies a figure, shown beside it: the date it was reported on, the value in the unit
 * it was reported in with the conversion rate and its source (71,1 triệu đồng/người ≈ 2.900
 * USD/người), and its methodology note.
 */
import { Typography } from "@mui/material";
import { Labeled, useLocaleState, useRecordContext } from "react-admin";
import { FieldRow } from "../common/FieldRow";
import { formatDate, formatNumber, formatValue } from "../common/format";

export function FigureCaveats() {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  const converted = record.reportedValue && record.reportedUnit;
  if (!record.reportedOn && !converted && !record.methodologyNote) return null;
  return (
    <FieldRow mt={1}>
      {record.reportedOn ? (
        <Labeled label="resources.Measurement.fields.reportedOn">
          <Typography variant="body2">{formatDate(record.reportedOn as string, locale)}</Typography>
        </Labeled>
      ) : null}
      {converted ? (
        <Labeled label="resources.Measurement.fields.reportedValue">
          <Typography variant="body2" data-testid="figure-conversion">
            {formatValue(record.reportedValue as string, record.reportedUnit as string, locale)}
            {" ÷ "}
            {formatNumber(record.conversionRate as string, locale, 6)}
            {record.rateSource ? ` (${record.rateSource as string})` : ""}
          </Typography>
        </Labeled>
      ) : null}
      {record.methodologyNote ? (
        <Labeled label="resources.Measurement.fields.methodologyNote">
          <Typography variant="body2">{record.methodologyNote as string}</Typography>
        </Labeled>
      ) : null}
    </FieldRow>
  );
}
