import "reflect-metadata";
import { parse, type FieldNode, type OperationDefinitionNode } from "graphql";
import { DataSource } from "typeorm";
import { SnakeNamingStrategy } from "typeorm-naming-strategies";
import { entities } from "../database/entities";
// The declarations of the relations the selections below follow.
import "../modules/target/target.loaders";
import "../modules/measurement/measurement.loaders";
import { columnsOf } from "./projection";

/** The root field of `text` and its fragments. */
function root(text: string) {
  const document = parse(text);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return { node: operation.selectionSet.selections[0] as FieldNode, fragments: {} };
}

describe("columnsOf (the columns a selection reads)", () => {
  const db = new DataSource({
    type: "postgres",
    entities,
    namingStrategy: new SnakeNamingStrategy(),
  });
  beforeAll(() => (db as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas());
  const metadata = (name: string) => db.entityMetadatas.find((m) => m.name === name)!;

  it("reads the selected columns, sorted, and the id a relation follows", () => {
    const { node, fragments } = root(`{ allTargets { title number indicators { code } } }`);
    expect(columnsOf([node], fragments, metadata("Target"))).toEqual(["id", "number", "title"]);
  });

  it("reads the foreign key a belongs-to relation follows", () => {
    const { node, fragments } = root(`{ allMeasurements { value agency { code } } }`);
    expect(columnsOf([node], fragments, metadata("Measurement"))).toEqual([
      "agencyId",
      "id",
      "value",
    ]);
  });

  it("reads the whole row when a field is neither a column nor a declared relation", () => {
    const { node, fragments } = root(`{ allTargets { number progress { verdict } } }`);
    expect(columnsOf([node], fragments, metadata("Target"))).toBeUndefined();
  });
});
