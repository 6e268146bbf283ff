/** Notifications at the top, under the app bar: at the bottom they covered the forms' save buttons. */
import { Notification as RaNotification } from "react-admin";

export function Notification() {
  return <RaNotification anchorOrigin={{ vertical: "top", horizontal: "center" }} sx={{ mt: 6 }} />;
}
