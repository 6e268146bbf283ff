/**
 * The lean reads (server/read/lean.ts) give what TypeORM gives, and lists
 * that read their relations in their own statement (server/read/prefetch.ts)
 * answer exactly what the per-relation loaders answer, for every kind of caller.
 */
import { leanMany } from "../server/read/lean";
import { entities } from "../server/database/entities";
import { callers, FOUR_CALLERS } from "./helpers/fixtures";
import { figuresInEveryState } from "./helpers/figures";
import { startTestServer, type TestServer } from "./helpers/server";

describe("lean reads", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    await figuresInEveryState(t.client);
  });
  afterAll(() => t?.close());

  it.each(entities.map((entity) => [entity.name, entity] as const))(
    "reads every %s as getMany() does (same class, same values, dates as Date)",
    async (_name, entity) => {
      const key = t.db.getMetadata(entity).primaryColumns[0].propertyName;
      const query = () =>
        t.db.getRepository(entity).createQueryBuilder("row").orderBy(`row.${key}`);
      const expected = await query().getMany();
      const lean = await leanMany(query());
      expect(lean).toStrictEqual(expected);
    },
  );

  it("reads only the columns asked for, still as instances of the entity", async () => {
    const [entity] = entities.filter((e) => e.name === "Indicator");
    const rows = await leanMany(
      t.db.getRepository(entity).createQueryBuilder("row").orderBy("row.code"),
      { columns: ["id", "code", "targetMin"] },
    );
    expect(rows.length).toBeGreaterThan(30);
    expect(rows[0]).toBeInstanceOf(entity);
    expect(Object.keys(rows[0]).sort()).toEqual(["code", "id", "targetMin"]);
    expect(
      rows.some((r) => typeof (r as unknown as { targetMin: unknown }).targetMin === "string"),
    ).toBe(true);
  });

  it("sends every page and every number of ids as one statement text (prepared once, not once per page)", async () => {
    const texts = new Set<string>();
    const spy = jest
      .spyOn(t.db.logger, "logQuery")
      .mockImplementation((query: string) => void texts.add(query));
    try {
      for (const page of [0, 1, 7]) {
        await t.client.data(`query($p: Int) { allIndicators(page: $p, perPage: 5) { code } }`, {
          p: page,
        });
      }
      const { allIndicators } = await t.client.data<{ allIndicators: { id: string }[] }>(
        `{ allIndicators(perPage: 3) { id } }`,
      );
      for (const n of [1, 2, 3]) {
        await t.client.data(
          `query($ids: [ID!]) { allIndicators(filter: { ids: $ids }) { code } }`,
          {
            ids: allIndicators.slice(0, n).map((i) => i.id),
          },
        );
      }
    } finally {
      spy.mockRestore();
    }
    // The pages (one text whatever the page), the id-only page (other columns) and the ids
    // (another filter, one text whatever their number): three texts in all.
    expect(texts.size).toBe(3);
  });

  const INDICATORS = `indicators {
        code targetMin
        leadAgency { shortName }
        recent: measurements(last: $last) { year period valueKind value status submittedAt }
        approved: measurements(status: APPROVED) { year value }
      }`;
  /** A page: its relations read in its own statement. */
  const PAGE = `query($last: Int) {
    allTargets(perPage: 20, sortField: "number") { number ${INDICATORS} }
  }`;
  /** One target at a time: its relations through the loaders. */
  const ONE_BY_ONE = `query($id: ID!, $last: Int) { Target(id: $id) { number ${INDICATORS} } }`;

  it.each(FOUR_CALLERS)(
    "answers a page of targets with its relations in one statement, as the loaders do, for %s",
    async (_who, account) => {
      const client = account ? await callers(t.client)(account) : t.client;
      // What the caller's authentication costs (a session is looked up, or remembered after the
      // caller's first request: server/auth/caller-cache.ts), then the page.
      await client.data(`{ __typename }`);
      let before = t.statements();
      await client.data(`{ __typename }`);
      const signIn = t.statements() - before;
      before = t.statements();
      const { allTargets } = await client.data<{ allTargets: { number: number }[] }>(PAGE, {
        last: 3,
      });
      expect(t.statements() - before - signIn).toBe(1);
      const { allTargets: ids } = await client.data<{ allTargets: { id: string }[] }>(
        `{ allTargets(perPage: 20, sortField: "number") { id } }`,
      );
      const oneByOne = [];
      for (const { id } of ids) {
        oneByOne.push((await client.data<{ Target: unknown }>(ONE_BY_ONE, { id, last: 3 })).Target);
      }
      expect(allTargets).toEqual(oneByOne);
      expect(JSON.stringify(allTargets)).toContain('"status":"APPROVED"');
      // The reporter's agency sees its draft and submitted figures; the public does not.
      expect(JSON.stringify(allTargets).includes('"status":"SUBMITTED"')).toBe(
        account === "reporterCtk" || account === "admin",
      );
    },
  );

  it("reports a bad argument of a nested relation on that field, as before", async () => {
    const result = await t.client.request(PAGE, { last: 0 });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.path?.slice(-1)).toEqual(["recent"]);
  });
});
