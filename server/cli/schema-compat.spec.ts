import { readFileSync } from "node:fs";
import path from "node:path";
import { unannouncedBreakingChanges, unreleasedNotes } from "./schema-compat";

const released = `type Query { allTargets(page: Int): [Target!]! }\ntype Target { id: ID! title: String! titleEn: String }`;

describe("schema compatibility check", () => {
  it("reports a removed field unless the Unreleased notes name it", async () => {
    const current = `type Query { allTargets(page: Int): [Target!]! }\ntype Target { id: ID! title: String! }`;
    const changes = await unannouncedBreakingChanges(released, current, "Nothing yet.");
    expect(changes.map((c) => c.path)).toEqual(["Target.titleEn"]);
    expect(
      await unannouncedBreakingChanges(released, current, "- Removed `Target.titleEn`."),
    ).toEqual([]);
  });

  it("lets additions and deprecations through", async () => {
    const current = `type Query { allTargets(page: Int, perPage: Int): [Target!]! }
      type Target { id: ID! title: String! titleEn: String @deprecated(reason: "use title") number: Int }`;
    expect(await unannouncedBreakingChanges(released, current, "")).toEqual([]);
  });

  it("reads the Unreleased section of a changelog", () => {
    expect(
      unreleasedNotes(
        "# C\n\n## [Unreleased]\n\n- Removed `A.b`.\n\n## [0.1.0]\n\n- first\n",
      ).trim(),
    ).toBe("- Removed `A.b`.");
  });

  it("finds the committed schema compatible with the last release", async () => {
    const root = path.join(__dirname, "..", "..");
    const read = (file: string) => readFileSync(path.join(root, file), "utf8");
    const changes = await unannouncedBreakingChanges(
      read("schema/released.graphql"),
      read("schema/schema.graphql"),
      unreleasedNotes(read("CHANGELOG.md")),
    );
    expect(changes.map((c) => `${c.path}: ${c.message}`)).toEqual([]);
  });
});
