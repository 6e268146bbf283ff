/**
 * `npm run schema:compat`: compares schema/schema.graphql with the schema of
 * the last release (schema/released.graphql) using GraphQL Inspector, and
 * fails on a breaking change that the "Unreleased" section of CHANGELOG.md
 * does not name (by its path, e.g. `Query.allTargets`). Prefer deprecating to
 * removing; `npm run schema:release` copies the current schema as released.
 */
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema } from "graphql";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

export function unreleasedNotes(changelog: string): string {
  const match = /^## \[?Unreleased\]?[^\n]*\n([\s\S]*?)(?=^## )/im.exec(changelog + "\n## ");
  return match ? match[1] : "";
}

/** Breaking changes between two schemas that the notes do not name. */
export async function unannouncedBreakingChanges(
  released: string,
  current: string,
  notes: string,
): Promise<Change[]> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  return changes.filter(
    (change) =>
      change.criticality.level === CriticalityLevel.Breaking &&
      !(change.path && notes.includes(change.path)),
  );
}

async function main(): Promise<void> {
  const root = projectRoot();
  const released = path.join(root, "schema", "released.graphql");
  const current = path.join(root, "schema", "schema.graphql");
  if (process.argv.includes("--release")) {
    copyFileSync(current, released);
    console.log("schema/released.graphql = schema/schema.graphql (remember the CHANGELOG entry).");
    return;
  }
  const changes = await diff(
    buildSchema(readFileSync(released, "utf8")),
    buildSchema(readFileSync(current, "utf8")),
  );
  const notes = unreleasedNotes(readFileSync(path.join(root, "CHANGELOG.md"), "utf8"));
  const unannounced = await unannouncedBreakingChanges(
    readFileSync(released, "utf8"),
    readFileSync(current, "utf8"),
    notes,
  );
  for (const change of changes) {
    const level = change.criticality.level;
    console.log(
      `${level === CriticalityLevel.Breaking ? "✗" : level === CriticalityLevel.Dangerous ? "!" : "·"} ${change.message}`,
    );
  }
  if (unannounced.length > 0) {
    console.error(
      `\n${unannounced.length} thay đổi phá vỡ tương thích chưa ghi trong mục Unreleased của CHANGELOG.md (breaking changes not named there):`,
    );
    for (const change of unannounced) console.error(`  ${change.path}: ${change.message}`);
    process.exit(1);
  }
  console.log(
    `\nTương thích với bản đã phát hành (${changes.length} thay đổi, không có thay đổi phá vỡ chưa công bố).`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
