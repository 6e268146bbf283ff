import "reflect-metadata";
import {
  parse,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { DataSource } from "typeorm";
import { SnakeNamingStrategy } from "typeorm-naming-strategies";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { Permission } from "../auth/permissions";
import type { RequestContext } from "../context";
import { entities } from "../database/entities";
import { createSchema } from "../graphql/schema";
import { compileOperation, selectedFields, serialised } from "./compile";
import { innerQuery } from "./lean";
import { RawJson, stringifyResult } from "./respond";
import { DecimalScalar } from "../common/scalars";
import { GraphQLInt, GraphQLFloat, GraphQLList, GraphQLString } from "graphql";

function parts(text: string) {
  const document = parse(text);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === "FragmentDefinition") fragments[d.name.value] = d;
    if (d.kind === "OperationDefinition") operation = d;
  }
  return { operation: operation!, fragments };
}

describe("selectedFields (the selection parser)", () => {
  it("flattens fragments of the same type, in the order of the selection", () => {
    const { operation, fragments } = parts(`{ a ...F ... on Query { c } d: e }
      fragment F on Query { b }`);
    const names = selectedFields(operation.selectionSet, "Query", fragments).map(
      (f) => f.alias?.value ?? f.name.value,
    );
    expect(names).toEqual(["a", "b", "c", "d"]);
  });

  it.each([
    ["a directive", `{ a @include(if: true) }`],
    ["a repeated response key", `{ a a }`],
    ["a fragment on another type", `{ ... on Other { a } }`],
    ["an unknown fragment", `{ ...Missing }`],
  ])("refuses %s", (_what, text) => {
    const { operation, fragments } = parts(text);
    expect(() => selectedFields(operation.selectionSet, "Query", fragments)).toThrow();
  });
});

describe("serialised (a column as the schema sends it)", () => {
  const column = (type: string, isNullable = false) =>
    ({ type, isNullable }) as unknown as ColumnMetadata;
  it("sends decimals as their text, numbers bare, text escaped and NULL as null", () => {
    expect(serialised(`q0."v"`, DecimalScalar, column("numeric", true))).toBe(
      `coalesce('"' || q0."v"::text || '"', 'null')`,
    );
    expect(serialised(`q0."v"`, GraphQLInt, column("int"))).toBe(`q0."v"::text`);
    expect(serialised(`q0."v"`, GraphQLString, column("text"))).toBe(`to_json(q0."v")::text`);
  });
  it.each([
    ["a Float", GraphQLFloat, "numeric"],
    ["a list", new GraphQLList(GraphQLString), "text"],
    ["an Int over text", GraphQLInt, "text"],
  ])("refuses %s", (_what, type, db) => {
    expect(() => serialised(`q0."v"`, type, column(db))).toThrow();
  });
});

describe("compileOperation (the SQL builder)", () => {
  let schema: GraphQLSchema;
  // Metadata only (as the server names columns): nothing connects.
  const db = new DataSource({
    type: "postgres",
    entities,
    namingStrategy: new SnakeNamingStrategy(),
  });
  beforeAll(async () => {
    schema = await createSchema();
    await (db as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  });

  const ctx = (permissions: Permission[], agencyId?: string) =>
    ({
      db,
      permissions: new Set(permissions),
      user: agencyId ? { agencyId } : undefined,
    }) as unknown as RequestContext;
  const compile = (text: string, who: RequestContext, variables: Record<string, unknown> = {}) =>
    compileOperation(who, { schema, ...parts(text), variables });

  const C = "52526bec-d540-471d-be42-c07b64dd9842";
  const A = "21a51d58-82a1-4d34-b847-f0a68aadf5aa";
  const TARGETS = `query($c: ID!) { allTargets(filter: { congressId: $c }, perPage: 20) {
    number indicators { code leadAgency { shortName }
      measurements(status: APPROVED, period: YEAR, last: 5) { year value submittedAt } } } }`;

  it("builds one statement with the page, its relations and the public's scope", () => {
    const [field] = compile(TARGETS, ctx([Permission.ReadPublic]), { c: C })!;
    expect(field.key).toBe("allTargets");
    // The page's bounds are the last two parameters; enum filters and the scope are literals.
    expect(field.parameters.slice(-2)).toEqual([20, 0]);
    expect(field.parameters).toContain(C);
    expect(field.sql).toMatch(/LIMIT \$\d+ OFFSET \$\d+\) q0$/);
    expect(field.sql).toContain(`"row"."status" = 'APPROVED'`);
    expect(field.sql).toContain(`"lead"."role" = 'LEAD'`);
    expect(field.sql).toContain(`'{"number":' ||`);
    expect(field.sql).toContain(`to_char(q2."row_submitted_at" AT TIME ZONE 'UTC'`);
  });

  it("reads the caller's own agency's figures too, as measurement.scope.ts says", () => {
    const [field] = compile(
      TARGETS,
      ctx([Permission.ReadPublic, Permission.ReadOwnAgencyMeasurement], A),
      { c: C },
    )!;
    expect(field.parameters).toContain(A);
    expect(field.sql).toContain(`OR "row"."agency_id" = $`);
  });

  it.each([
    ["a computed field", `{ allTargets { progress { verdict } } }`],
    ["a relation not marked @FromStatement", `{ allTargets { keyTasks { id } } }`],
    ["a bad argument", `{ allTargets { indicators { measurements(last: 0) { year } } } }`],
    ["a page too large", `{ allTargets(perPage: 1000) { number } }`],
    ["a single row", `query($id: ID!) { Target(id: $id) { number } }`],
    ["a mutation", `mutation { logout }`],
  ])("leaves %s to graphql-js", (_what, text) => {
    expect(compile(text, ctx([Permission.ReadPublic]), { id: "x" })).toBeUndefined();
  });

  it("leaves a list the caller may not read to graphql-js (which refuses it)", () => {
    expect(compile(`{ allUsers { email } }`, ctx([Permission.ReadPublic]))).toBeUndefined();
  });

  it("numbers a nested query's placeholders after the statement's own", () => {
    const parameters: unknown[] = ["a", "b"];
    const qb = db
      .getRepository("Target")
      .createQueryBuilder("row")
      .where("row.number = :n", { n: 3 });
    expect(innerQuery(qb, parameters)).toContain(`"row"."number" = $3`);
    expect(parameters).toEqual(["a", "b", 3]);
  });
});

describe("stringifyResult (the splice)", () => {
  it("puts the JSON text of a compiled answer in its place, unparsed", () => {
    const text = `[{"a":"x\\"y"},{"a":null}]`;
    expect(stringifyResult({ data: { list: new RawJson(text), other: "__raw_0" } })).toBe(
      `{"data":{"list":${text},"other":"__raw_0"}}\n`,
    );
  });
  it("is JSON.stringify for everything else", () => {
    const value = { data: { a: [1, "b"] }, errors: [{ message: "m" }] };
    expect(stringifyResult(value)).toBe(JSON.stringify(value) + "\n");
  });
});
