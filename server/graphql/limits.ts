/**
 * Every limit a GraphQL request meets, in one place, checked before any
 * resolver (and so any SQL) runs: graphql-armor's depth, aliases, directives,
 * tokens and cost; a character limit; the length of every text argument
 * (common/text-limits.ts); no field suggestions; introspection off
 * for anonymous callers in production. perPage (1–100) is checked with the
 * list arguments (common/list.ts); batched requests are off in app.ts.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, visit, type DocumentNode } from "graphql";
import { countAddressAttempt } from "../auth/login-throttle";
import { checkTexts } from "../common/text-limits";
import type { RequestContext } from "../context";

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
  maxCharacters: 20000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Which limit an armor message is about, so the error can name it. */
const ARMOR_MESSAGES: [RegExp, LimitName][] = [
  [/Query depth limit of \d+ exceeded/, "maxDepth"],
  [/Aliases limit of \d+ exceeded/, "maxAliases"],
  [/Directives limit of \d+ exceeded/, "maxDirectives"],
  [/Token limit of \d+ exceeded/, "maxTokens"],
  [/Query Cost limit of \d+ exceeded/, "maxCost"],
];

export function limitOf(message: string): LimitName | undefined {
  const own = /^Truy vấn vượt giới hạn (\w+) = /.exec(message)?.[1];
  if (own && own in LIMITS) return own as LimitName;
  return ARMOR_MESSAGES.find(([re]) => re.test(message))?.[1];
}

export function armor() {
  const protection = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // Armor's token limit parses the query before Apollo does and rethrows what that parse throws
  // (any syntax error, or the limit) without an HTTP status: Apollo then answers 500.
  // limitsPlugin answers those with a 400 instead.
  return {
    ...protection,
    plugins: protection.plugins.map((plugin) => ({
      ...plugin,
      unexpectedErrorProcessingRequest: undefined,
    })),
  };
}

export function limitError(limit: LimitName, message: string): GraphQLError {
  return new GraphQLError(`Truy vấn vượt giới hạn ${limit} = ${LIMITS[limit]} (${message})`, {
    extensions: { code: "QUERY_LIMIT", limit, max: LIMITS[limit], http: { status: 400 } },
  });
}

function signsIn(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "login") found = true;
    },
  });
  return found;
}

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

export function limitsPlugin(production: boolean): ApolloServerPlugin<RequestContext> {
  return {
    /**
     * What the checks before Apollo's own parse throw (the character limit below, armor's
     * token limit and its parse's syntax errors) is the caller's mistake: HTTP 400, not the
     * 500 Apollo gives any error thrown from a hook. A throw here becomes the response.
     */
    async unexpectedErrorProcessingRequest({ error }) {
      if (!(error instanceof GraphQLError)) return;
      throw new GraphQLError(error.message, {
        source: error.source,
        positions: error.positions,
        extensions: { code: "GRAPHQL_PARSE_FAILED", ...error.extensions, http: { status: 400 } },
      });
    },
    async requestDidStart({ request }) {
      if ((request.query?.length ?? 0) > LIMITS.maxCharacters) {
        throw limitError("maxCharacters", `${request.query!.length} characters`);
      }
      return {
        async didResolveOperation({ document, contextValue, request: { variables } }) {
          try {
            checkTexts(document, (variables ?? {}) as Record<string, unknown>);
          } catch (error) {
            // An oversized sign-in still counts against its address (a flood of them is throttled).
            if (signsIn(document))
              await countAddressAttempt(contextValue.primaryDb, contextValue.ip);
            if (error instanceof GraphQLError)
              throw new GraphQLError(error.message, {
                extensions: { ...error.extensions, http: { status: 400 } },
              });
            throw error;
          }
          if (production && !contextValue.user && usesIntrospection(document)) {
            throw new GraphQLError(
              "Cần đăng nhập để xem lược đồ (sign in to introspect the schema)",
              {
                extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
              },
            );
          }
        },
      };
    },
  };
}
