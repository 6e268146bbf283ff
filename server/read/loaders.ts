/**
 * Per-request DataLoaders: every relation field goes through one, so a list
 * costs one query per relation, never one per row. Created fresh for each
 * request (in the context), so nothing is cached across callers.
 */
import DataLoader from "dataloader";
import { leanMany } from "./lean";
import {
  type DataSource,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from "typeorm";

export interface ManyByOptions<T extends ObjectLiteral> {
  /** Distinguishes loaders of the same column with different scopes. */
  key?: string;
  /** Narrows the rows, e.g. to what the caller may read; `keys` is the SQL of the batch's keys (an array). */
  scope?: (qb: SelectQueryBuilder<T>, alias: string, keys: string) => void;
  /** ORDER BY, as "alias.column". */
  orderBy?: Record<string, "ASC" | "DESC">;
  /** Only these properties (see server/read/projection.ts); every column when absent. */
  columns?: readonly string[];
}

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly db: DataSource) {}

  private memo<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** One row by primary key (only `columns` when given); null when missing. */
  byId<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    columns?: readonly string[],
  ): DataLoader<string, T | null> {
    const name = this.db.getMetadata(entity).name;
    return this.memo(
      `byId:${name}:${columns?.join(",") ?? "*"}`,
      () =>
        new DataLoader<string, T | null>(async (ids) => {
          const rows = await leanMany(
            this.db
              .getRepository(entity)
              .createQueryBuilder("row")
              .where("row.id = ANY(:ids)", {
                ids: [...ids],
              }),
            { columns: columns && [...new Set([...columns, "id"])] },
          );
          const map = new Map(rows.map((r) => [r.id as string, r]));
          return ids.map((id) => map.get(id) ?? null);
        }),
    );
  }

  /** Every row whose `column` equals the key, e.g. the indicators of a target. */
  manyBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    options: ManyByOptions<T> = {},
  ): DataLoader<string, T[]> {
    const metadata = this.db.getMetadata(entity);
    return this.memo(
      `manyBy:${metadata.name}.${column}:${options.key ?? ""}:${options.columns?.join(",") ?? "*"}`,
      () =>
        new DataLoader<string, T[]>(async (keys) => {
          const alias = "row";
          const qb = this.db
            .getRepository(entity)
            .createQueryBuilder(alias)
            // `= ANY(array)`, not `IN (…)`: one statement text (prepared once) whatever the batch size.
            .where(`${alias}.${column} = ANY(:keys)`, { keys: [...keys] });
          options.scope?.(qb, alias, "CAST(:keys AS uuid[])");
          for (const [sort, order] of Object.entries(options.orderBy ?? {}))
            qb.addOrderBy(sort, order);
          const rows = await leanMany(qb, {
            columns: options.columns && [...new Set([...options.columns, column as string])],
          });
          const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
          for (const row of rows) groups.get(row[column] as string)?.push(row);
          return keys.map((k) => groups.get(k)!);
        }),
    );
  }

  /** A loader with its own batch function, memoised under `key`. */
  custom<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.memo(`custom:${key}`, () => new DataLoader<K, V>(batch));
  }
}
