/**
 * Named callers of the seeded demo data set: sign in once per suite and act
 * as any of them (`await as("headCtk")`). CTK leads target 1–3; SO-YT leads
 * the health indicators.
 */
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import type { GraphQLClient } from "./client";

export const accounts = {
  admin: "admin@langson.example",
  headCtk: "lanhdao.ctk@langson.example",
  reporterCtk: "chuyenvien.ctk@langson.example",
  headYt: "lanhdao.soyt@langson.example",
  reporterYt: "chuyenvien.soyt@langson.example",
  viewer: "xem@langson.example",
} as const;

export type AccountName = keyof typeof accounts;

/** The four kinds of caller the read path's answers differ for (null: signed in as nobody). */
export const FOUR_CALLERS: [string, AccountName | null][] = [
  ["the public", null],
  ["the reporter of the leading agency", "reporterCtk"],
  ["the head of another agency", "headYt"],
  ["an administrator", "admin"],
];

export async function signIn(
  client: GraphQLClient,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const { login } = await client.data<{ login: { token: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: password },
  );
  return login.token;
}

/** Returns `as(name)`, a client signed in as that demo account (sessions are reused). */
export function callers(client: GraphQLClient): (name: AccountName) => Promise<GraphQLClient> {
  const tokens = new Map<AccountName, Promise<string>>();
  return async (name) => {
    if (!tokens.has(name)) tokens.set(name, signIn(client, accounts[name]));
    return client.as(await tokens.get(name)!);
  };
}

export const ids = {
  async indicator(client: GraphQLClient, code: string): Promise<string> {
    const { allIndicators } = await client.data<{ allIndicators: { id: string }[] }>(
      `query($c: String) { allIndicators(filter: { code: $c }) { id } }`,
      { c: code },
    );
    return allIndicators[0].id;
  },
  async agency(client: GraphQLClient, code: string): Promise<string> {
    const { allAgencies } = await client.data<{ allAgencies: { id: string }[] }>(
      `query($c: String) { allAgencies(filter: { code: $c }) { id } }`,
      { c: code },
    );
    return allAgencies[0].id;
  },
  async target(client: GraphQLClient, number: number): Promise<string> {
    const { allTargets } = await client.data<{ allTargets: { id: string }[] }>(
      `query($n: Int) { allTargets(filter: { number: $n }) { id } }`,
      { n: number },
    );
    return allTargets[0].id;
  },
};
