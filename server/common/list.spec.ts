import "reflect-metadata";
import { DataSource } from "typeorm";
import { SnakeNamingStrategy } from "typeorm-naming-strategies";
import { entities } from "../database/entities";
import { Measurement } from "../modules/measurement/measurement.entity";
import { MeasurementStatus } from "./enums";
import { whereEquals } from "./list";

describe("whereEquals (a list's filter)", () => {
  const db = new DataSource({
    type: "postgres",
    entities,
    namingStrategy: new SnakeNamingStrategy(),
  });
  beforeAll(async () => {
    await (db as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  });
  const query = () => db.getRepository(Measurement).createQueryBuilder("row");

  it("writes an enum column's value into the SQL, so that one generic plan serves every caller", () => {
    const qb = query();
    whereEquals(qb, "status", MeasurementStatus.SUBMITTED, "filter.status");
    const [sql, parameters] = qb.getQueryAndParameters();
    expect(sql).toContain(`"row"."status" = 'SUBMITTED'`);
    expect(parameters).toEqual([]);
  });

  it("sends other values as parameters, and checks ids first", () => {
    const qb = query();
    whereEquals(qb, "year", 2024, "filter.year");
    whereEquals(qb, "agencyId", "0b7a2c1e-3f4d-4e5f-8a9b-0c1d2e3f4a5b", "filter.agencyId");
    const [sql, parameters] = qb.getQueryAndParameters();
    expect(sql).toContain(`"row"."year" = $1`);
    expect(parameters).toEqual([2024, "0b7a2c1e-3f4d-4e5f-8a9b-0c1d2e3f4a5b"]);
    expect(() => whereEquals(query(), "agencyId", "x'; DROP", "filter.agencyId")).toThrow(
      /agencyId/,
    );
  });

  it("sends a value that is not one of the enum's names as a parameter (PostgreSQL refuses it)", () => {
    const qb = query();
    whereEquals(qb, "status", "SUBMITTED' OR 'a' = 'a", "filter.status");
    const [sql, parameters] = qb.getQueryAndParameters();
    expect(sql).not.toContain("OR 'a'");
    expect(parameters).toEqual(["SUBMITTED' OR 'a' = 'a"]);
  });
});
