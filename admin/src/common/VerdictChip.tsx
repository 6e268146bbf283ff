/** A verdict (Vượt, Đạt, Không đạt, Chưa có số liệu) and the in-term status, in their colours. */
import { Chip, Stack } from "@mui/material";
import { useTranslate } from "react-admin";
import { STATUS_COLOURS, VERDICT_COLOURS } from "./indicator";

export interface Progress {
  verdict: string;
  verdictLabel?: string | null;
  status?: string | null;
  statusLabel?: string | null;
  reason?: string | null;
  valueSoFar?: string | null;
  projected?: string | null;
  neededPerYear?: string | null;
  yearsCounted?: number[] | number | null;
  yearsMissing?: number[] | number | null;
}

export function VerdictChip({
  verdict,
  size = "small",
}: {
  verdict?: string | null;
  size?: "small" | "medium";
}) {
  const translate = useTranslate();
  const key = verdict ?? "NO_DATA";
  const colour = VERDICT_COLOURS[key] ?? VERDICT_COLOURS.NO_DATA;
  return (
    <Chip
      size={size}
      label={translate(`app.verdict.${key}`)}
      data-verdict={key}
      sx={{
        bgcolor: key === "NO_DATA" ? "transparent" : colour,
        color: key === "NO_DATA" ? "text.secondary" : "#fff",
        border: key === "NO_DATA" ? `1px dashed ${colour}` : "none",
        fontWeight: 500,
      }}
    />
  );
}

export function TrackChip({ status }: { status?: string | null }) {
  const translate = useTranslate();
  if (!status) return null;
  const colour = STATUS_COLOURS[status] ?? "#757575";
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate(`app.track.${status}`)}
      sx={{ borderColor: colour, color: colour }}
    />
  );
}

/** The verdict and, during the term, whether it is on track. */
export function ProgressChips({ progress }: { progress?: Progress | null }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }}>
      <VerdictChip verdict={progress?.verdict} />
      <TrackChip status={progress?.status} />
    </Stack>
  );
}
