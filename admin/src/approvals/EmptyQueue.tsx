import TaskAltIcon from "@mui/icons-material/TaskAlt";
import { Box, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

export function EmptyQueue() {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: "center", py: 6, width: "100%" }} data-testid="queue-empty">
      <TaskAltIcon sx={{ fontSize: 64, color: "success.main" }} />
      <Typography variant="h6">{translate("app.approvals.empty")}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate("app.approvals.empty_help")}
      </Typography>
    </Box>
  );
}
