/** An audit event in words: "Duyệt · Số liệu" rather than `Measurement.approve`, and who did it as name and agency. */
import { useRecordContext, useTranslate } from "react-admin";

/** "Measurement.approve" → "Duyệt"; "login.failed" → "Đăng nhập sai"; an unknown one as it is. */
export function useAuditActionText(): (action: string) => string {
  const translate = useTranslate();
  return (action) =>
    translate(`app.history.actions.${action.split(".").pop() ?? action}`, { _: action });
}

export function AuditActionField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  const actionText = useAuditActionText();
  if (!record) return null;
  return <span>{actionText(String(record.action))}</span>;
}

export function RecordTypeField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.entityType) return null;
  const type = String(record.entityType);
  return <span>{translate(`resources.${type}.name`, { smart_count: 1, _: type })}</span>;
}

/** The person by name and agency (the server's actorName); a token or system actor by its label. */
export function ActorField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  if (!record) return null;
  return <span>{String(record.actorName ?? record.actorLabel ?? "—")}</span>;
}
