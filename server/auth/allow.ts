/**
 * `@Allow(Permission.X, ...)` declares who may call a query, mutation or
 * field: any one of the permissions suffices. It is type-graphql's
 * `@Authorized`, checked by `authChecker` below; a test fails when a Query or
 * Mutation lacks it.
 */
import { Authorized, getMetadataStorage, type AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "../common/errors";
import type { RequestContext } from "../context";
import type { Permission } from "./permissions";

export function Allow(...permissions: Permission[]): MethodDecorator & PropertyDecorator {
  return Authorized<Permission>(...permissions);
}

export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, permissions) => {
  if (permissions.some((p) => context.permissions.has(p))) return true;
  if (!context.user) throw unauthenticated();
  throw forbidden();
};

/** Queries and mutations that declare no @Allow: must be none (a test checks). */
export function operationsWithoutAllow(): string[] {
  const storage = getMetadataStorage();
  const guarded = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
  return [...storage.queries, ...storage.mutations]
    .filter((op) => !guarded.has(`${op.target.name}.${op.methodName}`))
    .map((op) => op.schemaName);
}
