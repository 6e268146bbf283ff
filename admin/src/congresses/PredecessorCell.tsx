/**
 * In the draft table of a resolution being loaded: which indicator of the previous term a
 * drafted indicator continues. The server proposes one (same unit and kinds, closest name),
 * marked as such; the administrator keeps it, picks another or none.
 */
import { MenuItem, TextField } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { graphql } from "../generated";
import type { PreviousIndicatorsQuery } from "../generated/graphql";
import { gql } from "../graphql";

type Candidate = PreviousIndicatorsQuery["allIndicators"][number];

const PREVIOUS = graphql(`
  query PreviousTerm($c: ID!) {
    Congress(id: $c) {
      ordinal
      provinceId
    }
    allCongresses(perPage: 50) {
      id
      ordinal
      provinceId
    }
  }
`);
const INDICATORS = graphql(`
  query PreviousIndicators($c: ID) {
    allIndicators(filter: { congressId: $c, active: true }, perPage: 100) {
      id
      code
      name
      unit
    }
  }
`);

/** The previous congress's indicators, read once for every row of the table. */
function usePreviousTermIndicators(congressId: string): Candidate[] {
  const { data } = useQuery({
    queryKey: ["previous-term-indicators", congressId],
    queryFn: async () => {
      const { Congress, allCongresses } = await gql(PREVIOUS, { c: congressId });
      const previous = allCongresses
        .filter((c) => c.provinceId === Congress.provinceId && c.ordinal < Congress.ordinal)
        .sort((a, b) => b.ordinal - a.ordinal)[0];
      if (!previous) return [];
      return (await gql(INDICATORS, { c: previous.id })).allIndicators;
    },
  });
  return data ?? [];
}

export function PredecessorCell(props: {
  congressId: string;
  value: string | null;
  proposedId: string | null | undefined;
  disabled?: boolean;
  onChange: (id: string | null) => void;
  testId: string;
}) {
  const translate = useTranslate();
  const candidates = usePreviousTermIndicators(props.congressId);
  const known = !props.value || candidates.some((c) => c.id === props.value);
  return (
    <TextField
      select
      size="small"
      value={known ? (props.value ?? "") : ""}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value || null)}
      slotProps={{ htmlInput: { "data-testid": props.testId } }}
      sx={{ minWidth: 160, maxWidth: 260 }}
    >
      <MenuItem value="">{translate("terms.none")}</MenuItem>
      {candidates.map((c) => (
        <MenuItem key={c.id} value={c.id}>
          {c.code} {c.name} ({c.unit})
          {c.id === props.proposedId ? ` — ${translate("terms.proposed")}` : ""}
        </MenuItem>
      ))}
    </TextField>
  );
}
