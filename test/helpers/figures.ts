/** Figures in every workflow state, so that read scopes and timestamps are exercised. */
import { callers } from "./fixtures";
import type { GraphQLClient } from "./client";

/**
 * The reporter of the statistics office saves a draft of indicator 1.a for 2024 and submits
 * one for 2023, with a source that needs escaping in JSON (quotes, a line break).
 */
export async function figuresInEveryState(client: GraphQLClient): Promise<void> {
  const reporter = await callers(client)("reporterCtk");
  const { allIndicators } = await client.data<{ allIndicators: { id: string }[] }>(
    `{ allIndicators(filter: { code: "1.a" }) { id } }`,
  );
  const save = `mutation($i: ID!, $y: Int!) { saveMeasurement(indicatorId: $i, year: $y, period: YEAR,
    value: "7.10", valueKind: OFFICIAL, source: "báo cáo \\"quý\\"\\n") { id version } }`;
  await reporter.data(save, { i: allIndicators[0].id, y: 2024 });
  const { saveMeasurement: draft } = await reporter.data<{
    saveMeasurement: { id: string; version: number };
  }>(save, { i: allIndicators[0].id, y: 2023 });
  await reporter.data(
    `mutation($id: ID!, $v: Int!) { submitMeasurement(id: $id, version: $v) { id } }`,
    { id: draft.id, v: draft.version },
  );
}
