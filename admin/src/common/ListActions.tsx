/** The actions above every list: filters, create (when allowed) and the server's CSV export. */
import {
  CreateButton,
  FilterButton,
  TopToolbar,
  useCanAccess,
  useResourceContext,
  useResourceDefinition,
} from "react-admin";
import { ServerExportButton } from "./ServerExportButton";

export function ListActions({ filters = true }: { filters?: boolean }) {
  const resource = useResourceContext();
  const { hasCreate } = useResourceDefinition();
  const { canAccess: canCreate } = useCanAccess({ action: "create", resource });
  return (
    <TopToolbar>
      {filters ? <FilterButton /> : null}
      {hasCreate && canCreate ? <CreateButton /> : null}
      <ServerExportButton />
    </TopToolbar>
  );
}
