/**
 * The sidebar, per role from permissions: those with work (reporting,
 * approving, assigning) see it first; leadership and other readers see a
 * "Theo dõi" section of reading pages with the completeness table instead.
 * API keys show to those who manage them or already hold one.
 */
import AssignmentTurnedInIcon from "@mui/icons-material/AssignmentTurnedIn";
import EditNoteIcon from "@mui/icons-material/EditNote";
import GridOnIcon from "@mui/icons-material/GridOn";
import { ListSubheader } from "@mui/material";
import type { ReactNode } from "react";
import ChecklistIcon from "@mui/icons-material/Checklist";
import { Menu as RaMenu, useCanAccess, useSidebarState, useTranslate } from "react-admin";
import { useQuery } from "@tanstack/react-query";
import { useCaller } from "../common/useCaller";
import type { Permission } from "../permissions";
import { graphql } from "../generated";
import { gql } from "../graphql";

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

const OWN_API_TOKENS = graphql(`
  query OwnApiTokenCount {
    _allApiTokensMeta {
      count
    }
  }
`);

/** Whether the caller holds an API key of their own (one small count, not a list). */
function useHoldsApiToken(enabled: boolean): boolean {
  const { data } = useQuery({
    queryKey: ["own-api-tokens"],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => (await gql(OWN_API_TOKENS))._allApiTokensMeta.count,
  });
  return (data ?? 0) > 0;
}

export function Menu() {
  const caller = useCaller();
  const can = (p: Permission) => caller?.permissions.includes(p) ?? false;
  const works = can("SaveMeasurement") || can("ApproveMeasurement") || can("AssignTarget");
  const provinceWide = can("ReviewAnyAgency") || (!!caller && !caller.agencyId);
  const managesTokens = can("ManageAnyApiToken");
  const holdsToken = useHoldsApiToken(!managesTokens && can("ManageOwnApiToken"));
  const showTokens = managesTokens || holdsToken;
  const completeness = provinceWide ? (
    <PageItem
      page="completeness"
      to="/completeness"
      label="app.menu.completeness"
      icon={<ChecklistIcon />}
    />
  ) : null;
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {works ? (
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
          {completeness}
          <PageItem
            page="assignment-matrix"
            to="/assignment-matrix"
            label="app.menu.matrix"
            icon={<GridOnIcon />}
          />
          <RaMenu.ResourceItem name="Measurement" />
          <RaMenu.ResourceItem name="Assignment" />
        </Section>
      ) : (
        <Section label="app.menu.follow">
          {completeness}
          <RaMenu.ResourceItem name="Measurement" />
          <PageItem
            page="assignment-matrix"
            to="/assignment-matrix"
            label="app.menu.matrix"
            icon={<GridOnIcon />}
          />
          <RaMenu.ResourceItem name="Assignment" />
        </Section>
      )}
      <Section label="app.menu.resolution">
        <RaMenu.ResourceItem name="Congress" />
        <RaMenu.ResourceItem name="KeyTask" />
        <RaMenu.ResourceItem name="Target" />
        <RaMenu.ResourceItem name="Indicator" />
        <RaMenu.ResourceItem name="Agency" />
      </Section>
      {can("ReadUser") || can("ReadAuditEvent") || showTokens ? (
        <Section label="app.menu.system">
          <RaMenu.ResourceItem name="User" />
          {showTokens ? <RaMenu.ResourceItem name="ApiToken" /> : null}
          <RaMenu.ResourceItem name="AuditEvent" />
          <RaMenu.ResourceItem name="Reminder" />
        </Section>
      ) : null}
    </RaMenu>
  );
}
