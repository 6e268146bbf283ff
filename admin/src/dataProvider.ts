/**
 * react-admin's data provider: ra-data-graphql-simple on /graphql, with three
 * adjustments for this server: lists ask only for the fields a list shows
 * (relations and history are read where they are displayed), a sort the
 * server does not offer falls back to the resource's default, and errors keep
 * their GraphQL code and offending field so forms can show them in place.
 */
import buildGraphQLProvider, { buildQuery } from "ra-data-graphql-simple";
import type { IntrospectionResult } from "ra-data-graphql";
import { HttpError, type DataProvider } from "react-admin";
import { GRAPHQL_URL } from "./graphql";

/** Fields the server sorts by, per resource (anything else is refused). */
export const SORTABLE: Record<string, string[]> = {
  Agency: ["code", "name", "shortName", "kind", "validTo"],
  ApiToken: ["name", "createdAt", "expiresAt", "lastUsedAt"],
  Assignment: ["startsOn", "endsOn", "role", "assignedAt"],
  AuditEvent: ["at", "action", "entityType"],
  Congress: ["ordinal", "termStartYear", "heldFrom", "createdAt"],
  Resolution: ["title", "adoptedOn"],
  Indicator: ["code", "name", "kind", "position", "createdAt"],
  KeyTask: ["ordinal", "title", "createdAt"],
  Measurement: ["year", "period", "status", "value", "submittedAt", "reviewedAt", "updatedAt"],
  Province: ["code", "name", "createdAt"],
  Target: ["number", "title", "domain", "createdAt"],
  User: ["email", "name", "role", "createdAt", "lastLoginAt"],
};

/** Relations too costly for every list row; the pages that show them fetch them. */
const HEAVY_FIELDS: Record<string, string[]> = {
  Agency: ["measurements", "assignments", "children", "predecessors"],
  Indicator: ["measurements", "assignments"],
  Measurement: ["lastReturn", "resubmitted", "submittedByLabel"],
  Target: ["indicators", "keyTasks"],
  Congress: ["keyTasks", "targets"],
  KeyTask: ["targets"],
};

function trim(results: IntrospectionResult): IntrospectionResult {
  return {
    ...results,
    resources: results.resources.map((resource) => {
      const heavy = new Set(["history", ...(HEAVY_FIELDS[resource.type.name] ?? [])]);
      return {
        ...resource,
        type: { ...resource.type, fields: resource.type.fields.filter((f) => !heavy.has(f.name)) },
      };
    }),
  };
}

// With `meta.sparseFields` a page asks for exactly what it shows, relations included.
const trimmedBuildQuery = (results: IntrospectionResult) => {
  const full = buildQuery(results);
  const trimmed = buildQuery(trim(results));
  return (fetchType: string, resource: string, params: { meta?: { sparseFields?: unknown } }) =>
    params?.meta?.sparseFields
      ? full(fetchType, resource, params)
      : trimmed(fetchType, resource, params);
};

const base = buildGraphQLProvider({
  clientOptions: { uri: GRAPHQL_URL, credentials: "same-origin" },
  buildQuery: trimmedBuildQuery,
});

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; field?: string };
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
};

/** Turns an Apollo error into an HttpError carrying { code, field, errors }. */
export function toHttpError(error: unknown): unknown {
  const cause = (error as { body?: unknown })?.body ?? error;
  const apollo = cause as {
    graphQLErrors?: GraphQLErrorLike[];
    networkError?: { result?: { errors?: GraphQLErrorLike[] }; statusCode?: number };
  };
  const first = apollo?.graphQLErrors?.[0] ?? apollo?.networkError?.result?.errors?.[0];
  if (!first) return error;
  const code = first.extensions?.code;
  const field = first.extensions?.field;
  return new HttpError(first.message, STATUS[code ?? ""] ?? 500, {
    code,
    field,
    ...(field ? { errors: { [field]: first.message } } : {}),
  });
}

function cleanParams<P extends { sort?: { field: string; order: string }; meta?: unknown }>(
  resource: string,
  params: P,
): P {
  const next = { ...params };
  // The meta object is mutated by ra-data-graphql-simple (it deletes sparseFields): pass a copy.
  if (params.meta) next.meta = structuredClone(params.meta);
  if (params.sort && !(SORTABLE[resource] ?? []).includes(params.sort.field)) {
    delete next.sort;
  }
  return next;
}

/** Apollo adds __typename to every object it reads; input types refuse it on the way back. */
function withoutTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypename) as T;
  if (value && typeof value === "object" && !(value instanceof Date) && !(value instanceof File)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "__typename")
        .map(([key, v]) => [key, withoutTypename(v)]),
    ) as T;
  }
  return value;
}

const wrap =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (error) {
      throw toHttpError(error);
    }
  };

const MAX_PER_PAGE = 100;

/**
 * The server gives at most 100 rows a page; a bigger page (react-admin's
 * export asks for 1,000) is read as consecutive pages of 100.
 */
const getList: DataProvider["getList"] = async (resource, params) => {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  if (perPage <= MAX_PER_PAGE) return base.getList(resource, cleanParams(resource, params));
  if (perPage % MAX_PER_PAGE !== 0) {
    const pagination = { page, perPage: MAX_PER_PAGE };
    return base.getList(resource, cleanParams(resource, { ...params, pagination }));
  }
  const first = ((page - 1) * perPage) / MAX_PER_PAGE + 1;
  const data = [];
  let total = 0;
  for (let p = first; p < first + perPage / MAX_PER_PAGE; p++) {
    const result = await base.getList(
      resource,
      cleanParams(resource, { ...params, pagination: { page: p, perPage: MAX_PER_PAGE } }),
    );
    data.push(...result.data);
    total = result.total ?? 0;
    if (result.data.length < MAX_PER_PAGE) break;
  }
  return { data, total };
};

export const dataProvider: DataProvider = {
  ...base,
  getList: wrap(getList),
  getManyReference: wrap((resource, params) =>
    base.getManyReference(resource, cleanParams(resource, params)),
  ),
  getMany: wrap((resource, params) => base.getMany(resource, cleanParams(resource, params))),
  getOne: wrap((resource, params) => base.getOne(resource, cleanParams(resource, params))),
  create: wrap((resource, params) =>
    base.create(resource, { ...params, data: withoutTypename(params.data) }),
  ),
  update: wrap((resource, params) =>
    base.update(resource, { ...params, data: withoutTypename(params.data) }),
  ),
  delete: wrap((resource, params) => base.delete(resource, params)),
  deleteMany: wrap((resource, params) => base.deleteMany(resource, params)),
  updateMany: wrap((resource, params) => base.updateMany(resource, params)),
};
