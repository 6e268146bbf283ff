/**
 * Typed errors of the API. Every error a caller may see carries
 * `extensions.code`; BAD_USER_INPUT also names the offending `field`.
 * Messages are Vietnamese first, English after.
 */
import { GraphQLError } from "graphql";
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from "typeorm";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "SERVICE_UNAVAILABLE";

export function apiError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(field: string, message: string): GraphQLError {
  return apiError("BAD_USER_INPUT", message, { field });
}

export function notFound(type: string, id: string): GraphQLError {
  return apiError("NOT_FOUND", `Không tìm thấy ${type} ${id} (${type} ${id} not found)`, {
    type,
    id,
  });
}

export function unauthenticated(): GraphQLError {
  return apiError("UNAUTHENTICATED", "Cần đăng nhập (sign-in required)");
}

export function forbidden(
  why = "Bạn không có quyền thực hiện thao tác này (not allowed)",
): GraphQLError {
  return apiError("FORBIDDEN", why);
}

export function conflict(message: string): GraphQLError {
  return apiError("CONFLICT", message);
}

/** What each named constraint means to a caller: the field it concerns and a message. */
const constraintMessages: Record<string, [field: string, message: string]> = {
  ux_assignment_one_active_lead: [
    "role",
    "Chỉ tiêu này đã có cơ quan chủ trì; hãy chuyển chủ trì thay vì thêm (the indicator already has an active LEAD)",
  ],
  ux_assignment_active_agency: [
    "agencyId",
    "Cơ quan này đã được phân công cho chỉ tiêu này (the agency already has an active assignment for this indicator)",
  ],
  fk_assignment_agency: ["agencyId", "Không có cơ quan với mã này (unknown agency)"],
  fk_assignment_indicator: [
    "indicatorId",
    "Không có chỉ tiêu thành phần với mã này (unknown indicator)",
  ],
  fk_measurement_agency: ["agencyId", "Không có cơ quan với mã này (unknown agency)"],
  fk_measurement_indicator: [
    "indicatorId",
    "Không có chỉ tiêu thành phần với mã này (unknown indicator)",
  ],
  fk_indicator_target: ["targetId", "Không có chỉ tiêu với mã này (unknown target)"],
  fk_target_congress: ["congressId", "Không có đại hội với mã này (unknown congress)"],
  fk_key_task_congress: ["congressId", "Không có đại hội với mã này (unknown congress)"],
  fk_agency_parent: ["parentId", "Không có cơ quan cấp trên với mã này (unknown parent agency)"],
  fk_agency_successor: [
    "successorId",
    "Không có cơ quan kế thừa với mã này (unknown successor agency)",
  ],
  fk_app_user_agency: ["agencyId", "Không có cơ quan với mã này (unknown agency)"],
  uq_measurement_period_open: [
    "period",
    "Kỳ này đã có một phiên bản số liệu chưa duyệt của cơ quan; hãy sửa phiên bản đó (an unapproved version of this period exists: edit it)",
  ],
  uq_target_congress_number: [
    "number",
    "Số chỉ tiêu đã tồn tại trong đại hội (target number already used)",
  ],
  uq_key_task_congress_ordinal: [
    "ordinal",
    "Thứ tự nhiệm vụ đã tồn tại (key task ordinal already used)",
  ],
  uq_indicator_target_code: [
    "code",
    "Mã chỉ tiêu thành phần đã tồn tại (indicator code already used)",
  ],
  uq_agency_province_code: ["code", "Mã cơ quan đã tồn tại (agency code already used)"],
  ux_app_user_email: ["email", "Email đã được dùng (email already in use)"],
  ck_indicator_bounds: [
    "comparator",
    "Giới hạn mục tiêu không khớp với phép so sánh (targetMin/targetMax do not fit the comparator)",
  ],
  ck_app_user_agency: [
    "agencyId",
    "Lãnh đạo và chuyên viên phải thuộc một cơ quan (heads and reporters need an agency)",
  ],
  ck_app_user_email: ["email", "Email không hợp lệ (invalid e-mail)"],
  ck_congress_term: [
    "termEndYear",
    "Năm cuối nhiệm kỳ phải sau năm đầu (termEndYear must follow termStartYear)",
  ],
  ck_congress_held: ["heldTo", "Ngày kết thúc trước ngày khai mạc (heldTo is before heldFrom)"],
  ck_indicator_code: ["code", 'Mã có dạng "<số>.<chữ>", ví dụ "12.b" (code like "12.b")'],
  ck_measurement_year: ["year", "Năm không hợp lệ (year out of range)"],
  ck_assignment_due_days: ["dueDaysAfterPeriod", "Hạn báo cáo từ 0 đến 366 ngày (0–366 days)"],
  ck_assignment_dates: ["endsOn", "Ngày kết thúc trước ngày bắt đầu (endsOn is before startsOn)"],
  ck_agency_validity: [
    "validTo",
    "Ngày hết hiệu lực trước ngày bắt đầu (validTo is before validFrom)",
  ],
};

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
}

