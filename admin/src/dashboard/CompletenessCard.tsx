/**
 * For the provincial office: per agency, how many of the year's reports are
 * in, how many are missing and how late the latest is; worst first.
 */
import {
  Box,
  Card,
  CardContent,
  CardHeader,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslate } from "react-admin";
import { fetchAll } from "../common/useCongress";
import { graphql } from "../generated";
import { useMissingReports } from "./useMissingReports";

const COMPLETENESS_ASSIGNMENTS = graphql(`
  query CompletenessAssignments($filter: AssignmentFilter, $page: Int) {
    rows: allAssignments(filter: $filter, page: $page, perPage: 100) {
      agencyId
      agency {
        shortName
      }
    }
  }
`);

export function CompletenessCard({
  congressId,
  year,
  years,
  onYear,
}: {
  congressId: string;
  year: number;
  years: number[];
  onYear: (year: number) => void;
}) {
  const translate = useTranslate();
  const missing = useMissingReports(congressId, year);
  const assignments = useQuery({
    queryKey: ["completeness-assignments", congressId],
    queryFn: () => fetchAll(COMPLETENESS_ASSIGNMENTS, { filter: { congressId, active: true } }),
  });

  const rows = useMemo(() => {
    const byAgency = new Map<
      string,
      { name: string; expected: number; missing: number; maxLate: number }
    >();
    for (const a of assignments.data ?? []) {
      const row = byAgency.get(a.agencyId) ?? {
        name: a.agency.shortName,
        expected: 0,
        missing: 0,
        maxLate: 0,
      };
      row.expected++;
      byAgency.set(a.agencyId, row);
    }
    for (const m of missing.data ?? []) {
      const row = byAgency.get(m.agency.id) ?? {
        name: m.agency.shortName,
        expected: 0,
        missing: 0,
        maxLate: 0,
      };
      row.missing++;
      row.expected = Math.max(row.expected, row.missing);
      row.maxLate = Math.max(row.maxLate, m.daysLate);
      byAgency.set(m.agency.id, row);
    }
    return [...byAgency.values()].sort(
      (a, b) =>
        b.missing / b.expected - a.missing / a.expected ||
        b.maxLate - a.maxLate ||
        a.name.localeCompare(b.name),
    );
  }, [assignments.data, missing.data]);

  const totalExpected = rows.reduce((s, r) => s + r.expected, 0);
  const totalMissing = rows.reduce((s, r) => s + r.missing, 0);

  return (
    <Card sx={{ height: "100%" }} data-testid="completeness-card">
      <CardHeader
        slotProps={{ title: { variant: "h6" } }}
        title={translate("app.dashboard.completeness")}
        subheader={translate("app.dashboard.completeness_total", {
          done: totalExpected - totalMissing,
          total: totalExpected,
        })}
        action={
          <TextField
            select
            size="small"
            value={year}
            onChange={(e) => onYear(Number(e.target.value))}
            sx={{ mt: 1, mr: 1, minWidth: 90 }}
            aria-label={translate("app.dashboard.year")}
          >
            {years.map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
        }
      />
      <CardContent sx={{ pt: 0, maxHeight: 300, overflow: "auto" }}>
        {missing.error ? (
          <Typography color="error">{(missing.error as Error).message}</Typography>
        ) : (
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.Agency.name", { smart_count: 1 })}</TableCell>
                <TableCell sx={{ width: "30%" }}>{translate("app.dashboard.submitted")}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {translate("app.dashboard.missing_short")}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {translate("app.dashboard.max_late")}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => {
                const done = r.expected - r.missing;
                const share = r.expected ? (done / r.expected) * 100 : 100;
                return (
                  <TableRow key={r.name}>
                    <TableCell sx={{ whiteSpace: "nowrap" }}>{r.name}</TableCell>
                    <TableCell>
                      <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                        <LinearProgress
                          variant="determinate"
                          value={share}
                          color={share === 100 ? "success" : share >= 50 ? "warning" : "error"}
                          sx={{ flex: 1, height: 6, borderRadius: 3 }}
                        />
                        <Typography variant="caption" sx={{ whiteSpace: "nowrap" }}>
                          {done}/{r.expected}
                        </Typography>
                      </Box>
                    </TableCell>
                    <TableCell align="right">{r.missing || "—"}</TableCell>
                    <TableCell
                      align="right"
                      sx={{
                        whiteSpace: "nowrap",
                        color: r.maxLate > 0 ? "error.main" : "text.secondary",
                      }}
                    >
                      {r.maxLate > 0
                        ? translate("app.dashboard.days_late", { smart_count: r.maxLate })
                        : "—"}
                    </TableCell>
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
