/** The congress the panel follows (common/currentCongress.ts says which). */
import { useQuery } from "@tanstack/react-query";
import { takePrefetchedCongress } from "../authProvider";
import { gql } from "../graphql";
import {
  CONGRESS_CANDIDATES,
  pickCurrentCongress,
  type CongressCandidate,
  type CongressSummary,
} from "./currentCongress";

export type { CongressSummary };

export function useCongress() {
  return useQuery({
    queryKey: ["current-congress"],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const prefetched = takePrefetchedCongress();
      if (prefetched !== undefined) return prefetched;
      const { allCongresses } = await gql<{ allCongresses: CongressCandidate[] }>(
        `query CurrentCongress { ${CONGRESS_CANDIDATES} }`,
      );
      return pickCurrentCongress(allCongresses);
    },
  });
}

/** Every page of a list (the server gives at most 100 rows a page). */
export async function fetchAll<T>(
  name: string,
  fields: string,
  filter: Record<string, unknown>,
  filterType: string,
  sortField?: string,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; page < 100; page++) {
    const data = await gql<Record<string, T[]>>(
      `query All($filter: ${filterType}, $page: Int, $sortField: String) {
        ${name}(filter: $filter, page: $page, perPage: 100, sortField: $sortField) { ${fields} } }`,
      { filter, page, sortField },
    );
    rows.push(...data[name]);
    if (data[name].length < 100) break;
  }
  return rows;
}
