/** Picks the indicator of the previous term this one continues (checked by the server: earlier term, same unit). */
import { AutocompleteInput, ReferenceInput } from "react-admin";

export function PredecessorInput() {
  return (
    <ReferenceInput
      source="predecessorId"
      reference="Indicator"
      sort={{ field: "code", order: "ASC" }}
    >
      <AutocompleteInput
        label="terms.predecessor"
        helperText="terms.predecessor_help"
        optionText={(r: { code: string; name: string; unit: string }) =>
          `${r.code} ${r.name} (${r.unit})`
        }
        filterToQuery={(q: string) => ({ q })}
        parse={(v: string | null) => v || null}
        fullWidth
      />
    </ReferenceInput>
  );
}
