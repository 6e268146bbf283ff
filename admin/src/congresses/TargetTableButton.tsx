/**
 * "Biểu chỉ tiêu": the official target table of a congress for a chosen
 * year, downloaded as XLSX from the server. The year starts at the term's
 * last year that has an approved figure (the term's last year if none).
 */
import TableViewIcon from "@mui/icons-material/TableView";
import { Button, MenuItem, Stack, TextField } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { graphql } from "../generated";
import { gql } from "../graphql";
import type { Congress } from "../generated/schema";

const LAST_APPROVED_YEAR = graphql(`
  query LastApprovedYear($c: ID) {
    allMeasurements(
      perPage: 1
      sortField: "year"
      sortOrder: "DESC"
      filter: { congressId: $c, status: APPROVED }
    ) {
      year
    }
  }
`);

type TermLike = Pick<Congress, "id" | "termStartYear" | "termEndYear">;

function useLastYearWithData(congress: TermLike, known: number | null | undefined) {
  return useQuery({
    queryKey: ["last-approved-year", congress.id],
    staleTime: 60_000,
    // The dashboard knows it from its own answer; the congress page asks.
    enabled: known === undefined,
    queryFn: async () => {
      const { allMeasurements } = await gql(LAST_APPROVED_YEAR, { c: congress.id });
      return withinTerm(congress, allMeasurements[0]?.year ?? null);
    },
  });
}

function withinTerm(congress: TermLike, year: number | null): number | null {
  return year ? Math.min(Math.max(year, congress.termStartYear + 1), congress.termEndYear) : null;
}

export function targetTableUrl(congressId: string, year: number, format = "xlsx"): string {
  return `/exports/target-table.${format}?${new URLSearchParams({ congressId, year: String(year) })}`;
}

export function TargetTableButton({
  congress,
  lastYearWithData,
}: {
  congress: TermLike;
  /** Known by the caller (the dashboard); undefined: the button reads it itself. */
  lastYearWithData?: number | null;
}) {
  const translate = useTranslate();
  const asked = useLastYearWithData(congress, lastYearWithData);
  const [chosen, setChosen] = useState<number | null>(null);
  const known =
    lastYearWithData === undefined ? asked.data : withinTerm(congress, lastYearWithData);
  const year = chosen ?? known ?? congress.termEndYear;
  const years: number[] = [];
  for (let y = congress.termEndYear; y > congress.termStartYear; y--) years.push(y);
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: "center" }}
      data-testid="target-table-export"
    >
      <TextField
        select
        size="small"
        label={translate("app.target_table.year")}
        value={year}
        onChange={(e) => setChosen(Number(e.target.value))}
        fullWidth={false}
        sx={{ width: 110 }}
        slotProps={{ htmlInput: { "data-testid": "target-table-year" } }}
      >
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      <Button
        variant="outlined"
        startIcon={<TableViewIcon />}
        href={targetTableUrl(congress.id, year)}
        download={`bieu-chi-tieu-${year}.xlsx`}
        disabled={lastYearWithData === undefined && asked.isPending}
        data-testid="target-table-button"
        sx={{ whiteSpace: "nowrap" }}
      >
        {translate("app.target_table.button")}
      </Button>
    </Stack>
  );
}
