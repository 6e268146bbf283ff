/**
 * `npm run migration:generate -- <Name>` writes migrations/<timestamp>-<Name>.ts
 * with the SQL that brings the database of the existing migrations up to the
 * entities, and refreshes server/database/migrations.ts. `npm run migration:check`
 * fails when the entities need a migration that does not exist yet.
 * Both run against a fresh in-memory PGlite unless DATABASE_URL is set.
 */
import "reflect-metadata";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

const root = projectRoot();

async function pendingSql(): Promise<{ up: string[]; down: string[] }> {
  // Loaded here so that `index` works even when the migration list is out of date.
  const { dataSourceFor, startEmbedded } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../database/data-source") as typeof import("../database/data-source");
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded("memory://", 3);
  const dataSource = dataSourceFor(process.env.DATABASE_URL ?? embedded!.url, 1);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

function quote(sql: string): string {
  return "`" + sql.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
}

function writeIndex(): void {
  const files = readdirSync(path.join(root, "migrations"))
    .filter((f) => /^\d+-\w+\.ts$/.test(f))
    .sort();
  const names = files.map((f) => {
    const [stamp, name] = f.replace(/\.ts$/, "").split("-");
    return { file: f.replace(/\.ts$/, ""), cls: `${name}${stamp}` };
  });
  const body = [
    "/** Every migration class, in order; the files live in /migrations. Written by `npm run migration:generate`. */",
    ...names.map((n) => `import { ${n.cls} } from "../../migrations/${n.file}";`),
    "",
    `export const migrations = [${names.map((n) => n.cls).join(", ")}];`,
    "",
  ].join("\n");
  writeFileSync(path.join(root, "server", "database", "migrations.ts"), body);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === "index") return writeIndex();
  const { up, down } = await pendingSql();
  if (command === "check") {
    if (up.length > 0) {
      console.error(
        `Một migration còn thiếu (a migration is pending), ${up.length} statements:\n${up.join(";\n")}`,
      );
      process.exit(1);
    }
    console.log("Không có migration nào còn thiếu (no pending migration).");
    return;
  }
  if (command !== "generate" || !name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error("usage: npm run migration:generate -- <PascalCaseName>");
    process.exit(2);
  }
  if (up.length === 0) {
    console.log("Không có thay đổi (no changes in the entities).");
    return;
  }
  const stamp = Date.now();
  const file = path.join(root, "migrations", `${stamp}-${name}.ts`);
  const source = `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${name}${stamp} implements MigrationInterface {
  name = "${name}${stamp}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join("\n")}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map((q) => `    await queryRunner.query(${quote(q)});`).join("\n")}
  }
}
`;
  writeFileSync(file, source);
  writeIndex();
  console.log(`Đã tạo ${path.relative(root, file)} (${up.length} statements).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
