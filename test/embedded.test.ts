/**
 * `npm start` on a fresh checkout: the embedded database in a data folder,
 * seeded once, kept across restarts; SIGTERM stops it cleanly.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { reportedFigures } from "../server/seed/data/reported-figures";
import { tmpdir } from "node:os";
import path from "node:path";
import { GraphQLClient } from "./helpers/client";
import { spawnServer, type ServerProcess } from "./helpers/process";

const COUNTS = `{ _allTargetsMeta { count } _allIndicatorsMeta { count } _allAgenciesMeta { count }
  _allAssignmentsMeta { count } _allMeasurementsMeta { count } _allKeyTasksMeta { count } }`;

describe("the embedded database (no DATABASE_URL)", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "rt-embedded-"));
  let server: ServerProcess | undefined;
  afterEach(async () => {
    if (server && server.child.exitCode === null) await server.stop();
    server = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts seeded, keeps its data across a restart and seeds nothing twice", async () => {
    server = await spawnServer({ DATA_DIR: dataDir });
    const first = await new GraphQLClient(`${server.url}/graphql`).data(COUNTS);
    expect(first).toEqual({
      _allTargetsMeta: { count: 20 },
      _allIndicatorsMeta: { count: 35 },
      _allAgenciesMeta: { count: expect.any(Number) },
      _allAssignmentsMeta: { count: expect.any(Number) },
      _allMeasurementsMeta: { count: reportedFigures.length },
      _allKeyTasksMeta: { count: 5 },
    });
    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10000);

    server = await spawnServer({ DATA_DIR: dataDir });
    const second = await new GraphQLClient(`${server.url}/graphql`).data(COUNTS);
    expect(second).toEqual(first);
    const seeded = server.logs.find((l) => String(l.msg).includes("(seed checked)"));
    expect(seeded?.inserted).toEqual({});
  });

  it("stops with a message naming a bad variable", async () => {
    await expect(spawnServer({ DATA_DIR: dataDir, PORT: "eighty" })).rejects.toThrow(
      /PORT must be a whole number/,
    );
  });
});
