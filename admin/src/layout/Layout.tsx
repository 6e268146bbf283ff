import type { ReactNode } from "react";
import { Layout as RaLayout } from "react-admin";
import { AppBar } from "./AppBar";
import { Menu } from "./Menu";

/**
 * react-admin's layout with one change: its root is `min-width: fit-content`,
 * so one wide table made every page wider than a phone's screen. Here the
 * page is the screen's width and wide content scrolls inside its own frame.
 */
const fitScreen = {
  minWidth: 0,
  "& .RaLayout-contentWithSidebar": { minWidth: 0 },
  "& .RaLayout-content": { minWidth: 0 },
} as const;

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={AppBar} menu={Menu} sx={fitScreen}>
      {children}
    </RaLayout>
  );
}
