import { registerEnumType } from "type-graphql";

/** What a reminder is about; a user can turn each kind off. */
export enum ReminderKind {
  /** To an agency's reporters, 7 days before a figure is due (sắp đến hạn). */
  DUE_SOON = "DUE_SOON",
  /** To an agency's reporters, weekly while a figure is late (quá hạn). */
  LATE = "LATE",
  /** To a head, each morning: the figures waiting for their approval. */
  DIGEST = "DIGEST",
  /** To a head, when a figure they approved was reopened. */
  REOPENED = "REOPENED",
  /** To the reporter who submitted it, when a figure is returned, with the reason. */
  RETURNED = "RETURNED",
}

export enum ReminderChannel {
  EMAIL = "EMAIL",
  /** Kept in the admin's bell only (no SMTP_URL configured). */
  IN_APP = "IN_APP",
}

export enum ReminderStatus {
  /** Waiting for the SMTP server (first try, or a retry after a failure). */
  QUEUED = "QUEUED",
  /** Claimed by one server, which is talking to the SMTP server now. */
  SENDING = "SENDING",
  /** Accepted by the SMTP server, or kept in the admin (IN_APP). */
  SENT = "SENT",
}

registerEnumType(ReminderKind, {
  name: "ReminderKind",
  description:
    "DUE_SOON (sắp đến hạn), LATE (quá hạn), DIGEST (số liệu chờ duyệt), REOPENED (số liệu đã duyệt bị mở lại), RETURNED (số liệu bị trả lại).",
});
registerEnumType(ReminderChannel, { name: "ReminderChannel" });
registerEnumType(ReminderStatus, { name: "ReminderStatus" });
