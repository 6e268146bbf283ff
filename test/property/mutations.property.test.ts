/**
 * Bad input, property-based: every mutation of schema/schema.graphql is
 * called with random and malformed arguments (wrong types through
 * variables and literals, huge strings, unicode, negative and huge numbers,
 * malformed ids, dates and decimals, nulls, empty and oversized lists, and
 * often well-formed values pointing at real ids), as every kind of caller:
 * anonymous, viewer, reporter and head of Cục Thống kê, head of Sở Y tế,
 * administrator, and a session that was signed out.
 *
 * Each answer must be a success or a typed error; never an
 * INTERNAL_SERVER_ERROR, never an HTTP 5xx. Afterwards the workflow's
 * invariants must hold over everything that was called:
 * - an approved figure keeps its value and version unless a successful
 *   reopenMeasurement took it back to draft;
 * - each successful change wrote exactly its audit rows, in its own request
 *   (matched by x-request-id), and a refused call wrote none but a denial;
 * - a reporter or head changed no figure of another agency: every figure that
 *   changed is explained by audit rows of the administrator or of its own
 *   agency's people.
 *
 * Reproducible: a fixed seed and run count (PROPERTY_SEED, PROPERTY_RUNS to
 * override); a failure prints the seed and the shrunk counterexample, and
 * PROPERTY_VERBOSE=1 prints the outcomes of each mutation.
 */
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { accounts, callers, signIn, type AccountName } from "../helpers/fixtures";
import { startTestServer, type TestServer } from "../helpers/server";

const SEED = Number(process.env.PROPERTY_SEED ?? 20251127);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 800);

const ALLOWED_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "QUERY_LIMIT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
]);

type Caller = "anonymous" | "viewer" | "reporterCtk" | "headCtk" | "headYt" | "admin" | "ended";
/** Every kind of caller; "ended" holds a session that was signed out. */
const CALLERS: Caller[] = [
  "anonymous",
  "viewer",
  "reporterCtk",
  "headCtk",
  "headYt",
  "admin",
  "ended",
];

const schema = buildSchema(
  readFileSync(path.join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8"),
);
const MUTATIONS = Object.values(schema.getMutationType()!.getFields());
/** The workflow is what the invariants are about: call it more often. */
const WEIGHT = (name: string) => (/Measurement$/.test(name) ? 4 : 1);

// ---------------------------------------------------------------------------
// Values. Ids and versions are drawn lazily from pools that grow as the run
// creates records, so a generated value stays a small plain object.

const OMIT = { omit: true } as const;
interface Ref {
  ref: string;
  n: number;
}
interface CurrentVersion {
  currentVersion: true;
}
const isRef = (v: unknown): v is Ref => typeof v === "object" && v !== null && "ref" in v;
const isCurrentVersion = (v: unknown): v is CurrentVersion =>
  typeof v === "object" && v !== null && "currentVersion" in v;

const DEMO_EMAILS = Object.values(accounts);
const huge = (unit: string) =>
  fc.integer({ min: 300, max: 120_000 }).map((n) => unit.repeat(Math.ceil(n / unit.length)));
const oddStrings = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: "grapheme", maxLength: 24 }),
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\t\n\r",
    "null",
    "undefined",
    "'; DROP TABLE measurement; --",
    "<script>alert(1)</script>",
    "Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn",
    "😀👍🏽🇻🇳",
    "\u202eabc",
    "\ud800",
    "%s%n",
    "../../etc/passwd",
  ),
  huge("x"),
  huge("Đảng "),
);
const jsonJunk = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  oddStrings,
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

const POOL_OF_ARG: Record<string, string> = {
  indicatorId: "Indicator",
  agencyId: "Agency",
  parentId: "Agency",
  successorId: "Agency",
  targetId: "Target",
  congressId: "Congress",
  provinceId: "Province",
  userId: "User",
  keyTaskIds: "KeyTask",
};
function poolOf(mutation: string, arg: string): string {
  if (arg !== "id") return POOL_OF_ARG[arg] ?? "any";
  if (/Measurement$/.test(mutation)) return "Measurement";
  if (/ApiToken$/.test(mutation)) return "ApiToken";
  return /^(?:create|update|delete)(\w+)$/.exec(mutation)?.[1] ?? "any";
}

const day = (min: number, max: number) =>
  fc
    .date({ min: new Date(`${min}-01-01`), max: new Date(`${max}-12-31`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

function wellFormedScalar(scalar: string, mutation: string, arg: string): fc.Arbitrary<unknown> {
  switch (scalar) {
    case "ID":
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({ ref: fc.constant(poolOf(mutation, arg)), n: fc.nat() }),
        },
        { weight: 1, arbitrary: fc.uuid() },
      );
    case "Int":
      if (arg === "version")
        return fc.oneof(
          { weight: 3, arbitrary: fc.constant({ currentVersion: true }) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) },
        );
      if (/year$/i.test(arg))
        return fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min: 2020, max: 2025 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1985, max: 2035 }) },
        );
      if (arg === "dueDaysAfterPeriod") return fc.integer({ min: -5, max: 400 });
      return fc.integer({ min: -3, max: 60 });
    case "Float":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "Boolean":
      return fc.boolean();
    case "Decimal":
      return fc.oneof(
        fc.constantFrom("7.5", "0", "100", "-3.25", "101", "4400000", "0.000001", "65"),
        fc.integer({ min: -1000, max: 100000 }),
        fc
          .double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true })
          .map((n) => n.toFixed(2)),
      );
    case "LocalDate":
      return day(2015, 2030);
    case "DateTimeISO":
      return fc
        .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "JSON":
      return fc.jsonValue({ maxDepth: 2 });
    default: // String
      return wellFormedString(arg);
  }
}

