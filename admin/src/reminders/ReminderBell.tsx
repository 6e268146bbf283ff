/**
 * The bell in the app bar: the caller's latest reminders (e-mailed or kept in
 * the panel only when the server has no SMTP_URL), unread ones counted on it.
 */
import NotificationsIcon from "@mui/icons-material/Notifications";
import {
  Badge,
  Box,
  Button,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Typography,
} from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { useNavigate } from "react-router-dom";
import { useCaller } from "../common/useCaller";
import { fetchBell, markRead, routeOf, type BellItem } from "./api";

/** dd/mm/yyyy from YYYY-MM-DD. */
const dayText = (day: string) => day.split("-").reverse().join("/");

export function ReminderBell() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // After the identity: its query carries the bell's first answer (reminders/api.ts).
  const caller = useCaller();
  const { data } = useQuery({
    queryKey: ["reminder-bell"],
    queryFn: fetchBell,
    enabled: !!caller,
    refetchInterval: 60_000,
  });
  const unread = data?.unread ?? 0;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["reminder-bell"] });

  const open = async (item: BellItem) => {
    setAnchor(null);
    if (!item.readAt) await markRead([item.id]).finally(refresh);
    const route = routeOf(item.link);
    if (route) void navigate(route);
  };
  const readAll = async () => {
    const ids = (data?.items ?? []).filter((i) => !i.readAt).map((i) => i.id);
    if (ids.length) await markRead(ids).finally(refresh);
  };

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={`${translate("reminders.bell")}: ${translate("reminders.unread", { smart_count: unread })}`}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="reminder-bell"
      >
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
      >
        <Box sx={{ width: "min(24rem, calc(100vw - 2rem))" }} data-testid="reminder-list">
          <Typography variant="subtitle1" sx={{ px: 2, pt: 1 }}>
            {translate("reminders.bell")}
          </Typography>
          {data?.items.length ? (
            <List dense>
              {data.items.map((item) => (
                <ListItemButton key={item.id} onClick={() => void open(item)}>
                  <ListItemText
                    primary={item.subject}
                    secondary={dayText(item.day)}
                    slotProps={{ primary: { sx: { fontWeight: item.readAt ? 400 : 700 } } }}
                  />
                </ListItemButton>
              ))}
            </List>
          ) : (
            <Typography sx={{ px: 2, py: 1 }}>{translate("reminders.empty")}</Typography>
          )}
          <Box sx={{ display: "flex", justifyContent: "space-between", px: 1, pb: 1 }}>
            <Button size="small" onClick={() => void readAll()} disabled={unread === 0}>
              {translate("reminders.markAllRead")}
            </Button>
            <Button
              size="small"
              onClick={() => {
                setAnchor(null);
                void navigate("/profile");
              }}
            >
              {translate("reminders.settings")}
            </Button>
          </Box>
        </Box>
      </Popover>
    </>
  );
}
