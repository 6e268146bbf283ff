/**
 * What the admin takes from the server instead of copying it. Sorting: it offers a sort only by
 * a field the server sorts by: its lists take the fields from
 * generated code (admin/src/common/sortable.ts, from `_allXSortFields`). Here the server answers
 * the same lists (so the generated code is current), accepts every field in both orders, and
 * refuses the columns the admin shows without a sort control. The workflow: its buttons follow
 * `measurementWorkflow`, read with the identity, as the old hand-written table did.
 */
import type { GraphQLClient } from "./helpers/client";
import { accounts, callers } from "./helpers/fixtures";
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

interface Caller {
  id: string;
  agencyId: string | null;
  permissions: string[];
  workflow: unknown[];
}
const { canAccess } = jest.requireActual<{
  canAccess(caller: Caller, action: string, resource: string, record?: object): boolean;
}>("../admin/src/permissions");

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

  describe("the figure workflow", () => {
    /** The caller as the admin builds it: `me` and `measurementWorkflow`, one query. */
    const callerOf = async (name: keyof typeof accounts): Promise<Caller> => {
      const client = await callers(t.client)(name);
      const { me, measurementWorkflow } = await client.data<{
        me: { user: { id: string; agencyId: string | null }; permissions: string[] };
        measurementWorkflow: unknown[];
      }>(`{ me { user { id agencyId } permissions }
            measurementWorkflow { name from permission review } }`);
      return { ...me.user, permissions: me.permissions, workflow: measurementWorkflow };
    };
    const figure = (agencyId: string | null, status: string, submittedById = "someone-else") => ({
      agencyId,
      status,
      submittedById,
    });

    it("is the server's transition table", async () => {
      const steps = await admin.data<{ measurementWorkflow: { name: string; from: string[] }[] }>(
        `{ measurementWorkflow { name from to permission reasonRequired review } }`,
      );
      expect(steps.measurementWorkflow.map((s) => s.name)).toEqual([
        "edit",
        "submit",
        "approve",
        "return",
        "reopen",
      ]);
    });

    it("lets a reporter edit, delete and submit their agency's drafts and returned figures only", async () => {
      const reporter = await callerOf("reporterCtk");
      const own = reporter.agencyId;
      for (const status of ["DRAFT", "RETURNED"])
        for (const action of ["edit", "delete", "submit"])
          expect(canAccess(reporter, action, "Measurement", figure(own, status))).toBe(true);
      for (const status of ["SUBMITTED", "APPROVED"])
        expect(canAccess(reporter, "edit", "Measurement", figure(own, status))).toBe(false);
      expect(canAccess(reporter, "edit", "Measurement", figure("other-agency", "DRAFT"))).toBe(
        false,
      );
      expect(canAccess(reporter, "approve", "Measurement", figure(own, "SUBMITTED"))).toBe(false);
      expect(canAccess(reporter, "create", "Measurement")).toBe(true);
      expect(canAccess(reporter, "show", "Measurement", figure(own, "APPROVED"))).toBe(true);
    });

    it("lets a head approve, return and reopen their agency's figures, never their own submission", async () => {
      const head = await callerOf("headCtk");
      const own = head.agencyId;
      expect(canAccess(head, "approve", "Measurement", figure(own, "SUBMITTED"))).toBe(true);
      expect(canAccess(head, "return", "Measurement", figure(own, "SUBMITTED"))).toBe(true);
      expect(canAccess(head, "approve", "Measurement", figure(own, "SUBMITTED", head.id))).toBe(
        false,
      );
      expect(canAccess(head, "approve", "Measurement", figure(own, "DRAFT"))).toBe(false);
      expect(canAccess(head, "reopen", "Measurement", figure(own, "APPROVED"))).toBe(true);
      expect(canAccess(head, "reopen", "Measurement", figure(own, "SUBMITTED"))).toBe(false);
      expect(canAccess(head, "approve", "Measurement", figure("other-agency", "SUBMITTED"))).toBe(
        false,
      );
      expect(canAccess(head, "edit", "Measurement", figure(own, "DRAFT"))).toBe(false);
    });
  });
});
