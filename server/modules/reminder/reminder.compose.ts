/** The Vietnamese text of each reminder: a subject, a plain-text body and a link into the admin. */
import { formatNumberVi } from "../../common/format-vi";
import { formatDate } from "../public-page/public-page.format";
import { ReminderKind } from "./reminder.enums";
import { periodLabel } from "./reminder.rules";

export interface Message {
  subject: string;
  body: string;
  link: string;
}

export interface FigureRef {
  indicatorCode: string;
  indicatorName: string;
  year: number;
  period: string;
}

const SIGNATURE =
  "\n\n--\nHệ thống theo dõi thực hiện Nghị quyết. Có thể tắt loại nhắc việc này trong trang Hồ sơ của anh/chị.";

const figure = (f: FigureRef) =>
  `${f.indicatorCode} ${f.indicatorName}, kỳ ${periodLabel(f.year, f.period)}`;

/** Links open the admin's hash routes (react-admin), e.g. /admin/#/Measurement/<id>/show. */
export function adminLink(publicUrl: string, route: string): string {
  return `${publicUrl}/admin/#${route}`;
}

export function dueMessage(
  kind: ReminderKind.DUE_SOON | ReminderKind.LATE,
  f: FigureRef & { dueOn: string; daysLate: number; agencyName: string; indicatorId: string },
  publicUrl: string,
): Message {
  const source = encodeURIComponent(
    JSON.stringify({ indicatorId: f.indicatorId, year: f.year, period: f.period }),
  );
  const link = adminLink(publicUrl, `/Measurement/create?source=${source}`);
  const deadline = formatDate(f.dueOn);
  if (kind === ReminderKind.DUE_SOON) {
    return {
      subject: `[Nhắc việc] Sắp đến hạn báo cáo số liệu ${f.indicatorCode} ${periodLabel(f.year, f.period)} (hạn ${deadline})`,
      body:
        `Kính gửi anh/chị,\n\n${f.agencyName} cần báo cáo số liệu chỉ tiêu ${figure(f)}, hạn ngày ${deadline}.\n` +
        `Nhập và gửi duyệt số liệu tại: ${link}${SIGNATURE}`,
      link,
    };
  }
  return {
    subject: `[Nhắc việc] Quá hạn ${formatNumberVi(f.daysLate, 0)} ngày: số liệu ${f.indicatorCode} ${periodLabel(f.year, f.period)}`,
    body:
      `Kính gửi anh/chị,\n\nSố liệu chỉ tiêu ${figure(f)} của ${f.agencyName} đã quá hạn ${formatNumberVi(f.daysLate, 0)} ngày (hạn ngày ${deadline}) mà chưa được gửi duyệt.\n` +
      `Nhập và gửi duyệt số liệu tại: ${link}${SIGNATURE}`,
    link,
  };
}

export function digestMessage(
  waiting: (FigureRef & { value: string; submittedBy: string })[],
  publicUrl: string,
): Message {
  const link = adminLink(publicUrl, "/approvals");
  const lines = waiting
    .slice(0, 50)
    .map((w) => `- ${figure(w)}: ${formatNumberVi(Number(w.value))} (gửi bởi ${w.submittedBy})`);
  if (waiting.length > 50)
    lines.push(`- và ${formatNumberVi(waiting.length - 50, 0)} số liệu khác`);
  return {
    subject: `[Nhắc việc] ${formatNumberVi(waiting.length, 0)} số liệu đang chờ anh/chị duyệt`,
    body: `Kính gửi anh/chị,\n\nCác số liệu sau đang chờ anh/chị duyệt:\n${lines.join("\n")}\n\nDuyệt tại: ${link}${SIGNATURE}`,
    link,
  };
}

export function returnedMessage(
  f: FigureRef & { id: string; reason: string; reviewer: string },
  publicUrl: string,
): Message {
  const link = adminLink(publicUrl, `/Measurement/${f.id}/show`);
  return {
    subject: `[Nhắc việc] Số liệu ${f.indicatorCode} ${periodLabel(f.year, f.period)} bị trả lại`,
    body:
      `Kính gửi anh/chị,\n\nSố liệu chỉ tiêu ${figure(f)} anh/chị gửi đã bị ${f.reviewer} trả lại.\n` +
      `Lý do: ${f.reason}\n\nSửa và gửi lại tại: ${link}${SIGNATURE}`,
    link,
  };
}

export function reopenedMessage(
  f: FigureRef & { id: string; reason: string; reopenedBy: string },
  publicUrl: string,
): Message {
  const link = adminLink(publicUrl, `/Measurement/${f.id}/show`);
  return {
    subject: `[Nhắc việc] Số liệu ${f.indicatorCode} ${periodLabel(f.year, f.period)} anh/chị đã duyệt được mở lại`,
    body:
      `Kính gửi anh/chị,\n\nSố liệu chỉ tiêu ${figure(f)} anh/chị đã duyệt vừa được ${f.reopenedBy} mở lại để sửa.\n` +
      `Lý do: ${f.reason}\n\nXem tại: ${link}${SIGNATURE}`,
    link,
  };
}
