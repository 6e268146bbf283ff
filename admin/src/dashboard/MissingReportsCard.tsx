/** An agency's reports not yet submitted for the year, latest due first, with how late each is. */
import {
  Card,
  CardContent,
  CardHeader,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { Link, useCreatePath, useLocaleState, useTranslate } from "react-admin";
import { formatDate } from "../common/format";
import { useMissingReports } from "./useMissingReports";
import { localized } from "../common/localized";

export function MissingReportsCard({
  congressId,
  year,
  agencyId,
  canReport,
}: {
  congressId: string;
  year: number;
  agencyId: string;
  canReport: boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { data, isPending, error } = useMissingReports(congressId, year, agencyId);
  const rows = [...(data ?? [])].sort((a, b) => b.daysLate - a.daysLate);
  return (
    <Card sx={{ height: "100%" }} data-testid="missing-card">
      <CardHeader
        slotProps={{ title: { variant: "h6" } }}
        title={
          rows.length
            ? translate("app.dashboard.missing", { smart_count: rows.length, year })
            : translate(isPending ? "ra.page.loading" : "app.dashboard.missing_complete", { year })
        }
        subheader={translate("app.dashboard.missing_help")}
      />
      <CardContent sx={{ pt: 0, maxHeight: 300, overflow: "auto" }}>
        {error ? (
          <Typography color="error">{(error as Error).message}</Typography>
        ) : isPending ? null : rows.length === 0 ? (
          <Typography color="text.secondary">{translate("app.dashboard.missing_none")}</Typography>
        ) : (
          <Table size="small">
            <TableBody>
              {rows.map((r) => {
                const create = `${createPath({ resource: "Measurement", type: "create" })}?source=${encodeURIComponent(
                  JSON.stringify({ indicatorId: r.indicator.id, year: r.year, period: r.period }),
                )}`;
                return (
                  <TableRow key={`${r.assignment.id}-${r.period}`}>
                    <TableCell>
                      <strong>{r.indicator.code}</strong> {localized(r.indicator, "name", locale)}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: "nowrap" }}>
                      <Stack spacing={0.25}>
                        <Typography variant="caption">
                          {translate("app.dashboard.due_on", { date: formatDate(r.dueOn, locale) })}
                        </Typography>
                        {r.daysLate > 0 ? (
                          <Chip
                            size="small"
                            color="error"
                            variant="outlined"
                            label={translate("app.dashboard.days_late", {
                              smart_count: r.daysLate,
                            })}
                          />
                        ) : null}
                      </Stack>
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={r.state === "RETURNED" ? "warning" : "default"}
                        label={translate(`app.dashboard.state.${r.state}`, { _: r.state })}
                      />
                      {r.state === "RETURNED" && r.measurement ? (
                        <Typography
                          variant="caption"
                          component="p"
                          color="text.secondary"
                          data-testid={`returned-reason-${r.indicator.code}`}
                        >
                          {r.measurement.lastReturn?.reason ?? r.measurement.reviewNote ?? ""}
                        </Typography>
                      ) : null}
                    </TableCell>
                    {canReport ? (
                      <TableCell>
                        {r.state === "MISSING" ? (
                          <Link to={create}>{translate("app.reporting.enter")}</Link>
                        ) : r.measurement ? (
                          <Link
                            to={createPath({
                              resource: "Measurement",
                              type: "edit",
                              id: r.measurement.id,
                            })}
                            data-testid={`fix-${r.indicator.code}`}
                          >
                            {translate(
                              r.state === "RETURNED"
                                ? "app.reporting.fix"
                                : "app.reporting.continue",
                            )}
                          </Link>
                        ) : null}
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
