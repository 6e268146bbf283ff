import { AppBar as RaAppBar, TitlePortal } from "react-admin";
import { LanguageToggle } from "./LanguageToggle";

export function AppBar() {
  return (
    <RaAppBar toolbar={<LanguageToggle />}>
      <TitlePortal />
    </RaAppBar>
  );
}
