/** The Reminder resource's pages, for `<Resource {...reminders} />` (App.tsx). */
import NotificationsIcon from "@mui/icons-material/Notifications";
import type { ResourceProps } from "react-admin";
import { ReminderList } from "./ReminderList";

export const reminders = {
  name: "Reminder",
  icon: NotificationsIcon,
  list: ReminderList,
} satisfies ResourceProps;
