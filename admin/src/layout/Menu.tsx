/** The sidebar: work first (approvals, reporting, assignments), then the resolution, then the system. */
import AssignmentTurnedInIcon from "@mui/icons-material/AssignmentTurnedIn";
import EditNoteIcon from "@mui/icons-material/EditNote";
import GridOnIcon from "@mui/icons-material/GridOn";
import { ListSubheader } from "@mui/material";
import type { ReactNode } from "react";
import { Menu as RaMenu, useCanAccess, useSidebarState, useTranslate } from "react-admin";

function Section({ label, children }: { label: string; children: ReactNode }) {
  const [open] = useSidebarState();
  const translate = useTranslate();
  return (
    <>
      {open ? (
        <ListSubheader
          disableSticky
          sx={{
            lineHeight: "32px",
            mt: 1,
            bgcolor: "transparent",
            fontSize: 12,
            letterSpacing: 0.5,
          }}
        >
          {translate(label).toUpperCase()}
        </ListSubheader>
      ) : null}
      {children}
    </>
  );
}

function PageItem({
  page,
  to,
  label,
  icon,
}: {
  page: string;
  to: string;
  label: string;
  icon: ReactNode;
}) {
  const { canAccess } = useCanAccess({ action: "list", resource: page });
  const translate = useTranslate();
  if (!canAccess) return null;
  return <RaMenu.Item to={to} primaryText={translate(label)} leftIcon={icon} />;
}

export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <Section label="app.menu.work">
        <PageItem
          page="approvals"
          to="/approvals"
          label="app.menu.approvals"
          icon={<AssignmentTurnedInIcon />}
        />
        <PageItem
          page="reporting"
          to="/reporting"
          label="app.menu.reporting"
          icon={<EditNoteIcon />}
        />
        <PageItem
          page="assignment-matrix"
          to="/assignment-matrix"
          label="app.menu.matrix"
          icon={<GridOnIcon />}
        />
        <RaMenu.ResourceItem name="Measurement" />
        <RaMenu.ResourceItem name="Assignment" />
      </Section>
      <Section label="app.menu.resolution">
        <RaMenu.ResourceItem name="Congress" />
        <RaMenu.ResourceItem name="KeyTask" />
        <RaMenu.ResourceItem name="Target" />
        <RaMenu.ResourceItem name="Indicator" />
        <RaMenu.ResourceItem name="Agency" />
      </Section>
      <Section label="app.menu.system">
        <RaMenu.ResourceItem name="User" />
        <RaMenu.ResourceItem name="ApiToken" />
        <RaMenu.ResourceItem name="AuditEvent" />
        <RaMenu.ResourceItem name="Reminder" />
      </Section>
    </RaMenu>
  );
}
