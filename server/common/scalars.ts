/**
 * Scalars of the API. Decimals travel as strings so that exact numeric values
 * (money, counts, rates) never pass through binary floating point.
 */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { LocalDateResolver } from "graphql-scalars";

const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Normalises "07.50" to "7.5"; returns null when the text is not a decimal. */
export function normalizeDecimal(input: string): string | null {
  const text = input.trim();
  if (!DECIMAL.test(text)) return null;
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace("-", "").split(".");
  const w = whole.replace(/^0+(?=\d)/, "");
  const f = fraction.replace(/0+$/, "");
  const body = f ? `${w}.${f}` : w;
  return negative && body !== "0" ? `-${body}` : body;
}

function parseDecimal(value: unknown): string {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  const normalized = typeof text === "string" ? normalizeDecimal(text) : null;
  if (normalized === null) {
    throw new GraphQLError(
      `Decimal must be a number with at most 15 digits before and 6 after the point, got ${JSON.stringify(value)}`,
    );
  }
  return normalized;
}

export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description:
    'An exact decimal number, sent and received as a string such as "7.5" or "4400000" (numbers are accepted on input).',
  serialize: (value) => (typeof value === "string" ? value : String(value)),
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parseDecimal(ast.value);
    }
    throw new GraphQLError("Decimal must be a string or a number literal");
  },
});

/** A calendar date without time, YYYY-MM-DD. */
export const LocalDateScalar = LocalDateResolver;
