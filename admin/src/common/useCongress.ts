/** The congress the panel follows (common/currentCongress.ts says which). */
import { useQuery } from "@tanstack/react-query";
import { takePrefetchedCongress } from "../authProvider";
import { graphql } from "../generated";
import type { TypedDocumentString } from "../generated/graphql";
import { gql } from "../graphql";
import { pickCurrentCongress, type CongressSummary } from "./currentCongress";

export type { CongressSummary };

const CURRENT_CONGRESS = graphql(`
  query CurrentCongress {
    ...CongressCandidates
  }
`);

export function useCongress() {
  return useQuery({
    queryKey: ["current-congress"],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const prefetched = takePrefetchedCongress();
      if (prefetched !== undefined) return prefetched;
      return pickCurrentCongress((await gql(CURRENT_CONGRESS)).allCongresses);
    },
  });
}

/** The rows per page `fetchAll`'s documents ask for (`perPage: 100`, the server's most). */
const PAGE = 100;

/**
 * Every page of a list. The document names its list `rows` and takes `$page`, with
 * `perPage: 100` (the server gives at most 100 rows a page).
 */
export async function fetchAll<T, V extends { page?: number | null }>(
  document: TypedDocumentString<{ rows: T[] }, V>,
  variables: Omit<V, "page">,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; page < 100; page++) {
    const run = gql as (d: typeof document, v: V) => Promise<{ rows: T[] }>;
    const data = await run(document, { ...variables, page } as V);
    rows.push(...data.rows);
    if (data.rows.length < PAGE) break;
  }
  return rows;
}
