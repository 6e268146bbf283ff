/**
 * `npm run schema` writes schema/schema.graphql from the code;
 * `npm run schema -- --check` fails when the committed file is stale.
 */
import { printSchema } from "graphql";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { createSchema } from "../graphql/schema";

export async function schemaText(): Promise<string> {
  return printSchema(await createSchema()) + "\n";
}

async function main(): Promise<void> {
  const file = path.join(projectRoot(), "schema", "schema.graphql");
  const text = await schemaText();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error(
        "schema/schema.graphql đã cũ; chạy `npm run schema` (the committed schema is stale)",
      );
      process.exit(1);
    }
    console.log("schema/schema.graphql khớp với mã nguồn (up to date).");
    return;
  }
  writeFileSync(file, text);
  console.log(`Đã ghi ${path.relative(projectRoot(), file)}.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
