import { AppBar as RaAppBar, TitlePortal } from "react-admin";
import { ReminderBell } from "../reminders/ReminderBell";
import { LanguageToggle } from "./LanguageToggle";

export function AppBar() {
  return (
    <RaAppBar
      toolbar={
        <>
          <ReminderBell />
          <LanguageToggle />
        </>
      }
    >
      <TitlePortal />
    </RaAppBar>
  );
}
