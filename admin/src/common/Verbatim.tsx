/** Verbatim text of the resolution, set apart as a quotation. */
import { Box, Typography } from "@mui/material";
import { useRecordContext } from "react-admin";

export function Verbatim({ text }: { text?: string | null }) {
  if (!text) return null;
  return (
    <Box
      component="blockquote"
      sx={{
        m: 0,
        pl: 2,
        py: 0.5,
        borderLeft: 4,
        borderColor: "primary.main",
        bgcolor: "rgba(155, 28, 28, 0.04)",
      }}
    >
      <Typography
        variant="body2"
        sx={{
          whiteSpace: "pre-line",
          fontFamily: "Georgia, 'Times New Roman', serif",
          fontSize: 15,
        }}
      >
        {text}
      </Typography>
    </Box>
  );
}

export function VerbatimField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  return <Verbatim text={record?.[source] as string | undefined} />;
}
