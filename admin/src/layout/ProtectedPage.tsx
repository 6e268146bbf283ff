/** A custom page for signed-in people who may see it (same rule as the menu item); others see "access denied". */
import type { ReactNode } from "react";
import { AccessDenied, Authenticated, CanAccess } from "react-admin";

export function ProtectedPage({ page, children }: { page: string; children: ReactNode }) {
  return (
    <Authenticated>
      <CanAccess action="list" resource={page} accessDenied={<AccessDenied />}>
        {children}
      </CanAccess>
    </Authenticated>
  );
}
