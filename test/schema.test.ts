/** The committed schema matches the code, and every operation says who may call it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { operationsWithoutAllow } from "../server/auth/allow";
import { schemaText } from "../server/cli/schema";

describe("GraphQL schema", () => {
  it("is committed up to date in schema/schema.graphql (run `npm run schema`)", async () => {
    const committed = readFileSync(path.join(__dirname, "..", "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(await schemaText());
  });

  it("declares @Allow on every query and mutation", async () => {
    const text = await schemaText(); // builds the schema, registering every resolver
    expect(text).toContain("allTargets");
    expect(operationsWithoutAllow()).toEqual([]);
  });

  it("names the list operations as ra-data-graphql-simple expects", async () => {
    const fields = buildSchema(await schemaText())
      .getQueryType()!
      .getFields();
    const types = [
      "Congress",
      "KeyTask",
      "Target",
      "Indicator",
      "Agency",
      "Assignment",
      "Measurement",
    ];
    for (const type of [...types, "User", "AuditEvent", "ApiToken"]) {
      const plural =
        type === "Congress" ? "Congresses" : type === "Agency" ? "Agencies" : `${type}s`;
      const list = fields[`all${plural}`];
      expect(list.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual([
        `filter: ${type}Filter`,
        "page: Int",
        "perPage: Int",
        "sortField: String",
        "sortOrder: String",
      ]);
      expect(String(list.type)).toBe(`[${type}!]!`);
      expect(String(fields[`_all${plural}Meta`].type)).toBe("ListMetadata!");
      expect(fields[type].args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(["id: ID!"]);
    }
  });
});
