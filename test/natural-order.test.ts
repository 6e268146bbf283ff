/** Indicator codes sort the way people number them: 1.a, 2.a … 9.b, 10.a, never 1.a, 10.a, 2.a. */
import { startTestServer, type TestServer } from "./helpers/server";

describe("natural order of indicator codes", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  const natural = (codes: string[]) =>
    [...codes].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

  it("sorts the list, its default and the CSV export naturally, both ways", async () => {
    const list = async (args: string) =>
      (
        await t.client.data<{ allIndicators: { code: string }[] }>(
          `{ allIndicators(perPage: 100${args}) { code } }`,
        )
      ).allIndicators.map((i) => i.code);
    const ascending = await list(`, sortField: "code", sortOrder: "ASC"`);
    expect(ascending.length).toBeGreaterThan(30);
    expect(ascending).toEqual(natural(ascending));
    expect(ascending.indexOf("2.a")).toBeLessThan(ascending.indexOf("10.a"));
    expect(await list("")).toEqual(ascending);
    expect(await list(`, sortField: "code", sortOrder: "DESC"`)).toEqual([...ascending].reverse());
    const csv = await (await fetch(`${t.url}/exports/Indicator.csv?sortField=code`)).text();
    const codes = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[0]);
    expect(codes).toEqual(ascending);
  });
});