function wellFormedString(arg: string): fc.Arbitrary<unknown> {
  switch (arg) {
    case "email":
      return fc.oneof(
        fc.constantFrom(...DEMO_EMAILS, "nan.nhan@langson.example"),
        fc.stringMatching(/^[a-z]{1,8}\.[a-z]{1,5}@langson\.example$/),
        fc.constantFrom("KHONG-HOP-LE", "a@b", "  XEM@LANGSON.EXAMPLE  "),
      );
    case "password":
      return fc.constantFrom("langson-demo-2025", "mat-khau-du-dai-2025", "ngan", "");
    case "reason":
    case "note":
      return fc.constantFrom("Số liệu chưa khớp niên giám", "", "   ", "Lý do điều chỉnh");
    case "source":
      return fc.constantFrom("Cục Thống kê Lạng Sơn", "", "Niên giám 2024");
    case "evidenceUrl":
      return fc.constantFrom(
        "https://langson.gov.vn/bao-cao.pdf",
        "ftp://x",
        "javascript:alert(1)",
      );
    case "code":
      return fc.constantFrom("21.a", "1.a", "X", "SO-MOI", "12.b", "99.z");
    case "filename":
      return fc.constantFrom("so-lieu.csv", "so-lieu.xlsx", "so-lieu.txt", "");
    case "contentBase64":
      return fc
        .constantFrom(
          "indicatorCode,year,period,value,valueKind,source\n2.a,2024,YEAR,20.5,OFFICIAL,Cục Thống kê\n",
          "indicatorCode,year,value\n1.a,2030,abc\n",
          "",
          "\u0000\u0001garbage",
        )
        .map((text) => Buffer.from(text).toString("base64"));
    default:
      return fc.oneof(
        fc.constantFrom("read", "submit", "Cục Thống kê", "Tên mới", "Lạng Sơn"),
        fc.string({ minLength: 1, maxLength: 30 }),
      );
  }
}

function malformedScalar(scalar: string): fc.Arbitrary<unknown> {
  switch (scalar) {
    case "ID":
      return fc.oneof(
        oddStrings,
        fc.integer(),
        fc.uuid().map((u) => u.toUpperCase()),
        fc.uuid().map((u) => `${u}x`),
        fc.constantFrom("00000000-0000-0000-0000-000000000000", "1", "-1", "1e3"),
      );
    case "Int":
      return fc.oneof(
        fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5, "5", Number.MAX_SAFE_INTEGER, -1, 0, 1e300),
        fc.integer(),
      );
    case "Decimal":
      return fc.oneof(
        fc.constantFrom(
          "abc",
          "",
          "1e5",
          "1,5",
          "--1",
          "1.2.3",
          "9999999999999999",
          "0.1234567",
          " 7 ",
          "NaN",
          "Infinity",
          "0x10",
          "+5",
          "-0",
          "-100000000000000",
          "999999999999999.999999",
        ),
        fc.double(),
        oddStrings,
      );
    case "LocalDate":
      return fc.oneof(
        fc.constantFrom(
          "2023-02-29",
          "2024-13-01",
          "2024-00-10",
          "24-01-01",
          "2024/01/01",
          "",
          "0000-01-01",
          "9999-12-31",
          "2024-01-01T00:00:00Z",
          "-2024-01-01",
        ),
        oddStrings,
        fc.integer(),
      );
    case "DateTimeISO":
      return fc.oneof(
        fc.constantFrom(
          "2024-01-01",
          "not a date",
          "2024-13-01T00:00:00Z",
          "+275760-09-13T00:00:00.000Z",
          "1969-12-31T23:59:59Z",
          "0001-01-01T00:00:00Z",
          "2024-02-30T10:00:00+07:00",
        ),
        fc.integer(),
        fc.double(),
        oddStrings,
      );
    case "Boolean":
      return fc.constantFrom("true", 1, 0, "yes", "");
    default:
      return oddStrings;
  }
}

function wellFormed(type: GraphQLInputType, mutation: string, arg: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellFormed(type.ofType, mutation, arg);
  if (isListType(type))
    return fc.array(wellFormed(type.ofType as GraphQLInputType, mutation, arg), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, wellFormed(f.type, mutation, f.name)])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  }
  return wellFormedScalar(type.name, mutation, arg);
}

