/** The signed-in caller (identity, agency and permissions), as `me` returned them. */
import { useGetIdentity } from "react-admin";
import type { Caller, Permission } from "../permissions";

export function useCaller(): Caller | undefined {
  const { identity } = useGetIdentity();
  return identity as unknown as Caller | undefined;
}

export function useHasPermission(permission: Permission): boolean {
  return useCaller()?.permissions.includes(permission) ?? false;
}
