/**
 * The length of every text a caller sends, in one place: by argument or
 * input field name, checked once per request before any resolver runs
 * (limits.ts), so an oversized note costs neither a query nor a row. Texts
 * are normalised to Unicode NFC on the way in (a search typed in NFD finds
 * what NFC finds) and codes are trimmed ("CTK " is "CTK").
 */
import { Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { badInput } from "./errors";

/** Characters, by the name of the argument or input field. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  email: 254, // RFC 5321's longest address
  password: 200,
  code: 50,
  indicatorCode: 50,
  agencyCode: 50,
  prefix: 50,
  sortField: 50,
  sortOrder: 10,
  period: 20,
  name: 300,
  nameEn: 300,
  shortName: 100,
  title: 500,
  titleEn: 500,
  unit: 100,
  place: 300,
  partyCommittee: 300,
  directiveNumber: 100,
  q: 200,
  note: 2000,
  reviewNote: 2000,
  reason: 2000,
  source: 500,
  sourcePhrase: 2000,
  evidenceUrl: 2000,
  filename: 255,
  scopes: 20,
  ids: 64,
  // The verbatim text of a target, key task or clause of a resolution.
  text: 20_000,
  // A whole resolution's text to parse, and an import file of at most about 3 MB.
  resolutionText: 200_000,
  contentBase64: 5_600_000, // a file of about 4 MB
  // The JSON filter of a CSV download (server/common/export-filter.ts).
  filter: 10_000,
};
/** Any other text argument. */
export const DEFAULT_TEXT_LIMIT = 1000;

/** Fields whose surrounding spaces are never meant (codes, e-mails). */
const TRIMMED = new Set(["code", "indicatorCode", "agencyCode", "email", "prefix"]);

export function limitFor(name: string): number {
  return TEXT_LIMITS[name] ?? DEFAULT_TEXT_LIMIT;
}

function checked(text: string, name: string, path: string): string {
  const limit = limitFor(name);
  // A huge text is refused before normalising (NFC shortens Vietnamese NFD at most 3 to 1).
  if (text.length > limit * 4) throw tooLong(path, limit);
  let value = text.normalize("NFC");
  if (TRIMMED.has(name)) value = value.trim();
  if (value.length > limit) throw tooLong(path, limit);
  return value;
}

function tooLong(path: string, limit: number) {
  return badInput(
    path,
    `${path} dài quá ${limit.toLocaleString("vi-VN")} ký tự (${path} is over ${limit} characters)`,
  );
}

/** Checks and normalises the texts of a JSON value in place (named `path` for errors). */
export function checkTextValue(value: unknown, path: string): unknown {
  return walkValue(value, path, path);
}

/** Checks and normalises a variable's value in place; returns the new value. */
function walkValue(value: unknown, name: string, path: string): unknown {
  if (typeof value === "string") return checked(value, name, path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = walkValue(value[i], name, path);
    return value;
  }
  if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object))
      object[key] = walkValue(object[key], key, `${path}.${key}`);
  }
  return value;
}

/** A variable a text argument reads: where it is used, by the argument or field it fills. */
interface VariableUse {
  variable: string;
  name: string;
  path: string;
}

/** Checks and normalises the literal texts of `node` in place; collects the variables it reads. */
function walkNode(node: ValueNode, name: string, path: string, uses: VariableUse[]): void {
  switch (node.kind) {
    case Kind.STRING:
      (node as { value: string }).value = checked(node.value, name, path);
      return;
    case Kind.LIST:
      for (const item of node.values) walkNode(item, name, path, uses);
      return;
    case Kind.OBJECT:
      for (const field of node.fields)
        walkNode(field.value, field.name.value, `${path}.${field.name.value}`, uses);
      return;
    case Kind.VARIABLE:
      uses.push({ variable: node.name.value, name, path });
      return;
    default:
      return;
  }
}

/**
 * Documents whose literals have been checked (normalised in place, within their limits), with
 * the variables their text arguments read: a document is the same on every request that sends
 * its text (Apollo's document store), so only the variables are checked again.
 */
const checkedDocuments = new WeakMap<DocumentNode, VariableUse[]>();

/**
 * Checks every text argument of `document` (literals and the variables they use) and
 * normalises them in place. Throws BAD_USER_INPUT naming the argument and its limit.
 */
export function checkTexts(document: DocumentNode, variables: Record<string, unknown>): void {
  let uses = checkedDocuments.get(document);
  if (!uses) {
    const found: VariableUse[] = [];
    visit(document, {
      Field(field) {
        for (const argument of field.arguments ?? []) {
          // Literals are checked (and normalised) here; variables below, on every request.
          walkNode(argument.value, argument.name.value, argument.name.value, found);
        }
      },
    });
    checkedDocuments.set(document, (uses = found));
  }
  for (const { variable, name, path } of uses) {
    if (variable in variables) variables[variable] = walkValue(variables[variable], name, path);
  }
}
