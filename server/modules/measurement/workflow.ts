/**
 * The approval workflow as a transition table (DRAFT → SUBMITTED → APPROVED;
 * SUBMITTED → RETURNED → edit → SUBMITTED; APPROVED → reopen → DRAFT). Each
 * transition is its own mutation; there is no generic status update.
 */
import { Permission } from "../../auth/permissions";
import { MeasurementStatus } from "../../common/enums";

export type Transition = "edit" | "submit" | "approve" | "return" | "reopen";

export interface TransitionRule {
  from: readonly MeasurementStatus[];
  /** null keeps the status (an edit). */
  to: MeasurementStatus | null;
  permission: Permission;
  /** Whether the caller must give a reason (kept in the audit log and on the figure). */
  reasonRequired: boolean;
  /** Whether the caller must belong to the figure's agency as its reviewer (head) rather than its reporter. */
  review: boolean;
  label: string;
}

const { DRAFT, SUBMITTED, RETURNED, APPROVED } = MeasurementStatus;

export const transitions: Record<Transition, TransitionRule> = {
  edit: {
    from: [DRAFT, RETURNED],
    to: null,
    permission: Permission.SaveMeasurement,
    reasonRequired: false,
    review: false,
    label: "sửa",
  },
  submit: {
    from: [DRAFT, RETURNED],
    to: SUBMITTED,
    permission: Permission.SubmitMeasurement,
    reasonRequired: false,
    review: false,
    label: "gửi duyệt",
  },
  approve: {
    from: [SUBMITTED],
    to: APPROVED,
    permission: Permission.ApproveMeasurement,
    reasonRequired: false,
    review: true,
    label: "phê duyệt",
  },
  return: {
    from: [SUBMITTED],
    to: RETURNED,
    permission: Permission.ApproveMeasurement,
    reasonRequired: true,
    review: true,
    label: "trả lại",
  },
  reopen: {
    from: [APPROVED],
    to: DRAFT,
    permission: Permission.ReopenMeasurement,
    reasonRequired: true,
    review: true,
    label: "mở lại",
  },
};

/** Vietnamese names of the states, for messages. */
export const measurementStatusLabel: Record<MeasurementStatus, string> = {
  DRAFT: "bản nháp",
  SUBMITTED: "đã gửi duyệt",
  RETURNED: "bị trả lại",
  APPROVED: "đã phê duyệt",
};

/** The state after `transition`, or an explanation of why it is not allowed from `status`. */
export function nextStatus(
  status: MeasurementStatus,
  transition: Transition,
): { ok: true; status: MeasurementStatus } | { ok: false; message: string } {
  const rule = transitions[transition];
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      message: `Không thể ${rule.label} số liệu ${measurementStatusLabel[status]} (cannot ${transition} a ${status} figure)`,
    };
  }
  return { ok: true, status: rule.to ?? status };
}
