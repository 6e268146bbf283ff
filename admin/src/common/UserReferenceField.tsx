/** A user's name for those who may read users (administrators); others see nothing to follow. */
import { ReferenceField } from "react-admin";
import { useHasPermission } from "./useCaller";

export function UserReferenceField({ source }: { source: string; label?: string }) {
  const canRead = useHasPermission("ReadUser");
  if (!canRead) return <span>—</span>;
  return <ReferenceField source={source} reference="User" link="show" emptyText="—" />;
}
