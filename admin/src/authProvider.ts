/**
 * Sign-in with the server's `login` mutation (it sets the HttpOnly session
 * cookie), identity and permissions from `me`, read once per page load and
 * again after signing in.
 */
import type { AuthProvider } from "react-admin";
import { graphql } from "./generated";
import { errorCode, gql } from "./graphql";
import { keepPrefetchedBell } from "./reminders/api";
import { pickCurrentCongress, type CongressSummary } from "./common/currentCongress";
import { canAccess, type Caller } from "./permissions";

// The dashboard's congress and the bell come with the identity: fewer round trips before the first screen.
const ME = graphql(`
  query Me {
    me {
      user {
        id
        email
        name
        role
        agencyId
        agency {
          name
          shortName
        }
      }
      permissions
    }
    measurementWorkflow {
      name
      from
      permission
      review
    }
    ...CongressCandidates
    ...Bell
  }
`);
const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
      }
    }
  }
`);
const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

let current: Promise<Caller | null> | null = null;
let prefetchedCongress: CongressSummary | null | undefined;
let signedInBefore = false;

async function fetchCaller(): Promise<Caller | null> {
  try {
    const answer = await gql(ME);
    const { me, allCongresses } = answer;
    signedInBefore = true;
    prefetchedCongress = pickCurrentCongress(allCongresses);
    keepPrefetchedBell(answer);
    return { ...me.user, permissions: me.permissions, workflow: answer.measurementWorkflow };
  } catch (error) {
    if (errorCode(error) === "UNAUTHENTICATED") return null;
    throw error;
  }
}

/** The congress read with the identity, once (later reads ask the server again). */
export function takePrefetchedCongress(): CongressSummary | null | undefined {
  const congress = prefetchedCongress;
  prefetchedCongress = undefined;
  return congress;
}

/** The signed-in caller, or null. */
export function getCaller(): Promise<Caller | null> {
  if (!current) {
    current = fetchCaller();
    current.catch(() => (current = null));
  }
  return current;
}

export const authProvider: AuthProvider = {
  async login({ username, email, password }: Record<string, string>) {
    await gql(LOGIN, { email: (email ?? username ?? "").trim(), password });
    current = null;
    await getCaller();
  },
  async logout() {
    if (current && (await current.catch(() => null))) {
      await gql(LOGOUT).catch(() => undefined);
    }
    current = Promise.resolve(null);
  },
  async checkAuth() {
    if (!(await getCaller())) {
      // A first visit goes to the sign-in page quietly; an expired session says so.
      throw signedInBefore ? new Error("ra.auth.auth_check_error") : { message: false };
    }
  },
  async checkError(error: { status?: number; body?: { code?: string } }) {
    if (error?.status === 401 || error?.body?.code === "UNAUTHENTICATED") {
      current = null;
      throw new Error("ra.notification.logged_out");
    }
  },
  async getIdentity() {
    const caller = await getCaller();
    if (!caller) throw new Error("ra.auth.auth_check_error");
    return { ...caller, fullName: caller.name };
  },
  async getPermissions() {
    return (await getCaller())?.permissions ?? [];
  },
  async canAccess({ action, resource, record }) {
    return canAccess(await getCaller(), action, resource, record);
  },
};
