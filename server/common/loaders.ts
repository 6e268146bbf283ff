/**
 * Per-request DataLoaders: every relation field goes through one, so a list
 * costs one query per relation, never one per row. Created fresh for each
 * request (in the context), so nothing is cached across callers.
 */
import DataLoader from "dataloader";
import {
  In,
  type DataSource,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from "typeorm";

export interface ManyByOptions<T extends ObjectLiteral> {
  /** Distinguishes loaders of the same column with different scopes. */
  key?: string;
  /** Narrows the rows, e.g. to what the caller may read. */
  scope?: (qb: SelectQueryBuilder<T>, alias: string) => void;
  /** ORDER BY, as "alias.column". */
  orderBy?: Record<string, "ASC" | "DESC">;
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

  /** One row by primary key; null when missing. */
  byId<T extends ObjectLiteral>(entity: EntityTarget<T>): DataLoader<string, T | null> {
    const name = this.db.getMetadata(entity).name;
    return this.memo(
      `byId:${name}`,
      () =>
        new DataLoader<string, T | null>(async (ids) => {
          const rows = await this.db.getRepository(entity).findBy({ id: In([...ids]) } as never);
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
      `manyBy:${metadata.name}.${column}:${options.key ?? ""}`,
      () =>
        new DataLoader<string, T[]>(async (keys) => {
          const alias = "row";
          const qb = this.db
            .getRepository(entity)
            .createQueryBuilder(alias)
            .where(`${alias}.${column} IN (:...keys)`, { keys: [...keys] });
          options.scope?.(qb, alias);
          for (const [sort, order] of Object.entries(options.orderBy ?? {}))
            qb.addOrderBy(sort, order);
          const rows = await qb.getMany();
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
