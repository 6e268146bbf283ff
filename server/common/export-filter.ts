/**
 * The `filter` of a CSV download (`/exports/Target.csv?filter={…}`) checked
 * as strictly as the same filter sent to GraphQL: parsed as JSON, coerced by
 * the list's own filter input type (`TargetFilter`), texts bounded and
 * normalised. A wrong type or an unknown field is BAD_USER_INPUT naming it.
 */
import { coerceInputValue, isInputObjectType } from "graphql";
import { createSchema } from "../graphql/schema";
import { badInput } from "./errors";
import type { BaseFilter } from "./list";
import { checkTextValue, limitFor } from "./text-limits";

export async function exportFilter(
  typeName: string,
  raw: unknown,
): Promise<BaseFilter | undefined> {
  if (raw === undefined) return undefined;
  if (typeof raw !== "string") throw badInput("filter", "filter chỉ được gửi một lần (one filter)");
  if (raw.length > limitFor("filter"))
    throw badInput("filter", `filter dài quá ${limitFor("filter")} ký tự (filter too long)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badInput("filter", "filter phải là JSON (filter must be JSON)");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw badInput("filter", "filter phải là một đối tượng JSON (filter must be a JSON object)");
  const type = (await createSchema()).getType(`${typeName}Filter`);
  if (!isInputObjectType(type)) return parsed as BaseFilter;
  checkTextValue(parsed, "filter");
  return coerceInputValue(parsed, type, (path, _value, error) => {
    const field = ["filter", ...path].join(".");
    throw badInput(field, `${field}: ${error.message}`);
  }) as BaseFilter;
}
