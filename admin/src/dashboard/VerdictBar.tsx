/** A bar split by verdict: how many parts are exceeded, met, not met, without data. */
import { Box, Tooltip } from "@mui/material";
import { useTranslate } from "react-admin";
import { VERDICT_COLOURS } from "../common/indicator";

export const VERDICT_ORDER = ["EXCEEDED", "MET", "NOT_MET", "NO_DATA"] as const;

export function VerdictBar({
  counts,
  height = 10,
}: {
  counts: Record<string, number>;
  height?: number;
}) {
  const translate = useTranslate();
  const total = VERDICT_ORDER.reduce((sum, v) => sum + (counts[v] ?? 0), 0) || 1;
  return (
    <Box
      role="img"
      aria-label={VERDICT_ORDER.map(
        (v) => `${translate(`app.verdict.${v}`)}: ${counts[v] ?? 0}`,
      ).join(", ")}
      sx={{
        display: "flex",
        height,
        borderRadius: height / 2,
        overflow: "hidden",
        bgcolor: "grey.200",
      }}
    >
      {VERDICT_ORDER.filter((v) => counts[v]).map((v) => (
        <Tooltip key={v} title={`${translate(`app.verdict.${v}`)}: ${counts[v]}`}>
          <Box
            sx={{
              width: `${((counts[v] ?? 0) / total) * 100}%`,
              bgcolor: v === "NO_DATA" ? "grey.300" : VERDICT_COLOURS[v],
              borderRight: "1px solid #fff",
            }}
          />
        </Tooltip>
      ))}
    </Box>
  );
}
