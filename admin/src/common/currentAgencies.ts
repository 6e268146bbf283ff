/** The agencies that exist today (the districts ended on 30/6/2025), all of them, by short name. */
import { graphql } from "../generated";
import type { CurrentAgenciesQuery } from "../generated/graphql";
import { vietnamToday } from "./format";
import { fetchAll } from "./useCongress";

const CURRENT_AGENCIES = graphql(`
  query CurrentAgencies($filter: AgencyFilter, $page: Int) {
    rows: allAgencies(filter: $filter, page: $page, perPage: 100, sortField: "shortName") {
      id
      code
      shortName
      name
      kind
    }
  }
`);

export type CurrentAgency = CurrentAgenciesQuery["rows"][number];

export function fetchCurrentAgencies(): Promise<CurrentAgency[]> {
  return fetchAll(CURRENT_AGENCIES, { filter: { validOn: vietnamToday() } });
}
