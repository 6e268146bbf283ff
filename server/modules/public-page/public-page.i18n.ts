/** The public page's words, Vietnamese first, English beside it (`?lang=en`). */
export type Lang = "vi" | "en";

export function langOf(query: unknown): Lang {
  return query === "en" ? "en" : "vi";
}

export const words = {
  vi: {
    siteTitle: "Công khai kết quả thực hiện Nghị quyết",
    congress: (ordinal: number, committee: string, from: number, to: number) =>
      `Nghị quyết Đại hội đại biểu ${committee} lần thứ ${ordinal}, nhiệm kỳ ${from}–${to}`,
    targets: "Các chỉ tiêu chủ yếu",
    target: (n: number) => `Chỉ tiêu ${n}`,
    verdict: "Đánh giá",
    indicator: "Chỉ tiêu thành phần",
    goal: "Mục tiêu",
    year: "Năm",
    value: "Giá trị",
    kind: "Loại số liệu",
    source: "Nguồn",
    agency: "Cơ quan báo cáo",
    official: "chính thức",
    estimate: "ước tính",
    noFigures: "Chưa có số liệu đã duyệt.",
    lastChange: "Cập nhật số liệu đã duyệt lần cuối",
    noChange: "Chưa có số liệu đã duyệt",
    openData: "Dữ liệu mở",
    licence:
      "Số liệu đã duyệt được công bố theo giấy phép Creative Commons Ghi công 4.0 (CC BY 4.0): được dùng lại, ghi rõ nguồn.",
    back: "← Tất cả chỉ tiêu",
    details: "Xem chi tiết",
    otherLang: "English",
    approvedOnly: "Trang này chỉ hiển thị số liệu đã được lãnh đạo cơ quan phê duyệt.",
    chart: (name: string) => `Biểu đồ số liệu đã duyệt theo năm: ${name}`,
    chartDesc: (goal: string, values: string) => `Mục tiêu ${goal}. ${values}`,
    notFound: "Không có chỉ tiêu này.",
    partsMet: (met: number, total: number) => `${met}/${total} chỉ tiêu thành phần đạt hoặc vượt`,
    wholeTerm: (from: number, to: number) => `Cả giai đoạn ${from}–${to}`,
    earlierVersions: (n: number) => `Các phiên bản trước đã duyệt (${n}), đã được thay thế`,
  },
  en: {
    siteTitle: "Public report on carrying out the Resolution",
    congress: (ordinal: number, committee: string, from: number, to: number) =>
      `Resolution of the ${ordinal}th Congress of the ${committee}, term ${from}–${to}`,
    targets: "Main targets",
    target: (n: number) => `Target ${n}`,
    verdict: "Verdict",
    indicator: "Indicator",
    goal: "Goal",
    year: "Year",
    value: "Value",
    kind: "Kind",
    source: "Source",
    agency: "Reporting agency",
    official: "official",
    estimate: "estimate",
    noFigures: "No approved figure yet.",
    lastChange: "Approved figures last changed",
    noChange: "No approved figure yet",
    openData: "Open data",
    licence:
      "Approved figures are published under the Creative Commons Attribution 4.0 licence (CC BY 4.0): reuse them, naming the source.",
    back: "← All targets",
    details: "Details",
    otherLang: "Tiếng Việt",
    approvedOnly: "This page shows only figures approved by the head of the reporting agency.",
    chart: (name: string) => `Approved figures by year: ${name}`,
    chartDesc: (goal: string, values: string) => `Goal ${goal}. ${values}`,
    notFound: "No such target.",
    partsMet: (met: number, total: number) => `${met} of ${total} indicators met or exceeded`,
    wholeTerm: (from: number, to: number) => `Whole term ${from}–${to}`,
    earlierVersions: (n: number) => `Earlier approved versions (${n}), since replaced`,
  },
} as const;

export const verdictEn: Record<string, string> = {
  EXCEEDED: "Exceeded",
  MET: "Met",
  NOT_MET: "Not met",
  NO_DATA: "No data",
};

export const statusEn: Record<string, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
};