/** Socket errors of a connection that failed or broke. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * SQLSTATEs of a database that is away or overwhelmed: connection exceptions (class 08),
 * admin/crash shutdown and "starting up" (57P01-57P03), too many connections, and a
 * statement cancelled by statement_timeout (57014).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300|57014)$/;

/**
 * What node-postgres and its pool say when a connection ends or cannot be had in time, or
 * a database that froze leaves a query unanswered (query_timeout).
 */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * True when the error says the database could not be reached, rather than
 * that the request was wrong. Looks through what errors wrap (a TypeORM
 * driver error, a GraphQL original error, a cause, the errors of an
 * AggregateError). Messages are only trusted on errors without a code: a
 * server error's text may quote the caller's input.
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  if (error instanceof GraphQLError) return isConnectionError(error.originalError, depth + 1);
  if (error instanceof QueryFailedError) return isConnectionError(error.driverError, depth + 1);
  // TypeORM releases a transaction's connection when it breaks; the next statement then says so.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string")
    return SOCKET_CODES.has(e.code) || UNAVAILABLE_STATES.test(e.code);
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  const inner = [e.cause, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
  return inner.some((x) => x !== error && isConnectionError(x, depth + 1));
}

/** The database is away (down, restarting, unreachable): the caller may retry shortly. */
export function unavailable(extra: Record<string, unknown> = {}): GraphQLError {
  return apiError(
    "SERVICE_UNAVAILABLE",
    "Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau ít giây (database temporarily unavailable, retry shortly)",
    { retryable: true, ...extra },
  );
}

/**
 * Turns a database error a caller can cause, or an unreachable database,
 * into a typed error; returns undefined for anything else, which is then
 * masked as internal.
 */
export function fromDatabaseError(error: unknown): GraphQLError | undefined {
  if (isConnectionError(error)) return unavailable();
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = error.driverError as PgError;
  const known = pg.constraint ? constraintMessages[pg.constraint] : undefined;
  switch (pg.code) {
    case "23505": // unique_violation
    case "23503": // foreign_key_violation
    case "23514": // check_violation
      if (known) return badInput(known[0], known[1]);
      return badInput(
        pg.column ?? "input",
        `Dữ liệu vi phạm ràng buộc ${pg.constraint ?? ""} (constraint violated)`,
      );
    case "23502": // not_null_violation
      return badInput(
        pg.column ?? "input",
        `Thiếu giá trị bắt buộc ${pg.column ?? ""} (required value missing)`,
      );
    case "22021": // character_not_in_repertoire (a NUL character in text)
    case "22P05": // untranslatable_character (a NUL character in JSON)
      return badInput(
        "input",
        "Văn bản chứa ký tự không hợp lệ (NUL) (text contains an invalid character)",
      );
    case "22P02": // invalid_text_representation (a malformed uuid, number ...)
    case "22003": // numeric_value_out_of_range
    case "22007": // invalid_datetime_format
    case "22008": // datetime_field_overflow
      return badInput("input", "Giá trị không đúng định dạng (malformed value)");
    case "RT002":
      return apiError(
        "CONFLICT",
        "Số liệu đã phê duyệt chỉ được đọc (an approved figure is read-only)",
      );
    case "40001": // serialization_failure
    case "40P01": // deadlock_detected
      return conflict("Xung đột khi ghi, hãy thử lại (write conflict, retry)");
    default:
      return undefined;
  }
}
