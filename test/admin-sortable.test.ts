/**
 * The admin offers a sort only by a field the server sorts by: its lists take the fields from
 * generated code (admin/src/common/sortable.ts, from `_allXSortFields`). Here the server answers
 * the same lists (so the generated code is current), accepts every field in both orders, and
 * refuses the columns the admin shows without a sort control.
 */
import type { GraphQLClient } from "./helpers/client";
import { callers } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

/** What admin/src/common/sortable.ts exports; the admin is an ES module with its own tsconfig. */
interface AdminSortable {
  SORT_FIELDS: { toString(): string };
  sortFields: Record<string, string[]>;
  isSortable(resource: string, field: string): boolean;
}
const { isSortable, SORT_FIELDS, sortFields } = jest.requireActual<AdminSortable>(
  "../admin/src/common/sortable",
);

/** "Agency" → "Agencies", read from the admin's own document (`Agency: _allAgenciesSortFields`). */
const plurals = Object.fromEntries(
  [...SORT_FIELDS.toString().matchAll(/(\w+): _all(\w+)SortFields/g)].map((m) => [m[1], m[2]]),
) as Record<string, string>;
const resources = Object.keys(sortFields);

describe("the admin's sortable fields", () => {
  let t: TestServer;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await callers(t.client)("admin");
  });
  afterAll(() => t?.close());

  it("names every list the admin sorts", () => {
    expect(Object.keys(plurals).sort()).toEqual([...resources].sort());
  });

  it("are the server's, as it publishes them now", async () => {
    const published = await admin.data<Record<string, string[]>>(SORT_FIELDS.toString());
    for (const resource of resources)
      expect([...published[resource]].sort()).toEqual([...sortFields[resource]].sort());
  });

  it.each(resources)("each sorts %s's list, in both orders", async (resource) => {
    for (const field of sortFields[resource])
      for (const order of ["ASC", "DESC"]) {
        const data = await admin.data<Record<string, unknown[]>>(
          `query($f: String, $o: String) { all${plurals[resource]}(sortField: $f, sortOrder: $o, perPage: 2) { id } }`,
          { f: field, o: order },
        );
        expect(Array.isArray(data[`all${plurals[resource]}`])).toBe(true);
      }
  });

  it("a column the admin leaves unsortable is one the server refuses", async () => {
    for (const [resource, field] of [
      ["Agency", "parentId"],
      ["Measurement", "agencyId"],
      ["Assignment", "indicatorId"],
      ["Indicator", "leadAgency.id"],
    ] as const) {
      expect(isSortable(resource, field)).toBe(false);
      const error = await admin.errorOf(
        `query($f: String) { all${plurals[resource]}(sortField: $f) { id } }`,
        { f: field },
      );
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "sortField" });
    }
    expect(isSortable("Agency", "code")).toBe(true);
    expect(isSortable("Province", "code")).toBe(false);
    expect(isSortable("Agency", "toString")).toBe(false);
  });
});