function malformed(type: GraphQLInputType, mutation: string, arg: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return malformed(type.ofType, mutation, arg);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    return fc.oneof(
      fc.constant([]),
      fc.array(fc.oneof(malformed(item, mutation, arg), fc.constant(null)), { maxLength: 4 }),
      // A single value where a list is expected (GraphQL coerces it), and a very long list.
      wellFormed(item, mutation, arg),
      fc.uuid().map((u) => Array.from({ length: 1001 }, () => u)),
    );
  }
  if (isEnumType(type))
    return fc.oneof(
      fc.constantFrom(...type.getValues().map((v) => v.name.toLowerCase()), "", "UNKNOWN"),
      jsonJunk,
    );
  if (isInputObjectType(type))
    return fc.oneof(
      fc.constant({}),
      fc.dictionary(fc.constantFrom("year", "value", "extra", ""), jsonJunk, { maxKeys: 3 }),
    );
  return malformedScalar(type.name);
}

function argument(type: GraphQLInputType, mutation: string, arg: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: wellFormed(type, mutation, arg) },
    { weight: 4, arbitrary: malformed(type, mutation, arg) },
    { weight: 1, arbitrary: jsonJunk },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constant(OMIT) },
  );
}

interface Command {
  mutation: string;
  caller: Caller;
  args: Record<string, unknown>;
  /** Arguments written into the query text instead of sent as variables. */
  literal: boolean;
}

const figureValue = fc.constantFrom("0", "1", "12.5", "45", "99.9", "7.25");
const ref = (pool: string) => fc.record({ ref: fc.constant(pool), n: fc.nat() });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: fc.constant(OMIT) });
/** A new figure for an indicator some agency reports, or an edit of a known figure. */
const plausibleFigure = fc.oneof(
  fc.record({
    indicatorId: ref("AssignedIndicator"),
    agencyId: fc.oneof(
      { weight: 3, arbitrary: fc.constant(OMIT) },
      { weight: 1, arbitrary: ref("ReportingAgency") },
    ),
    year: fc.integer({ min: 2020, max: 2025 }),
    period: maybe(fc.constantFrom("YEAR", "H1", "Q1", "Q2", "Q3", "Q4")),
    valueKind: maybe(fc.constantFrom("ESTIMATE", "OFFICIAL")),
    value: figureValue,
    source: maybe(fc.constantFrom("Cục Thống kê Lạng Sơn", "Sở Y tế")),
    note: maybe(fc.constantFrom("Số ước", "")),
  }),
  fc.record({
    id: fc.oneof(ref("Measurement"), ref("RecentMeasurement")),
    version: fc.constant({ currentVersion: true }),
    value: maybe(figureValue),
    source: maybe(fc.constantFrom("Niên giám thống kê", " ")),
  }),
);
/** A workflow step on a known figure, at its current version. */
const plausibleStep = fc.record({
  id: fc.oneof(ref("Measurement"), ref("RecentMeasurement")),
  version: fc.oneof(
    { weight: 4, arbitrary: fc.constant({ currentVersion: true }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) },
  ),
  reason: fc.constantFrom("Số liệu chưa khớp niên giám", "Điều chỉnh theo số chính thức", " "),
  note: maybe(fc.constantFrom("Khớp niên giám", "")),
});

/** Mostly plausible arguments, so that calls get past validation into the services. */
function plausible(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  if (/^(save|create|update)Measurement$/.test(field.name)) return plausibleFigure;
  if (/^(submit|approve|return|reopen|delete)Measurement$/.test(field.name))
    return plausibleStep.map((step) =>
      Object.fromEntries(
        Object.entries(step).filter(([k]) => field.args.some((a) => a.name === k)),
      ),
    );
  const creating = /^create/.test(field.name);
  return fc.record(
    Object.fromEntries(
      field.args.map((a) => {
        const value = wellFormed(a.type, field.name, a.name);
        if (isNonNullType(a.type)) return [a.name, value] as const;
        return [
          a.name,
          fc.oneof(
            { weight: creating ? 6 : 2, arbitrary: value },
            { weight: 1, arbitrary: fc.constant(OMIT) },
          ),
        ] as const;
      }),
    ),
  );
}

/** Any mix of well-formed, malformed, wrongly typed, null and missing arguments. */
function fuzzed(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(
      field.args.map((a) => [a.name, argument(a.type, field.name, a.name)] as const),
    ),
  );
}

/** Plausible calls come more often from callers who may make them. */
function likelyCaller(mutation: string): fc.Arbitrary<Caller> {
  const likely: Caller[] = /^(approve|return|reopen)Measurement$/.test(mutation)
    ? ["headCtk", "headCtk", "headCtk", "headYt", "admin"]
    : /Measurement$/.test(mutation)
      ? ["reporterCtk", "reporterCtk", "reporterCtk", "admin"]
      : ["admin", "admin", "reporterCtk", "headCtk"];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...likely) },
    { weight: 1, arbitrary: fc.constantFrom(...CALLERS) },
  );
}

