/**
 * Targets × agencies: who leads (chủ trì, CT) and who coordinates (phối hợp,
 * PH) each target. Administrators click a cell to assign, move the lead or
 * end an assignment; everyone else reads it.
 */
import {
  Alert,
  Box,
  Card,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from "@mui/material";
import { Fragment, useMemo, useState } from "react";
import { Loading, Title, useCanAccess, useLocale, useTranslate } from "react-admin";
import { AGENCY_KINDS } from "../common/choices";
import { formatDate } from "../common/format";
import { localized } from "../common/localized";
import { CellDialog } from "./CellDialog";
import { useMatrixData, type MatrixAgency, type MatrixTarget } from "./useMatrixData";

const mark = (role: "LEAD" | "COORDINATE") => ({
  display: "inline-block",
  px: 0.5,
  borderRadius: 0.5,
  fontSize: 11,
  fontWeight: 600,
  lineHeight: "18px",
  whiteSpace: "nowrap",
  ...(role === "LEAD"
    ? { bgcolor: "primary.main", color: "#fff" }
    : { border: 1, borderColor: "secondary.main", color: "secondary.main" }),
});

export function AssignmentMatrix() {
  const translate = useTranslate();
  const locale = useLocale();
  const { canAccess: canAssign } = useCanAccess({ action: "edit", resource: "assignment-matrix" });
  const [onlyAssigned, setOnlyAssigned] = useState(true);
  // Ended leads stay on screen, greyed with their last day, while this is on (off by default).
  const [showEnded, setShowEnded] = useState(false);
  const { data, isPending, error } = useMatrixData(showEnded);
  const [cell, setCell] = useState<{ target: MatrixTarget; agency: MatrixAgency } | null>(null);

  const model = useMemo(() => {
    if (!data) return null;
    const indicatorTarget = new Map<string, string>();
    for (const t of data.targets)
      for (const i of t.indicators) if (i.active) indicatorTarget.set(i.id, t.id);
    // agencyId → targetId → counts
    const counts = new Map<string, Map<string, { lead: number; coordinate: number }>>();
    const leads = new Set<string>();
    for (const a of data.assignments) {
      const targetId = indicatorTarget.get(a.indicatorId);
      if (!targetId) continue;
      if (a.role === "LEAD") leads.add(a.indicatorId);
      const row = counts.get(a.agencyId) ?? new Map();
      const c = row.get(targetId) ?? { lead: 0, coordinate: 0 };
      if (a.role === "LEAD") c.lead++;
      else c.coordinate++;
      row.set(targetId, c);
      counts.set(a.agencyId, row);
    }
    // agencyId → targetId → the last day of its latest ended lead there
    const endedLeads = new Map<string, Map<string, string>>();
    for (const a of data.ended) {
      const targetId = indicatorTarget.get(a.indicatorId);
      if (!targetId || a.role !== "LEAD" || !a.endsOn) continue;
      const row = endedLeads.get(a.agencyId) ?? new Map<string, string>();
      if ((row.get(targetId) ?? "") < a.endsOn) row.set(targetId, a.endsOn);
      endedLeads.set(a.agencyId, row);
    }
    const agencyMap = new Map(data.agencies.map((a) => [a.id, a]));
    const missingLead = new Map(
      data.targets.map((t) => [
        t.id,
        t.indicators.filter((i) => i.active && !leads.has(i.id)).length,
      ]),
    );
    return { counts, endedLeads, agencyMap, missingLead };
  }, [data]);

  if (isPending) return <Loading />;
  if (error || !data || !model) {
    return (
      <Alert severity="error">
        {(error as Error | null)?.message ?? translate("ra.page.error")}
      </Alert>
    );
  }
  const agencies = data.agencies.filter(
    (a) => !onlyAssigned || model.counts.has(a.id) || model.endedLeads.has(a.id),
  );

  return (
    <Box sx={{ pb: 2 }}>
      <Title title="app.matrix.title" />
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: "center", my: 1.5, flexWrap: "wrap", rowGap: 1 }}
      >
        <Typography variant="h6" component="h1" sx={{ mr: 1 }}>
          {translate("app.matrix.title")}
        </Typography>
        <FormControlLabel
          control={
            <Switch checked={onlyAssigned} onChange={(e) => setOnlyAssigned(e.target.checked)} />
          }
          label={translate("app.matrix.only_assigned")}
          data-testid="only-assigned"
        />
        <FormControlLabel
          control={<Switch checked={showEnded} onChange={(e) => setShowEnded(e.target.checked)} />}
          label={translate("app.matrix.show_ended")}
          data-testid="show-ended"
        />
        <Box component="span" sx={mark("LEAD")}>
          {translate("app.matrix.lead_short")}
        </Box>
        <Typography variant="body2">{translate("app.enums.assignmentRole.LEAD")}</Typography>
        <Box component="span" sx={mark("COORDINATE")}>
          {translate("app.matrix.coordinate_short")}
        </Box>
        <Typography variant="body2">{translate("app.enums.assignmentRole.COORDINATE")}</Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(canAssign ? "app.matrix.help_admin" : "app.matrix.help_read")}
      </Typography>
      <Card sx={{ overflow: "auto", maxHeight: "calc(100vh - 190px)" }}>
        <Table
          size="small"
          stickyHeader
          data-testid="assignment-matrix"
          sx={{ "& td, & th": { px: 0.5 } }}
        >
          <TableHead>
            <TableRow>
              <TableCell
                sx={{ minWidth: { xs: 96, sm: 150 }, left: 0, zIndex: 3, position: "sticky" }}
              >
                {translate("resources.Agency.name", { smart_count: 1 })}
              </TableCell>
              {data.targets.map((t) => (
                <Tooltip key={t.id} title={`${t.number}. ${localized(t, "title", locale)}`}>
                  <TableCell
                    align="center"
                    sx={{ minWidth: 64, maxWidth: 88, fontWeight: 600, verticalAlign: "bottom" }}
                    data-testid={`matrix-head-${t.number}`}
                  >
                    {t.number}
                    {/* The title under the number, two lines at most: a bare number says nothing. */}
                    <Typography
                      variant="caption"
                      component="div"
                      sx={{
                        fontWeight: 400,
                        lineHeight: 1.2,
                        display: "-webkit-box",
                        WebkitLineClamp: 2,
                        WebkitBoxOrient: "vertical",
                        overflow: "hidden",
                      }}
                    >
                      {localized(t, "title", locale)}
                    </Typography>
                  </TableCell>
                </Tooltip>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {AGENCY_KINDS.map((kind) => {
              const group = agencies.filter((a) => a.kind === kind);
              if (group.length === 0) return null;
              return (
                <Fragment key={kind}>
                  <TableRow>
                    <TableCell
                      colSpan={data.targets.length + 1}
                      sx={{ bgcolor: "grey.100", fontWeight: 500, fontSize: 12, py: 0.5 }}
                    >
                      {translate(`app.enums.agencyKind.${kind}`)}
                    </TableCell>
                  </TableRow>
                  {group.map((agency) => (
                    <TableRow key={agency.id} hover>
                      <TableCell
                        sx={{
                          position: "sticky",
                          left: 0,
                          bgcolor: "background.paper",
                          zIndex: 1,
                          // On a phone the agency column stays narrow (names wrap) so targets show.
                          whiteSpace: { xs: "normal", sm: "nowrap" },
                          maxWidth: { xs: 110, sm: "none" },
                        }}
                        title={agency.name}
                      >
                        {agency.shortName}
                      </TableCell>
                      {data.targets.map((target) => {
                        const c = model.counts.get(agency.id)?.get(target.id);
                        const ended = model.endedLeads.get(agency.id)?.get(target.id);
                        const n = target.indicators.filter((i) => i.active).length;
                        return (
                          <TableCell
                            key={target.id}
                            align="center"
                            data-testid={`cell-${agency.code}-${target.number}`}
                            onClick={canAssign ? () => setCell({ target, agency }) : undefined}
                            sx={{
                              cursor: canAssign ? "pointer" : "default",
                              borderLeft: "1px solid",
                              borderLeftColor: "divider",
                              "&:hover": canAssign
                                ? {
                                    bgcolor: "action.hover",
                                    outline: "1px solid",
                                    outlineColor: "primary.light",
                                  }
                                : {},
                            }}
                          >
                            <Stack spacing={0.25} sx={{ alignItems: "center" }}>
                              {c?.lead ? (
                                <Box component="span" sx={mark("LEAD")} data-role="LEAD">
                                  {translate("app.matrix.lead_short")}
                                  {c.lead < n ? ` ${c.lead}/${n}` : ""}
                                </Box>
                              ) : null}
                              {c?.coordinate ? (
                                <Box
                                  component="span"
                                  sx={mark("COORDINATE")}
                                  data-role="COORDINATE"
                                >
                                  {translate("app.matrix.coordinate_short")}
                                  {c.coordinate < n ? ` ${c.coordinate}/${n}` : ""}
                                </Box>
                              ) : null}
                              {ended ? (
                                <Box
                                  component="span"
                                  data-testid="ended-lead"
                                  sx={{
                                    ...mark("LEAD"),
                                    bgcolor: "grey.300",
                                    color: "text.secondary",
                                    fontWeight: 400,
                                    // Two short lines, so the column stays as narrow as the others.
                                    whiteSpace: "normal",
                                    maxWidth: 80,
                                  }}
                                >
                                  {translate("app.matrix.lead_short")} ·{" "}
                                  {translate("app.matrix.ended_on", {
                                    date: formatDate(ended, locale),
                                  })}
                                </Box>
                              ) : null}
                            </Stack>
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  ))}
                </Fragment>
              );
            })}
            <TableRow>
              <TableCell
                sx={{ position: "sticky", left: 0, bgcolor: "background.paper", fontWeight: 500 }}
              >
                {translate("app.matrix.without_lead")}
              </TableCell>
              {data.targets.map((t) => {
                const missing = model.missingLead.get(t.id) ?? 0;
                return (
                  <TableCell
                    key={t.id}
                    align="center"
                    sx={{ color: missing ? "error.main" : "success.main", fontWeight: 600 }}
                  >
                    {missing || "✓"}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableBody>
        </Table>
      </Card>
      {cell ? (
        <CellDialog
          target={cell.target}
          agency={cell.agency}
          agencies={model.agencyMap}
          assignments={data.assignments}
          onClose={() => setCell(null)}
        />
      ) : null}
    </Box>
  );
}
