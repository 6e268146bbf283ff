/** "Phân công · Chủ trì" in the app bar. */
import { useRecordContext, useTranslate } from "react-admin";

export function AssignmentTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {translate("resources.Assignment.name", { smart_count: 1 })} ·{" "}
      {translate(`app.enums.assignmentRole.${record.role}`)}
    </span>
  );
}
