/**
 * What the enum codes and audit actions mean, in the words the admin shows
 * (admin/src/i18n/vi.ts): for files people open (the list exports), which
 * must read like the panel, not like the database.
 */

export const ENUM_LABELS_VI = {
  domain: {
    ECONOMY: "Kinh tế",
    SOCIETY: "Văn hóa – xã hội",
    ENVIRONMENT: "Môi trường",
    SECURITY: "Quốc phòng – an ninh",
    PARTY_BUILDING: "Xây dựng Đảng",
  },
  indicatorKind: {
    END_OF_TERM_LEVEL: "Mức đạt đến cuối nhiệm kỳ",
    EVERY_YEAR: "Hằng năm",
    AVERAGE_ANNUAL_RATE: "Bình quân hằng năm",
    TERM_TOTAL: "Tổng cả nhiệm kỳ",
  },
  comparator: {
    AT_LEAST: "Từ … trở lên",
    AT_MOST: "Không quá",
    LESS_THAN: "Dưới",
    BETWEEN: "Trong khoảng",
  },
  direction: {
    HIGHER_IS_BETTER: "Càng cao càng tốt",
    LOWER_IS_BETTER: "Càng thấp càng tốt",
    WITHIN_RANGE: "Trong khoảng",
  },
  unitKind: {
    PERCENT: "Tỷ lệ (%)",
    COUNT: "Số đếm",
    AMOUNT: "Giá trị",
    CHANGE_RATE: "Tốc độ tăng",
  },
  agencyKind: {
    DEPARTMENT: "Sở, ban, ngành",
    PARTY_BOARD: "Ban Đảng",
    CENTRAL_BRANCH: "Cơ quan ngành dọc",
    DISTRICT: "Huyện, thành phố",
    COMMUNE: "Xã",
    WARD: "Phường",
    OTHER: "Khác",
  },
  role: {
    ADMIN: "Quản trị",
    AGENCY_HEAD: "Lãnh đạo cơ quan",
    REPORTER: "Chuyên viên",
    VIEWER: "Người xem",
  },
  assignmentRole: { LEAD: "Chủ trì", COORDINATE: "Phối hợp" },
  frequency: { YEARLY: "Hằng năm", HALF_YEARLY: "6 tháng", QUARTERLY: "Hằng quý" },
  period: {
    YEAR: "Cả năm",
    H1: "6 tháng đầu năm",
    Q1: "Quý I",
    Q2: "Quý II",
    Q3: "Quý III",
    Q4: "Quý IV",
    TERM: "Cả nhiệm kỳ",
  },
  valueKind: { OFFICIAL: "Chính thức", ESTIMATE: "Ước tính" },
  status: {
    DRAFT: "Bản nháp",
    SUBMITTED: "Chờ duyệt",
    RETURNED: "Bị trả lại",
    APPROVED: "Đã duyệt",
  },
} satisfies Record<string, Record<string, string>>;

export type EnumName = keyof typeof ENUM_LABELS_VI;

/** The label of a code, or the code itself when it is new (never an empty cell). */
export function enumLabelVi(name: EnumName, code: unknown): string {
  if (code === null || code === undefined) return "";
  return (ENUM_LABELS_VI[name] as Record<string, string>)[String(code)] ?? String(code);
}

export const RECORD_TYPE_VI: Record<string, string> = {
  Measurement: "số liệu",
  Assignment: "phân công",
  Indicator: "chỉ tiêu thành phần",
  Target: "chỉ tiêu",
  KeyTask: "nhiệm vụ trọng tâm",
  Congress: "đại hội",
  Resolution: "nghị quyết",
  Agency: "cơ quan",
  User: "người dùng",
  ApiToken: "khóa API",
  TargetAssessment: "đánh giá chỉ tiêu",
};

const VERB_VI: Record<string, string> = {
  create: "Tạo",
  update: "Sửa",
  delete: "Xóa",
  submit: "Gửi duyệt",
  approve: "Duyệt",
  return: "Trả lại",
  reopen: "Mở lại",
  import: "Nhập từ tệp",
  handOver: "Chuyển chủ trì",
  end: "Kết thúc",
  revoke: "Thu hồi",
};

const WHOLE_ACTION_VI: Record<string, string> = {
  login: "Đăng nhập",
  logout: "Đăng xuất",
  "login.failed": "Đăng nhập không thành công",
  "permission.denied": "Bị từ chối quyền truy cập",
};

/** "Measurement.approve" → "Duyệt số liệu"; an unknown action stays as it is. */
export function auditActionVi(action: string): string {
  if (WHOLE_ACTION_VI[action]) return WHOLE_ACTION_VI[action];
  const [type, verb] = action.split(".");
  if (verb && VERB_VI[verb] && RECORD_TYPE_VI[type])
    return `${VERB_VI[verb]} ${RECORD_TYPE_VI[type]}`;
  return action;
}