const commands: fc.Arbitrary<Command> = fc.oneof(
  ...MUTATIONS.map((field) => ({
    weight: WEIGHT(field.name),
    arbitrary: fc.oneof(
      {
        weight: 2,
        arbitrary: fc.record({
          mutation: fc.constant(field.name),
          caller: likelyCaller(field.name),
          args: plausible(field),
          literal: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          mutation: fc.constant(field.name),
          caller: fc.constantFrom(...CALLERS),
          args: fuzzed(field),
          literal: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
        }),
      },
    ),
  })),
);

// ---------------------------------------------------------------------------
// The operation: variables by default, literals sometimes.

function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return "null";
  const named = getNamedType(type);
  if (Array.isArray(value)) {
    const item = isNonNullType(type) ? type.ofType : type;
    const inner = isListType(item) ? (item.ofType as GraphQLInputType) : item;
    return `[${value.map((v) => literal(v, inner)).join(", ")}]`;
  }
  if (typeof value === "object") {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`)
      .join(", ")}}`;
  }
  if (typeof value === "string") {
    if (isEnumType(named) && /^[_A-Za-z]\w*$/.test(value) && !/^(true|false|null)$/.test(value))
      return value;
    return JSON.stringify(value);
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  return String(value);
}

function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return "";
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(field.name);
    else if (isObjectType(inner) && inner.getFields().id) parts.push(`${field.name} { id }`);
  }
  return `{ ${parts.join(" ")} }`;
}

function operation(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  asLiteral: boolean,
): { query: string; variables: Record<string, unknown> } {
  const declared: string[] = [];
  const passed: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (!(arg.name in args)) continue;
    const value = args[arg.name];
    if (asLiteral) {
      passed.push(`${arg.name}: ${literal(value, arg.type)}`);
    } else {
      declared.push(`$${arg.name}: ${String(arg.type)}`);
      passed.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = value;
    }
  }
  const head = declared.length ? `mutation Prop(${declared.join(", ")})` : "mutation Prop";
  const call = passed.length ? `${field.name}(${passed.join(", ")})` : field.name;
  return { query: `${head} { ${call} ${selectionOf(field.type)} }`, variables };
}

// ---------------------------------------------------------------------------

interface Call {
  n: number;
  requestId: string;
  mutation: string;
  caller: Caller;
  args: Record<string, unknown>;
  status: number;
  codes: string[];
  messages: string[];
  data: Record<string, unknown> | null;
}

interface AuditRow {
  request_id: string;
  action: string;
  entity_id: string | null;
  actor_id: string | null;
  before: { agencyId?: string } | null;
  after: { agencyId?: string } | null;
}

const MEASUREMENT_STEP: Record<string, string> = {
  submitMeasurement: "Measurement.submit",
  approveMeasurement: "Measurement.approve",
  returnMeasurement: "Measurement.return",
  reopenMeasurement: "Measurement.reopen",
  deleteMeasurement: "Measurement.delete",
};

/**
 * The audit rows a successful call must have written, by action, and the
 * actions it may have written besides (follow-on changes such as a merged
 * agency handing over its assignments). Undefined for an unknown mutation:
 * add it here when adding it to the schema.
 */
function expectedAudit(
  call: Call,
  revoked: Set<string>,
): { exact: Record<string, number>; entityId?: string; sideActions?: string[] } | undefined {
  const { mutation, args } = call;
  const result = call.data?.[mutation] as Record<string, unknown> | undefined;
  const id = result?.id as string | undefined;
  if (mutation in MEASUREMENT_STEP)
    return { exact: { [MEASUREMENT_STEP[mutation]]: 1 }, entityId: id };
  if (/^(save|create|update)Measurement$/.test(mutation)) {
    const edit = mutation !== "createMeasurement" && Boolean(args.id);
    return { exact: { [edit ? "Measurement.update" : "Measurement.create"]: 1 }, entityId: id };
  }
  const crud =
    /^(create|update|delete)(Agency|Assignment|Congress|Indicator|KeyTask|Target|User)$/.exec(
      mutation,
    );
  if (crud)
    return {
      exact: { [`${crud[2]}.${crud[1]}`]: 1 },
      entityId: id,
      sideActions: crud[2] === "Agency" ? ["Assignment.end", "Assignment.handOver"] : [],
    };
  switch (mutation) {
    case "assignTarget":
      return {
        exact: { "Assignment.create": (call.data!.assignTarget as unknown[]).length },
        sideActions: ["Assignment.end"],
      };
    case "assessTarget":
      // Audited on the target (its history), not on the assessment row.
      return { exact: { "Target.assess": 1 } };
    case "createApiToken":
      return { exact: { "ApiToken.create": 1 } };
    case "revokeApiToken": {
      // Revoking a revoked token again changes nothing and records nothing.
      const first = !revoked.has(id!);
      revoked.add(id!);
      return { exact: first ? { "ApiToken.revoke": 1 } : {}, entityId: id };
    }
    case "login":
      return { exact: { login: 1 } };
    case "logout":
      return { exact: { logout: 1 } };
    // Reminders keep their own record (the reminder table); a preference or a read mark is not audited.
    case "sendDueReminders":
    case "markRemindersRead":
    case "setReminderSetting":
      return { exact: {} };
    case "importMeasurements": {
      if (!result?.written) return { exact: {} };
      return {
        exact: {
          "Measurement.import": 1,
          "Measurement.create": Number(result.created),
          "Measurement.update": Number(result.updated),
        },
      };
    }
    default:
      return undefined;
  }
}

