/**
 * The national data set for load tests: 63 provinces shaped like Lạng Sơn, over a
 * million figures. Written in one transaction (a failure leaves nothing behind), the
 * small tables from rows built in memory and the figures by set-based SQL.
 */
import type { DataSource, QueryRunner } from "typeorm";
import { hashPassword } from "../../auth/passwords";
import { scalePassword } from "./accounts";
import { INSERT_MEASUREMENTS } from "./measurements";
import { SCALE_PROVINCE_CODES, scaleProvinces } from "./provinces";
import { provinceRows, type TableRows } from "./rows";

export class ScaleSeedRefused extends Error {}

export interface ScaleOptions {
  /** Delete the scale data already there first. */
  reset: boolean;
  say: (line: string) => void;
}

const PROVINCES_PER_BATCH = 7;
const ROWS_PER_STATEMENT = 5000;

const vi = (n: number) => n.toLocaleString("vi-VN");
const seconds = (ms: number) => (ms / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

async function insertRows(q: QueryRunner, t: TableRows): Promise<void> {
  const names = t.columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = t.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  for (let start = 0; start < t.rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = t.rows.slice(start, start + ROWS_PER_STATEMENT);
    await q.query(
      `INSERT INTO "${t.table}" (${names}) SELECT * FROM unnest(${arrays})`,
      t.columns.map((_, c) => chunk.map((row) => row[c])),
    );
  }
}

/** How many scale provinces the database holds already. */
export async function existingScaleProvinces(db: DataSource): Promise<number> {
  const [{ exists }] = await db.query(
    `SELECT to_regclass('public.province') IS NOT NULL AS exists`,
  );
  if (!exists) return 0;
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM province WHERE code = ANY($1)`, [
    SCALE_PROVINCE_CODES,
  ]);
  return n;
}

export function refusal(existing: number): ScaleSeedRefused {
  return new ScaleSeedRefused(
    `Cơ sở dữ liệu đã có ${existing} tỉnh của bộ dữ liệu quy mô; thêm --reset để xóa và tạo lại ` +
      `(the database already holds scale data; pass --reset to replace it)`,
  );
}

/** Deletes the scale provinces and everything under them (figures, users, agencies, congresses). */
async function deleteScaleData(q: QueryRunner, say: (line: string) => void): Promise<void> {
  const started = Date.now();
  const provinces = `SELECT id FROM province WHERE code = ANY($1)`;
  const agencies = `SELECT id FROM agency WHERE province_id IN (${provinces})`;
  const congresses = `SELECT id FROM congress WHERE province_id IN (${provinces})`;
  const targets = `SELECT id FROM target WHERE congress_id IN (${congresses})`;
  const indicators = `SELECT id FROM indicator WHERE target_id IN (${targets})`;
  const users = `SELECT id FROM app_user WHERE agency_id IN (${agencies}) OR province_id IN (${provinces})`;
  const p = [SCALE_PROVINCE_CODES];
  const [{ others }] = await q.query(
    `SELECT count(*)::int AS others FROM measurement WHERE agency_id NOT IN (${agencies})`,
    p,
  );
  // Figures go by TRUNCATE, keeping any other province's: deleting a million rows one by one
  // would also leave them to every foreign-key check of the users deleted below (their
  // created_by/submitted_by/reviewed_by columns have no index), and approved figures are
  // guarded against DELETE by a trigger anyway.
  if (others > 0) {
    await q.query(
      `CREATE TEMP TABLE kept_measurement ON COMMIT DROP AS
         SELECT * FROM measurement WHERE agency_id NOT IN (${agencies})`,
      p,
    );
  }
  await q.query(`TRUNCATE measurement`);
  if (others > 0) await q.query(`INSERT INTO measurement SELECT * FROM kept_measurement`);
  await q.query(`DELETE FROM assignment WHERE agency_id IN (${agencies})`, p);
  await q.query(`DELETE FROM app_user WHERE id IN (${users})`, p);
  await q.query(`DELETE FROM indicator WHERE id IN (${indicators})`, p);
  await q.query(`DELETE FROM target WHERE id IN (${targets})`, p);
  await q.query(`DELETE FROM key_task WHERE congress_id IN (${congresses})`, p);
  await q.query(`DELETE FROM resolution WHERE congress_id IN (${congresses})`, p);
  await q.query(`DELETE FROM congress WHERE id IN (${congresses})`, p);
  await q.query(
    `UPDATE agency SET parent_id = NULL, successor_id = NULL WHERE province_id IN (${provinces})`,
    p,
  );
  await q.query(`DELETE FROM agency WHERE province_id IN (${provinces})`, p);
  await q.query(`DELETE FROM province WHERE code = ANY($1)`, p);
  say(
    `  · Đã xóa dữ liệu quy mô cũ (old scale data deleted) trong ${seconds(Date.now() - started)} giây`,
  );
}

export interface ScaleCounts {
  [table: string]: number;
}

const EXPECTED: Record<string, number> = {
  province: 63,
  congress: 63,
  resolution: 63,
  key_task: 315,
  target: 1260,
  indicator: 2205,
  agency: 1890,
  app_user: 3780,
};

/** Counts the scale data and checks it; returns the problems found (none when all is well). */
export async function checkScaleData(
  db: DataSource | QueryRunner,
  say: (line: string) => void,
): Promise<string[]> {
  const p = [SCALE_PROVINCE_CODES];
  const provinces = `SELECT id FROM province WHERE code = ANY($1)`;
  const congresses = `SELECT id FROM congress WHERE province_id IN (${provinces})`;
  const targets = `SELECT id FROM target WHERE congress_id IN (${congresses})`;
  const indicators = `SELECT id FROM indicator WHERE target_id IN (${targets})`;
  const agencies = `SELECT id FROM agency WHERE province_id IN (${provinces})`;
  const [counts] = await db.query(
    `SELECT
      (SELECT count(*) FROM province WHERE code = ANY($1))::int AS province,
      (SELECT count(*) FROM congress WHERE id IN (${congresses}))::int AS congress,
      (SELECT count(*) FROM resolution WHERE congress_id IN (${congresses}))::int AS resolution,
      (SELECT count(*) FROM key_task WHERE congress_id IN (${congresses}))::int AS key_task,
      (SELECT count(*) FROM target WHERE id IN (${targets}))::int AS target,
      (SELECT count(*) FROM indicator WHERE id IN (${indicators}))::int AS indicator,
      (SELECT count(*) FROM agency WHERE id IN (${agencies}))::int AS agency,
      (SELECT count(*) FROM app_user WHERE agency_id IN (${agencies}))::int AS app_user,
      (SELECT count(*) FROM assignment WHERE indicator_id IN (${indicators}))::int AS assignment,
      (SELECT count(*) FROM measurement WHERE indicator_id IN (${indicators}))::int AS measurement`,
    p,
  );
  const problems: string[] = [];
  say("  Số bản ghi (row counts):");
  for (const [table, n] of Object.entries(counts as Record<string, number>)) {
    const expected = EXPECTED[table];
    const ok =
      expected !== undefined
        ? n === expected
        : table === "measurement"
          ? n > 1_000_000
          : n >= 2205 * 5;
    say(`    ${ok ? "✓" : "✗"} ${table.padEnd(12)} ${vi(n).padStart(11)}`);
    if (!ok)
      problems.push(`${table}: ${n}${expected !== undefined ? `, expected ${expected}` : ""}`);
  }
  const [{ leads }] = await db.query(
    `SELECT count(*)::int AS leads FROM indicator i WHERE i.id IN (${indicators})
       AND (SELECT count(*) FROM assignment a WHERE a.indicator_id = i.id AND a.role = 'LEAD' AND a.ends_on IS NULL) <> 1`,
    p,
  );
  if (leads > 0) problems.push(`${leads} indicators without exactly one active lead`);
  const mix: { status: string; value_kind: string; n: number }[] = await db.query(
    `SELECT status, value_kind, count(*)::int AS n FROM measurement WHERE indicator_id IN (${indicators})
      GROUP BY 1, 2 ORDER BY 1, 2`,
    p,
  );
  say("  Trạng thái số liệu (figures by status and kind):");
  for (const row of mix)
    say(`    ${`${row.status} ${row.value_kind}`.padEnd(20)} ${vi(row.n).padStart(11)}`);
  for (const status of ["APPROVED", "SUBMITTED", "RETURNED", "DRAFT"]) {
    if (!mix.some((m) => m.status === status)) problems.push(`no ${status} figures`);
  }
  return problems;
}

export async function seedScale(db: DataSource, options: ScaleOptions): Promise<void> {
  const { say } = options;
  const existing = await existingScaleProvinces(db);
  if (existing > 0 && !options.reset) throw refusal(existing);
  const started = Date.now();
  const passwordHash = await hashPassword(scalePassword());
  const q = db.createQueryRunner();
  await q.connect();
  try {
    await q.startTransaction();
    await q.query(`SET LOCAL synchronous_commit = off`);
    // JIT compiles the figures' expressions for every batch and loses (10 s against 15 s a batch).
    await q.query(`SET LOCAL jit = off`);
    if (existing > 0) await deleteScaleData(q, say);

    say(
      `  · ${scaleProvinces.length} tỉnh, thành phố: đại hội, nghị quyết, nhiệm vụ, chỉ tiêu, cơ quan, tài khoản, phân công`,
    );
    say(
      `    (provinces with congress, resolution, key tasks, targets, agencies, users, assignments)`,
    );
    const perTable = new Map<string, TableRows>();
    for (const province of scaleProvinces) {
      for (const t of provinceRows(province, passwordHash)) {
        const all = perTable.get(t.table);
        if (all) all.rows.push(...t.rows);
        else perTable.set(t.table, { ...t, rows: [...t.rows] });
      }
    }
    for (const t of perTable.values()) await insertRows(q, t);
    say(
      `    ${[...perTable.values()].map((t) => `${t.table} ${vi(t.rows.length)}`).join(", ")} — ${seconds(Date.now() - started)} giây`,
    );

    const ids: { id: string }[] = await q.query(
      `SELECT id FROM province WHERE code = ANY($1) ORDER BY code`,
      [SCALE_PROVINCE_CODES],
    );
    let total = 0;
    const figuresStarted = Date.now();
    for (let i = 0; i < ids.length; i += PROVINCES_PER_BATCH) {
      const batch = ids.slice(i, i + PROVINCES_PER_BATCH).map((r) => r.id);
      const result = await q.query(INSERT_MEASUREMENTS, [batch], true);
      total += result.affected ?? 0;
      const done = Math.min(i + PROVINCES_PER_BATCH, ids.length);
      const elapsed = Date.now() - figuresStarted;
      say(
        `  · Số liệu (figures): ${done}/${ids.length} tỉnh, ${vi(total)} bản ghi, ` +
          `${seconds(elapsed)} giây (${vi(Math.round(total / (elapsed / 1000)))}/giây)`,
      );
    }
    say("  · Thống kê cho bộ lập kế hoạch truy vấn (ANALYZE)");
    await q.query(`ANALYZE`);
    const problems = await checkScaleData(q, say);
    if (problems.length > 0) {
      throw new Error(`Kiểm tra số bản ghi không đạt (count check failed): ${problems.join("; ")}`);
    }
    await q.commitTransaction();
  } catch (error) {
    if (q.isTransactionActive) await q.rollbackTransaction();
    throw error;
  } finally {
    await q.release();
  }
  // What autovacuum would do in a live database: visibility map and statistics for the new rows.
  const vacuumStarted = Date.now();
  await db.query(`VACUUM (ANALYZE) measurement`);
  say(`  · VACUUM ANALYZE measurement: ${seconds(Date.now() - vacuumStarted)} giây`);
  say(`Xong trong ${seconds(Date.now() - started)} giây (done).`);
}
