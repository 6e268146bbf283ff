import { AgencyKind } from "../../common/enums";
import type { AgencySeed } from "./types";

/**
 * The 65 commune-level units of Lạng Sơn from 1/7/2025 (61 communes, 4 wards), as arranged by
 * Nghị quyết 1672/NQ-UBTVQH15 (16/6/2025). Names with their diacritics, the official statistics
 * code and the units merged into each, as the Vietnamese lookup of the arrangement,
 * sapnhap.bando.com.vn, gives them (crawled in github.com/thanglequoc/vietnamese-provinces-database,
 * dataset-generation-scripts/resources/gis/sapnhapbando_geo_objects.sql, province code 20).
 * Cross-checked: every name against the undiacritised list of the English report in
 * ../shared/source/lang-son-2025-2030.md (seed-data.spec.ts compares them letter by letter);
 * the Lộc Bình and Mẫu Sơn clauses (33, 34) against the resolution's text as thuviennhadat.vn
 * quotes it; the commune portal kienmoc.dinhlap.langson.gov.vn for "Kiên Mộc".
 */
/** [statistics code, kind, name, the units merged into it (NQ 1672, Điều 1)] */
const UNITS: [code: string, kind: "COMMUNE" | "WARD", name: string, mergedFrom: string][] = [
  ["05977", "WARD", "Đông Kinh", "Phường Vĩnh Trại, Phường Đông Kinh, Xã Yên Trạch, Xã Mai Pha"],
  ["05983", "WARD", "Lương Văn Tri", "Phường Chi Lăng, Xã Quảng Lạc"],
  ["05986", "WARD", "Tam Thanh", "Phường Tam Thanh, Xã Hoàng Đồng"],
  ["06001", "COMMUNE", "Đoàn Kết", "Xã Khánh Long, Xã Cao Minh, Xã Đoàn Kết"],
  ["06004", "COMMUNE", "Quốc Khánh", "Xã Tri Phương, Xã Đội Cấn, Xã Quốc Khánh"],
  ["06019", "COMMUNE", "Tân Tiến", "Xã Tân Yên, Xã Kim Đồng, Xã Tân Tiến"],
  ["06037", "COMMUNE", "Kháng Chiến", "Xã Trung Thành, Xã Tân Minh, Xã Kháng Chiến"],
  ["06040", "COMMUNE", "Thất Khê", "Xã Chi Lăng (huyện Tràng Định), Xã Chí Minh, Thị trấn Thất Khê"],
  ["06046", "COMMUNE", "Tràng Định", "Xã Đề Thám, Xã Hùng Sơn, Xã Hùng Việt"],
  ["06058", "COMMUNE", "Quốc Việt", "Xã Đào Viên, Xã Quốc Việt"],
  ["06073", "COMMUNE", "Hoa Thám", "Xã Hưng Đạo, Xã Hoa Thám"],
  ["06076", "COMMUNE", "Quý Hòa", "Xã Vĩnh Yên, Xã Quý Hòa"],
  ["06079", "COMMUNE", "Hồng Phong", "Xã Hồng Phong (huyện Bình Gia), Xã Minh Khai"],
  ["06085", "COMMUNE", "Thiện Hòa", "Xã Yên Lỗ, Xã Thiện Hòa"],
  ["06091", "COMMUNE", "Thiện Thuật", "Xã Quang Trung, Xã Thiện Thuật"],
  ["06103", "COMMUNE", "Thiện Long", "Xã Hòa Bình (huyện Bình Gia), Xã Tân Hòa, Xã Thiện Long"],
  ["06112", "COMMUNE", "Bình Gia", "Xã Hoàng Văn Thụ (huyện Bình Gia), Xã Mông Ân, Thị trấn Bình Gia"],
  ["06115", "COMMUNE", "Tân Văn", "Xã Hồng Thái (huyện Bình Gia), Xã Bình La, Xã Tân Văn"],
  ["06124", "COMMUNE", "Na Sầm", "Thị trấn Na Sầm, Xã Hoàng Việt, Xã Bắc Hùng"],
  ["06148", "COMMUNE", "Thụy Hùng", "Xã Thụy Hùng (huyện Văn Lãng), Xã Thanh Long, Xã Trùng Khánh"],
  ["06151", "COMMUNE", "Hội Hoan", "Xã Gia Miễn, Xã Hội Hoan"],
  ["06154", "COMMUNE", "Văn Lãng", "Xã Bắc Việt, Xã Bắc La, Xã Tân Tác, Xã Thành Hòa"],
  ["06172", "COMMUNE", "Hoàng Văn Thụ", "Xã Hồng Thái, Xã Hoàng Văn Thụ (huyện Văn Lãng), Xã Tân Mỹ, Xã Nhạc Kỳ, Xã Tân Thanh"],
  ["06184", "COMMUNE", "Đồng Đăng", "Thị trấn Đồng Đăng, Xã Thụy Hùng (huyện Cao Lộc), Xã Phú Xá, Xã Hồng Phong, Xã Bảo Lâm"],
  ["06187", "WARD", "Kỳ Lừa", "Phường Hoàng Văn Thụ, Thị trấn Cao Lộc, Xã Hợp Thành, Xã Tân Liên, Xã Gia Cát"],
  ["06196", "COMMUNE", "Ba Sơn", "Xã Mẫu Sơn (huyện Cao Lộc), Xã Cao Lâu, Xã Xuất Lễ"],
  ["06211", "COMMUNE", "Cao Lộc", "Xã Lộc Yên, Xã Thanh Lòa, Xã Thạch Đạn"],
  ["06220", "COMMUNE", "Công Sơn", "Xã Hòa Cư, Xã Hải Yến, Xã Công Sơn"],
  ["06253", "COMMUNE", "Văn Quan", "Xã Hòa Bình (huyện Văn Quan), Xã Tú Xuyên, Thị trấn Văn Quan"],
  ["06280", "COMMUNE", "Điềm He", "Xã Trấn Ninh, Xã Liên Hội, Xã Điềm He"],
  ["06286", "COMMUNE", "Khánh Khê", "Xã Xuân Long, Xã Bình Trung, Xã Khánh Khê"],
  ["06298", "COMMUNE", "Yên Phúc", "Xã An Sơn, Xã Bình Phúc, Xã Yên Phúc"],
  ["06313", "COMMUNE", "Tri Lễ", "Xã Lương Năng, Xã Hữu Lễ, Xã Tri Lễ"],
  ["06316", "COMMUNE", "Tân Đoàn", "Xã Tân Thành (huyện Cao Lộc), Xã Tràng Phái, Xã Tân Đoàn"],
  ["06325", "COMMUNE", "Bắc Sơn", "Thị trấn Bắc Sơn, Xã Long Đống, Xã Bắc Quỳnh"],
  ["06337", "COMMUNE", "Tân Tri", "Xã Đồng Ý, Xã Vạn Thủy, Xã Tân Tri"],
  ["06349", "COMMUNE", "Hưng Vũ", "Xã Trấn Yên, Xã Hưng Vũ"],
  ["06364", "COMMUNE", "Vũ Lễ", "Xã Chiến Thắng (huyện Bắc Sơn), Xã Vũ Sơn, Xã Vũ Lễ"],
  ["06367", "COMMUNE", "Vũ Lăng", "Xã Tân Lập, Xã Tân Hương, Xã Chiêu Vũ, Xã Vũ Lăng"],
  ["06376", "COMMUNE", "Nhất Hòa", "Xã Tân Thành (huyện Bắc Sơn), Xã Nhất Tiến, Xã Nhất Hòa"],
  ["06385", "COMMUNE", "Hữu Lũng", "Thị trấn Hữu Lũng, Xã Đồng Tân, Xã Hồ Sơn"],
  ["06391", "COMMUNE", "Yên Bình", "Xã Hòa Bình (huyện Hữu Lũng), Xã Quyết Thắng, Xã Yên Bình"],
  ["06400", "COMMUNE", "Hữu Liên", "Xã Yên Thịnh, Xã Hữu Liên"],
  ["06415", "COMMUNE", "Vân Nham", "Xã Minh Tiến, Xã Nhật Tiến, Xã Vân Nham"],
  ["06427", "COMMUNE", "Cai Kinh", "Xã Yên Vượng, Xã Yên Sơn, Xã Cai Kinh"],
  ["06436", "COMMUNE", "Thiện Tân", "Xã Thanh Sơn, Xã Đồng Tiến, Xã Thiện Tân"],
  ["06445", "COMMUNE", "Tân Thành", "Xã Tân Thành (huyện Hữu Lũng), Xã Hòa Lạc, Xã Hòa Sơn"],
  ["06457", "COMMUNE", "Tuấn Sơn", "Xã Minh Sơn, Xã Minh Hòa, Xã Hòa Thắng"],
  ["06463", "COMMUNE", "Chi Lăng", "Xã Chi Lăng (huyện Chi Lăng), Thị trấn Chi Lăng, Thị trấn Đồng Mỏ"],
  ["06475", "COMMUNE", "Bằng Mạc", "Xã Gia Lộc, Xã Bằng Hữu, Xã Thượng Cường, Xã Bằng Mạc"],
  ["06481", "COMMUNE", "Chiến Thắng", "Xã Chiến Thắng (huyện Chi Lăng), Xã Vân An, Xã Liên Sơn, Xã Vân Thủy"],
  ["06496", "COMMUNE", "Nhân Lý", "Xã Mai Sao, Xã Bắc Thủy, Xã Lâm Sơn, Xã Nhân Lý"],
  ["06505", "COMMUNE", "Vạn Linh", "Xã Hòa Bình (huyện Chi Lăng), Xã Y Tịch, Xã Vạn Linh"],
  ["06517", "COMMUNE", "Quan Sơn", "Xã Hữu Kiên, Xã Quan Sơn"],
  ["06526", "COMMUNE", "Na Dương", "Thị trấn Na Dương, Xã Đông Quan, Xã Tú Đoạn"],
  ["06529", "COMMUNE", "Lộc Bình", "Thị trấn Lộc Bình, Xã Khánh Xuân, Xã Đồng Bục, Xã Hữu Khánh"],
  ["06541", "COMMUNE", "Mẫu Sơn", "Xã Mẫu Sơn (huyện Lộc Bình), Xã Yên Khoái, Xã Tú Mịch"],
  ["06565", "COMMUNE", "Khuất Xá", "Xã Tam Gia, Xã Khuất Xá"],
  ["06577", "COMMUNE", "Thống Nhất", "Xã Minh Hiệp, Xã Hữu Lân, Xã Thống Nhất"],
  ["06601", "COMMUNE", "Lợi Bác", "Xã Sàn Viên, Xã Lợi Bác"],
  ["06607", "COMMUNE", "Xuân Dương", "Xã Nam Quan, Xã Ái Quốc, Xã Xuân Dương"],
  ["06613", "COMMUNE", "Đình Lập", "Thị trấn Đình Lập, Xã Đình Lập, Xã Bính Xá"],
  ["06616", "COMMUNE", "Thái Bình", "Thị trấn Nông Trường Thái Bình, Xã Lâm Ca, Xã Thái Bình"],
  ["06625", "COMMUNE", "Kiên Mộc", "Xã Bắc Xa, Xã Bính Xá, Xã Kiên Mộc"],
  ["06637", "COMMUNE", "Châu Sơn", "Xã Bắc Lãng, Xã Đồng Thắng, Xã Cường Lợi, Xã Châu Sơn, Xã Kiên Mộc"],
];

const ascii = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase();

export const communes: AgencySeed[] = UNITS.map(([, kind, name]) => ({
  code: `${kind === "WARD" ? "P" : "X"}-${ascii(name)}`,
  name: `${kind === "WARD" ? "Phường" : "Xã"} ${name}`,
  shortName: `${kind === "WARD" ? "P." : "X."} ${name}`,
  kind: kind === "WARD" ? AgencyKind.WARD : AgencyKind.COMMUNE,
  parentCode: "UBND-TINH",
  validFrom: "2025-07-01",
}));
