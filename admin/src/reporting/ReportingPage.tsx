/**
 * The reporter's desk: what was returned and why, drafts not yet sent, and
 * every indicator assigned to the agency by year of the term. A click on a
 * year opens the figure, or the form to enter it.
 */
import AddIcon from "@mui/icons-material/Add";
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  List as MuiList,
  ListItemButton,
  ListItemText,
  ListSubheader,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { Link, Loading, Title, useCreatePath, useLocaleState, useTranslate } from "react-admin";
import { AssignmentRoleChip } from "../assignments/AssignmentRoleField";
import { AGENCY_KINDS } from "../common/choices";
import { formatValue } from "../common/format";
import { goalText, periodText } from "../common/indicator";
import { StatusChip } from "../common/StatusChip";
import { useCaller } from "../common/useCaller";
import { useCongress } from "../common/useCongress";
import { useReportingAgencies, useReportingData, type ReportingFigure } from "./useReportingData";

const STATUS_RANK: Record<string, number> = { APPROVED: 3, SUBMITTED: 2, RETURNED: 1, DRAFT: 0 };

export function ReportingPage() {
  const caller = useCaller();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const [picked, setPicked] = useState<string>("");
  const agencyId = caller?.agencyId ?? (picked || undefined);
  const { data: congress } = useCongress();
  const { data, isPending, error } = useReportingData(agencyId);
  const { data: agencies } = useReportingAgencies(!!caller && !caller.agencyId);
  if (!caller) return <Loading />;

  const currentYear = new Date().getFullYear();
  const years: number[] = [];
  // Figures are reported for the years after the congress, as the server's progress counts them.
  const firstYear = (congress?.termStartYear ?? 2020) + 1;
  const lastYear = Math.min(congress?.termEndYear ?? currentYear, currentYear);
  for (let y = firstYear; y <= lastYear; y++) years.push(y);

  const figureFor = (indicatorId: string, year: number): ReportingFigure | undefined =>
    (data?.figures ?? [])
      .filter((f) => f.indicatorId === indicatorId && f.year === year && f.period === "YEAR")
      .sort((a, b) => (STATUS_RANK[b.status] ?? 0) - (STATUS_RANK[a.status] ?? 0))[0];
  const show = (id: string) => createPath({ resource: "Measurement", id, type: "show" });
  const edit = (id: string) => createPath({ resource: "Measurement", id, type: "edit" });
  const create = (indicatorId: string, year: number) =>
    `${createPath({ resource: "Measurement", type: "create" })}?source=${encodeURIComponent(
      JSON.stringify({ indicatorId, year, period: "YEAR" }),
    )}`;
  const indicatorName = (id: string) => data?.indicators.find((i) => i.id === id);
  const returned = (data?.figures ?? []).filter((f) => f.status === "RETURNED");
  const drafts = (data?.figures ?? []).filter((f) => f.status === "DRAFT");
  const agencyName =
    caller.agency?.shortName ?? agencies?.find((a) => a.id === picked)?.shortName ?? "";

  return (
    <Box sx={{ py: 2, minWidth: 0, maxWidth: "100%" }}>
      <Title title={`${translate("app.reporting.title")}${agencyName ? ` · ${agencyName}` : ""}`} />
      {!caller.agencyId ? (
        <TextField
          select
          size="small"
          label={translate("resources.Measurement.fields.agencyId")}
          value={picked}
          onChange={(e) => setPicked(e.target.value)}
          sx={{ minWidth: 280, mb: 2 }}
        >
          {/* Grouped by kind, as the assignment matrix groups them: departments … communes, wards. */}
          {AGENCY_KINDS.flatMap((kind) => {
            const group = (agencies ?? []).filter((a) => a.kind === kind);
            if (group.length === 0) return [];
            return [
              <ListSubheader key={kind}>{translate(`app.enums.agencyKind.${kind}`)}</ListSubheader>,
              ...group.map((a) => (
                <MenuItem key={a.id} value={a.id}>
                  {a.shortName}
                </MenuItem>
              )),
            ];
          })}
        </TextField>
      ) : null}
      {!agencyId ? (
        <Alert severity="info">{translate("app.reporting.pick_agency")}</Alert>
      ) : isPending ? (
        <Loading />
      ) : error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : (
        <Stack spacing={2}>
          {returned.length || drafts.length ? (
            <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
              {returned.length ? (
                <Card sx={{ flex: 1 }} data-testid="returned-figures">
                  <CardHeader
                    title={translate("app.reporting.returned", { smart_count: returned.length })}
                  />
                  <MuiList dense>
                    {returned.map((f) => (
                      <ListItemButton key={f.id} component={Link} to={edit(f.id)}>
                        <ListItemText
                          primary={`${indicatorName(f.indicatorId)?.code ?? ""} · ${periodText(f.year, f.period, translate)} · ${formatValue(f.value, indicatorName(f.indicatorId)?.unit, locale)}`}
                          secondary={`${translate("app.measurement.returned_reason")}: ${f.reviewNote ?? "—"}`}
                        />
                      </ListItemButton>
                    ))}
                  </MuiList>
                </Card>
              ) : null}
              {drafts.length ? (
                <Card sx={{ flex: 1 }} data-testid="draft-figures">
                  <CardHeader
                    title={translate("app.reporting.drafts", { smart_count: drafts.length })}
                  />
                  <MuiList dense>
                    {drafts.map((f) => (
                      <ListItemButton key={f.id} component={Link} to={show(f.id)}>
                        <ListItemText
                          primary={`${indicatorName(f.indicatorId)?.code ?? ""} · ${periodText(f.year, f.period, translate)} · ${formatValue(f.value, indicatorName(f.indicatorId)?.unit, locale)}`}
                          secondary={translate("app.reporting.draft_help")}
                        />
                      </ListItemButton>
                    ))}
                  </MuiList>
                </Card>
              ) : null}
            </Stack>
          ) : null}
          <Card>
            <CardHeader
              title={translate("app.reporting.assigned", {
                smart_count: data?.indicators.length ?? 0,
              })}
              subheader={translate("app.reporting.help")}
            />
            <CardContent sx={{ pt: 0, overflowX: "auto" }}>
              {data?.indicators.length ? (
                <Table size="small" data-testid="reporting-table">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate("resources.Indicator.fields.code")}</TableCell>
                      <TableCell>{translate("resources.Indicator.fields.name")}</TableCell>
                      <TableCell>{translate("resources.Indicator.fields.goal")}</TableCell>
                      <TableCell>{translate("resources.Assignment.fields.role")}</TableCell>
                      {years.map((y) => (
                        <TableCell key={y} align="center">
                          {y}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.indicators.map((indicator) => {
                      const role = indicator.assignments.find((a) => a.agencyId === agencyId)?.role;
                      return (
                        <TableRow key={indicator.id} hover>
                          <TableCell>{indicator.code}</TableCell>
                          <TableCell sx={{ minWidth: 220 }}>{indicator.name}</TableCell>
                          <TableCell sx={{ whiteSpace: "nowrap" }}>
                            {goalText(indicator, translate, locale)}
                          </TableCell>
                          <TableCell>
                            <AssignmentRoleChip role={role} />
                          </TableCell>
                          {years.map((year) => {
                            const f = figureFor(indicator.id, year);
                            return (
                              <TableCell
                                key={year}
                                align="center"
                                data-testid={`report-${indicator.code}-${year}`}
                              >
                                {f ? (
                                  <Link
                                    to={show(f.id)}
                                    style={{ textDecoration: "none", color: "inherit" }}
                                  >
                                    <Stack spacing={0.25} sx={{ alignItems: "center" }}>
                                      <Typography
                                        variant="body2"
                                        sx={{
                                          whiteSpace: "nowrap",
                                          fontVariantNumeric: "tabular-nums",
                                        }}
                                      >
                                        {formatValue(f.value, indicator.unit, locale)}
                                      </Typography>
                                      <StatusChip status={f.status} />
                                    </Stack>
                                  </Link>
                                ) : (
                                  <Chip
                                    size="small"
                                    variant="outlined"
                                    icon={<AddIcon />}
                                    label={translate("app.reporting.enter")}
                                    component={Link}
                                    to={create(indicator.id, year)}
                                    clickable
                                  />
                                )}
                              </TableCell>
                            );
                          })}
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              ) : (
                <Typography color="text.secondary">{translate("app.reporting.none")}</Typography>
              )}
            </CardContent>
          </Card>
        </Stack>
      )}
    </Box>
  );
}
