import { badInput } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an id before it reaches SQL, naming the field when it is malformed. */
export function assertId(value: string, field: string): string {
  if (!UUID.test(value))
    throw badInput(
      field,
      `${field} không phải mã hợp lệ (not a valid id): "${value.slice(0, 40)}"`,
    );
  return value.toLowerCase();
}

export function assertIds(values: readonly string[], field: string): string[] {
  if (values.length > 1000) throw badInput(field, `${field}: tối đa 1.000 mã (at most 1,000 ids)`);
  return values.map((v) => assertId(v, field));
}