describe("every mutation, random and malformed input, every caller", () => {
  let t: TestServer;
  const tokens = new Map<Caller, string | undefined>();
  const pools = new Map<string, string[]>();
  const versions = new Map<string, number>();
  const calls: Call[] = [];
  const userIds = new Map<Caller, string>();
  let agencyOfUser = new Map<string, string | null>();
  let approvedBefore: { id: string; value: string; version: number }[] = [];
  let figuresBefore = new Map<string, { agency_id: string; digest: string }>();

  const sql = async <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    (await t.db.query(query, params)) as T[];

  beforeAll(async () => {
    t = await startTestServer({ DB_POOL_SIZE: "5" });
    const as = callers(t.client);
    const sessions: Record<Exclude<Caller, "anonymous" | "ended">, AccountName> = {
      viewer: "viewer",
      reporterCtk: "reporterCtk",
      headCtk: "headCtk",
      headYt: "headYt",
      admin: "admin",
    };
    tokens.set("anonymous", undefined);
    for (const [caller, account] of Object.entries(sessions)) {
      tokens.set(caller as Caller, await signIn(t.client, accounts[account]));
      const [user] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [
        accounts[account],
      ]);
      userIds.set(caller as Caller, user.id);
    }
    const ended = await signIn(t.client, accounts.reporterYt);
    await t.client.as(ended).data(`mutation { logout }`);
    tokens.set("ended", ended);

    // Figures in every state, in both agencies, and a few records that may be changed freely.
    const admin = await as("admin");
    const reporterCtk = await as("reporterCtk");
    const reporterYt = await as("reporterYt");
    const headCtk = await as("headCtk");
    const save = `mutation($i: ID, $y: Int, $p: PeriodType) { saveMeasurement(indicatorId: $i, year: $y, period: $p, value: "12", source: "Báo cáo") { id } }`;
    const step = (name: string, extra = "") =>
      `mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v${extra}) { id } }`;
    const indicator = async (code: string) =>
      (await sql<{ id: string }>(`SELECT id FROM indicator WHERE code = $1`, [code]))[0].id;
    const ctkDrafts: string[] = [];
    for (const period of ["Q1", "Q2", "Q3", "Q4"]) {
      const { saveMeasurement } = await reporterCtk.data<{ saveMeasurement: { id: string } }>(
        save,
        {
          i: await indicator("2.a"),
          y: 2024,
          p: period,
        },
      );
      ctkDrafts.push(saveMeasurement.id);
    }
    await reporterCtk.data(step("submitMeasurement"), { id: ctkDrafts[1], v: 1 });
    await reporterCtk.data(step("submitMeasurement"), { id: ctkDrafts[2], v: 1 });
    await headCtk.data(step("returnMeasurement", `, reason: "Thiếu nguồn"`), {
      id: ctkDrafts[2],
      v: 2,
    });
    await reporterCtk.data(step("submitMeasurement"), { id: ctkDrafts[3], v: 1 });
    await headCtk.data(step("approveMeasurement"), { id: ctkDrafts[3], v: 2 });
    for (const period of ["Q1", "Q2"]) {
      const { saveMeasurement } = await reporterYt.data<{ saveMeasurement: { id: string } }>(save, {
        i: await indicator("12.c"),
        y: 2024,
        p: period,
      });
      if (period === "Q2")
        await reporterYt.data(step("submitMeasurement"), { id: saveMeasurement.id, v: 1 });
    }
    const agencyOf = async (code: string) =>
      (await sql<{ id: string }>(`SELECT id FROM agency WHERE code = $1`, [code]))[0].id;
    for (const [email, role, agency] of [
      ["thu.nghiem1@langson.example", "REPORTER", "CTK"],
      ["thu.nghiem2@langson.example", "AGENCY_HEAD", "SO-YT"],
    ] as const) {
      await admin.data(
        `mutation($e: String, $r: Role, $a: ID) { createUser(email: $e, name: "Thử nghiệm", role: $r, agencyId: $a, password: "mat-khau-du-dai-2025") { id } }`,
        { e: email, r: role, a: await agencyOf(agency) },
      );
    }
    for (const [who, scopes] of [
      [reporterCtk, ["read", "submit"]],
      [admin, ["read"]],
    ] as const)
      await who.data(
        `mutation($s: [String!]!) { createApiToken(name: "tích hợp", scopes: $s) { token } }`,
        { s: scopes },
      );

    // The pools real ids are drawn from, each in an order that does not depend on the random
    // ids themselves, so that a seed replays the same calls. The demo accounts stay out of
    // reach, so the callers keep their sessions and agencies (authorization.test.ts covers them).
    const poolQueries: Record<string, string> = {
      Agency: `SELECT id FROM agency ORDER BY code`,
      Assignment: `SELECT a.id FROM assignment a JOIN indicator i ON i.id = a.indicator_id
        JOIN agency g ON g.id = a.agency_id ORDER BY i.code, g.code, a.role, a.starts_on`,
      Congress: `SELECT id FROM congress ORDER BY ordinal`,
      Indicator: `SELECT id FROM indicator ORDER BY code`,
      KeyTask: `SELECT id FROM key_task ORDER BY ordinal`,
      Measurement: `SELECT m.id FROM measurement m JOIN indicator i ON i.id = m.indicator_id
        JOIN agency g ON g.id = m.agency_id ORDER BY i.code, g.code, m.year, m.period, m.value_kind`,
      Province: `SELECT id FROM province ORDER BY code`,
      Target: `SELECT id FROM target ORDER BY number`,
      ApiToken: `SELECT id FROM api_token ORDER BY created_at`,
      User: `SELECT id FROM app_user WHERE email <> ALL($1) ORDER BY email`,
      ReportingAgency: `SELECT id FROM agency WHERE code IN ('CTK', 'SO-YT') ORDER BY code`,
      AssignedIndicator: `SELECT i.id FROM indicator i WHERE EXISTS (SELECT 1 FROM assignment a
        JOIN agency g ON g.id = a.agency_id WHERE a.indicator_id = i.id
        AND g.code IN ('CTK', 'SO-YT') AND a.ends_on IS NULL) ORDER BY i.code`,
    };
    pools.set("RecentMeasurement", []);
    for (const [pool, query] of Object.entries(poolQueries))
      pools.set(
        pool,
        (await sql<{ id: string }>(query, query.includes("$1") ? [DEMO_EMAILS] : [])).map(
          (r) => r.id,
        ),
      );
    for (const row of await sql<{ id: string; version: number }>(
      `SELECT id, version FROM measurement`,
    ))
      versions.set(row.id, row.version);

    agencyOfUser = new Map(
      (
        await sql<{ id: string; agency_id: string | null }>(`SELECT id, agency_id FROM app_user`)
      ).map((r) => [r.id, r.agency_id]),
    );
    approvedBefore = await sql(
      `SELECT id, value::text AS value, version FROM measurement WHERE status = 'APPROVED'`,
    );
    figuresBefore = new Map(
      (
        await sql<{ id: string; agency_id: string; digest: string }>(
          `SELECT id, agency_id, md5(m::text) AS digest FROM measurement m`,
        )
      ).map((r) => [r.id, r]),
    );
  }, 120_000);
  afterAll(() => t?.close());

  function resolve(value: unknown, args: Record<string, unknown>): unknown {
    if (isRef(value)) {
      const pool = value.ref === "any" ? [...pools.values()].flat() : (pools.get(value.ref) ?? []);
      return pool.length ? pool[value.n % pool.length] : "00000000-0000-4000-8000-000000000000";
    }
    if (isCurrentVersion(value)) return versions.get(String(args.id)) ?? 1;
    if (Array.isArray(value)) return value.map((v) => resolve(v, args));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, args)]));
    return value;
  }

  /** Adds what a success returned to the pools, and remembers each figure's version. */
  function learn(field: GraphQLField<unknown, unknown>, result: unknown): void {
    const type = getNamedType(field.type).name;
    for (const item of Array.isArray(result) ? result : [result]) {
      if (!item || typeof item !== "object") continue;
      const record = item as Record<string, unknown>;
      const apiToken = record.apiToken as { id?: string } | undefined;
      const [pool, id] = apiToken?.id ? ["ApiToken", apiToken.id] : [type, record.id];
      if (typeof id !== "string") continue;
      if (!pools.get(pool)?.includes(id)) pools.get(pool)?.push(id);
      if (type === "Measurement" && typeof record.version === "number") {
        versions.set(id, record.version);
        // The next workflow step is most likely to apply to a figure just touched.
        const recent = pools.get("RecentMeasurement")!.filter((r) => r !== id);
        pools.set("RecentMeasurement", [id, ...recent].slice(0, 3));
      }
    }
  }

  async function run(command: Command): Promise<Call> {
    const field = MUTATIONS.find((m) => m.name === command.mutation)!;
    const sentArgs: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(command.args))
      if (value !== OMIT) sentArgs[name] = value;
    // Ids first: a current version is the version of the figure the call points at.
    if (sentArgs.id !== undefined) sentArgs.id = resolve(sentArgs.id, {});
    const args = resolve(sentArgs, sentArgs) as Record<string, unknown>;
    const { query, variables } = operation(field, args, command.literal);

    let token = tokens.get(command.caller);
    // logout ends the session it is called with: give it one of its own.
    if (
      command.mutation === "logout" &&
      command.caller !== "anonymous" &&
      command.caller !== "ended"
    )
      token = await signIn(t.client, accounts[command.caller as AccountName] ?? accounts.admin);
    // Sign-in attempts would otherwise throttle (and lock) the shared accounts and address.
    if (command.mutation === "login") await t.db.query(`DELETE FROM login_throttle`);

    const n = calls.length;
    const requestId = `prop-${SEED}-${n}`;
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-request-id": requestId,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: string }; message: string }[];
    };
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    const call: Call = {
      n,
      requestId,
      mutation: command.mutation,
      caller: command.caller,
      args,
      status: response.status,
      codes: (body.errors ?? []).map((e) => String(e.extensions?.code)),
      messages: (body.errors ?? []).map((e) => e.message.slice(0, 120)),
      data: body.errors?.length ? null : (body.data ?? null),
    };
    calls.push(call);
    if (call.data) learn(field, call.data[command.mutation]);

    const problems: string[] = [];
    if (response.status >= 500) problems.push(`HTTP ${response.status}`);
    if (
      !body.errors?.length &&
      !body.data?.[command.mutation] &&
      body.data?.[command.mutation] !== false
    )
      problems.push("neither data nor errors");
    for (const error of body.errors ?? [])
      if (!ALLOWED_CODES.has(String(error.extensions?.code)))
        problems.push(`${String(error.extensions?.code)}: ${error.message}`);
    if (problems.length)
      throw new Error(
        `${command.mutation} as ${command.caller} (request ${requestId}): ${problems.join("; ")}\n` +
          `query: ${query.slice(0, 500)}\nvariables: ${JSON.stringify(variables).slice(0, 500)}`,
      );
    return call;
  }

  // Found by this test: each was an HTTP 500 (the first three with a typed code, the last masked).
  it.each([
    ["a syntax error", `mutation { logout(`, {}, "GRAPHQL_PARSE_FAILED"],
    ["too many tokens", `mutation { logout ${"@skip(if: false) ".repeat(700)}}`, {}, "QUERY_LIMIT"],
    ["too many characters", `mutation { logout } # ${"x".repeat(21000)}`, {}, "QUERY_LIMIT"],
    [
      "more than 50 wrong variables",
      `mutation($p: [PlanValueInput!], $id: ID!) { updateIndicator(id: $id, planValues: $p) { id } }`,
      { id: "x", p: Array.from({ length: 60 }, () => "x") },
      "BAD_USER_INPUT",
    ],
  ])("answers %s with HTTP 400 and a typed error", async (_what, query, variables, code) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors.map((e) => e.extensions.code)).toContain(code);
    expect(body.errors.map((e) => e.extensions.code)).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("answers a signed-out session with HTTP 401, not 500", async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${tokens.get("ended")}`,
      },
      body: JSON.stringify({ query: `mutation { logout }` }),
    });
    expect(response.status).toBe(401);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        .extensions.code,
    ).toBe("UNAUTHENTICATED");
  });

  it(`answers every call with a success or a typed error (seed ${SEED}, ${RUNS} runs)`, async () => {
    const details = await fc.check(
      fc.asyncProperty(commands, async (command) => {
        await run(command);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    if (details.failed) {
      // fast-check's own report prints the whole counterexample, which can be megabytes long.
      const counterexample = JSON.stringify(details.counterexample).slice(0, 1500);
      throw new Error(
        `Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"; ` +
          `reproduce with PROPERTY_SEED=${SEED} PROPERTY_RUNS=${RUNS})\n` +
          `counterexample: ${counterexample}\n${String((details.errorInstance as Error)?.message ?? details.errorInstance)}`,
      );
    }
    if (process.env.PROPERTY_VERBOSE) {
      const outcomes = new Map<string, Map<string, number>>();
      for (const c of calls) {
        const byOutcome = outcomes.get(c.mutation) ?? new Map<string, number>();
        const outcome = c.data ? "ok" : (c.codes[0] ?? `HTTP ${c.status}`);
        byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
        outcomes.set(c.mutation, byOutcome);
      }
      console.log(
        [...outcomes]
          .sort()
          .map(([m, o]) => `${m}: ${[...o].map(([k, n]) => `${k} ${n}`).join(", ")}`)
          .join("\n"),
      );
    }
    // The run must have reached past the permission checks, not only bounced off them.
    const successes = calls.filter((c) => c.data);
    const succeeded = new Set(successes.map((c) => c.mutation));
    expect(succeeded.size).toBeGreaterThanOrEqual(10);
    for (const step of ["saveMeasurement", "submitMeasurement"]) expect(succeeded).toContain(step);
  }, 300_000);

  it("keeps approved figures as they were, unless reopened", async () => {
    const now = new Map(
      (
        await sql<{ id: string; value: string; version: number; status: string }>(
          `SELECT id, value::text AS value, version, status FROM measurement`,
        )
      ).map((r) => [r.id, r]),
    );
    const reopened = new Set(
      calls
        .filter((c) => c.mutation === "reopenMeasurement" && c.data)
        .map((c) => (c.data!.reopenMeasurement as { id: string }).id),
    );
    // Approved before the run ...
    for (const figure of approvedBefore) {
      if (reopened.has(figure.id)) continue;
      expect({ ...now.get(figure.id) }).toEqual({ ...figure, status: "APPROVED" });
    }
    // ... and approved during it, from its approval on.
    const last = new Map<string, { mutation: string; value: string; version: number }>();
    for (const call of calls.filter((c) => c.data && /Measurement$/.test(c.mutation))) {
      const figure = call.data![call.mutation] as { id: string; value: string; version: number };
      last.set(figure.id, {
        mutation: call.mutation,
        value: figure.value,
        version: figure.version,
      });
    }
    for (const [id, step] of last) {
      if (step.mutation !== "approveMeasurement") continue;
      const row = now.get(id)!;
      expect({ id, value: row.value, version: row.version, status: row.status }).toEqual({
        id,
        value: step.value,
        version: step.version,
        status: "APPROVED",
      });
    }
  });

  it("wrote exactly one audit row per successful change, and none for a refused one", async () => {
    const rows = await sql<AuditRow>(
      `SELECT request_id, action, entity_id, actor_id, before, after FROM audit_event
        WHERE request_id LIKE $1`,
      [`prop-${SEED}-%`],
    );
    const byRequest = new Map<string, AuditRow[]>();
    for (const row of rows)
      byRequest.set(row.request_id, [...(byRequest.get(row.request_id) ?? []), row]);
    const expectedByAction = new Map<string, number>();
    const actualByAction = new Map<string, number>();
    const problems: string[] = [];
    const revoked = new Set<string>();
    for (const call of calls) {
      const written = (byRequest.get(call.requestId) ?? []).filter(
        (r) => r.action !== "permission.denied" && r.action !== "login.failed",
      );
      const counts = new Map<string, number>();
      for (const r of written) counts.set(r.action, (counts.get(r.action) ?? 0) + 1);
      const label = `#${call.n} ${call.mutation} as ${call.caller}`;
      if (!call.data) {
        if (written.length)
          problems.push(`${label} failed but wrote ${[...counts.keys()].join(", ")}`);
        continue;
      }
      const expected = expectedAudit(call, revoked);
      if (!expected) {
        problems.push(`${label}: no audit expectation for this mutation (add it to expectedAudit)`);
        continue;
      }
      for (const [action, count] of Object.entries(expected.exact)) {
        expectedByAction.set(action, (expectedByAction.get(action) ?? 0) + count);
        actualByAction.set(action, (actualByAction.get(action) ?? 0) + (counts.get(action) ?? 0));
        if ((counts.get(action) ?? 0) !== count)
          problems.push(`${label}: ${counts.get(action) ?? 0} × ${action}, expected ${count}`);
        if (expected.entityId && count === 1) {
          const row = written.find((r) => r.action === action);
          if (row && row.entity_id !== expected.entityId)
            problems.push(`${label}: ${action} about ${row.entity_id}, not ${expected.entityId}`);
        }
      }
      for (const action of counts.keys())
        if (!(action in expected.exact) && !expected.sideActions?.includes(action))
          problems.push(`${label}: unexpected audit ${action}`);
    }
    expect(problems).toEqual([]);
    expect(Object.fromEntries(actualByAction)).toEqual(Object.fromEntries(expectedByAction));
  });

  it("let no reporter or head change another agency's figures", async () => {
    const own = (actor: string | null, agency: string) =>
      actor === userIds.get("admin") || (actor !== null && agencyOfUser.get(actor) === agency);
    const after = await sql<{ id: string; agency_id: string; digest: string }>(
      `SELECT id, agency_id, md5(m::text) AS digest FROM measurement m`,
    );
    const changed = new Map<string, string>(); // id → agency
    for (const row of after)
      if (figuresBefore.get(row.id)?.digest !== row.digest) changed.set(row.id, row.agency_id);
    const remaining = new Set(after.map((r) => r.id));
    for (const [id, row] of figuresBefore) if (!remaining.has(id)) changed.set(id, row.agency_id);

    const audits = await sql<AuditRow>(
      `SELECT request_id, action, entity_id, actor_id, before, after FROM audit_event
        WHERE request_id LIKE $1 AND action LIKE 'Measurement.%'`,
      [`prop-${SEED}-%`],
    );
    const problems: string[] = [];
    for (const [id, agency] of changed) {
      const about = audits.filter((a) => a.entity_id === id);
      if (about.length === 0) problems.push(`figure ${id} changed without an audit row`);
      for (const a of about)
        if (!own(a.actor_id, agency))
          problems.push(`figure ${id} of agency ${agency} changed by ${a.actor_id} (${a.action})`);
    }
    // And from the answers: each figure a reporter or head touched was their own agency's.
    for (const call of calls) {
      if (!call.data || !/Measurement$/.test(call.mutation) || call.caller === "admin") continue;
      const figure = call.data[call.mutation] as { agencyId: string };
      const agency = agencyOfUser.get(userIds.get(call.caller)!);
      if (figure.agencyId !== agency)
        problems.push(`#${call.n} ${call.mutation} as ${call.caller} on agency ${figure.agencyId}`);
    }
    expect(problems).toEqual([]);
    // The run did change figures, so the check above had something to check.
    expect(changed.size).toBeGreaterThan(0);
  });
});
