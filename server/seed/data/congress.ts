import type { CongressSeed, ProvinceSeed, ResolutionSeed } from "./types";
import { ClauseKind } from "../../common/enums";

/** The province whose congress this is. */
export const province: ProvinceSeed = {
  code: "LSN",
  name: "Lạng Sơn",
};

/**
 * The 17th congress of the Lạng Sơn provincial Party organisation (25–27/9/2020). Executive
 * committee and delegation sizes: section IV of the resolution.
 */
export const congress: CongressSeed = {
  ordinal: 17,
  partyCommittee: "Đảng bộ tỉnh Lạng Sơn",
  termStartYear: 2020,
  termEndYear: 2025,
  heldFrom: "2020-09-25",
  heldTo: "2020-09-27",
  place: "Thành phố Lạng Sơn",
  executiveCommitteeSize: 53,
  nationalDelegates: 18,
  nationalAlternates: 2,
};

/**
 * The resolution as published by Báo Lạng Sơn on 28/01/2021. Clauses are verbatim (whitespace
 * normalised): the assessment of 2015–2020 (section I), the three viewpoints (1.1, without the
 * leading dash) and the general goal (1.2, without its label). Key tasks (1.3) and targets (1.4)
 * are in key-tasks.ts and targets.ts.
 */
export const resolution: ResolutionSeed = {
  title: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 – 2025",
  adoptedOn: "2020-09-27",
  directiveNumber: "01-CT/TU",
  directiveDate: "2020-11-11",
  sourceTitle:
    "Báo Lạng Sơn, 28/01/2021: Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 – 2025",
  clauses: [
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Sau 5 năm thực hiện Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, với sự đoàn kết thống nhất, quyết tâm của tập thể lãnh đạo, sự nỗ lực phấn đấu của cả hệ thống chính trị, sự đồng thuận và tham gia tích cực của Nhân dân và cộng đồng doanh nghiệp, tỉnh Lạng Sơn đã đạt được nhiều kết quả quan trọng. Thực hiện đạt và vượt 18/20 chỉ tiêu chủ yếu đã đề ra.",
    },
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Công tác xây dựng Đảng, xây dựng hệ thống chính trị đạt nhiều kết quả, góp phần nâng cao năng lực lãnh đạo và sức chiến đấu của các cấp ủy, tổ chức đảng, chất lượng đội ngũ cán bộ, đảng viên. Hoạt động của chính quyền các cấp, của Đoàn đại biểu Quốc hội tỉnh có nhiều đổi mới, nâng cao hiệu lực, hiệu quả; công tác cải cách hành chính, thực hiện kỷ luật, kỷ cương có những chuyển biến rõ nét. Mặt trận Tổ quốc và các tổ chức chính trị – xã hội tích cực đổi mới nội dung, phương thức hoạt động, nâng cao hiệu quả tuyên truyền, vận động, tập hợp đoàn viên, hội viên và các tầng lớp Nhân dân. Khối đại đoàn kết các dân tộc được củng cố vững chắc, phát huy hiệu quả trong việc thực hiện nhiệm vụ chính trị của địa phương.",
    },
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Kinh tế – xã hội của tỉnh tiếp tục phát triển, cơ cấu kinh tế chuyển dịch đúng hướng; kết cấu hạ tầng kinh tế – xã hội, năng lực sản xuất, kinh doanh được tăng cường; nông, lâm nghiệp có nhiều mô hình sản xuất mới hiệu quả; chương trình xây dựng nông thôn mới đạt được nhiều kết quả tích cực, diện mạo nông thôn có nhiều đổi mới, đời sống của Nhân dân được nâng lên; thương mại, dịch vụ tiếp tục phát huy được vai trò kinh tế mũi nhọn, tạo động lực tăng trưởng và đổi mới cơ cấu kinh tế của tỉnh; môi trường đầu tư, kinh doanh từng bước cải thiện.",
    },
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Lĩnh vực văn hoá – xã hội có nhiều tiến bộ, an sinh xã hội được bảo đảm, đời sống vật chất và tinh thần của Nhân dân được nâng lên. Quốc phòng, an ninh được tăng cường, chính trị ổn định, trật tự an toàn xã hội được bảo đảm, chủ quyền biên giới quốc gia được giữ vững. Hoạt động đối ngoại ngày càng hiệu quả; năng lực hội nhập quốc tế được nâng lên.",
    },
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Tuy nhiên, công tác xây dựng Đảng, xây dựng hệ thống chính trị còn một số mặt hạn chế, chuyển biến chậm. Năng lực lãnh đạo, sức chiến đấu, chất lượng tổ chức cơ sở đảng có nơi còn thấp; tinh thần đấu tranh tự phê bình và phê bình trong sinh hoạt Đảng chưa cao. Năng lực, trình độ, trách nhiệm của một bộ phận cán bộ, đảng viên chưa đáp ứng yêu cầu.",
    },
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Kinh tế phát triển chưa bền vững, chưa phát huy hiệu quả tiềm năng thế mạnh của tỉnh. Kết cấu hạ tầng kinh tế – xã hội chưa đồng bộ. Huy động các nguồn lực chưa đáp ứng được yêu cầu phát triển. Một số chỉ tiêu chưa đạt.",
    },
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Chất lượng giáo dục, y tế, phát triển văn hoá một số nơi chưa đáp ứng yêu cầu, còn chênh lệch giữa các vùng. Kết quả giảm nghèo chưa thực sự bền vững. Đời sống Nhân dân vùng sâu, vùng cao còn nhiều khó khăn.",
    },
    {
      kind: ClauseKind.ASSESSMENT,
      text: "Đại hội đã chỉ ra những nguyên nhân khách quan, chủ quan của hạn chế, khuyết điểm, đồng thời, từ thực tiễn quá trình lãnh đạo, chỉ đạo điều hành trong nhiệm kỳ qua, đã rút ra một số bài học kinh nghiệm quan trọng.",
    },
    {
      kind: ClauseKind.VIEWPOINT,
      text: "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; tạo bước chuyển biến mạnh mẽ về công tác xây dựng, chỉnh đốn Đảng, nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và chất lượng đảng viên; xây dựng tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.",
    },
    {
      kind: ClauseKind.VIEWPOINT,
      text: "Đào tạo nguồn nhân lực; xây dựng đội ngũ cán bộ các cấp có đủ phẩm chất, năng lực ngang tầm nhiệm vụ là yếu tố quan trọng, đáp ứng yêu cầu đổi mới, hội nhập và phát triển của tỉnh.",
    },
    {
      kind: ClauseKind.VIEWPOINT,
      text: "Huy động mọi nguồn lực trong xã hội để tập trung phát triển; xây dựng hệ thống kết cấu hạ tầng kinh tế – xã hội, quốc phòng an ninh đồng bộ, hiện đại, tạo động lực phát triển toàn diện các lĩnh vực kinh tế, văn hoá, xã hội, đối ngoại, bảo đảm quốc phòng, an ninh.",
    },
    {
      kind: ClauseKind.GENERAL_GOAL,
      text: "Tăng cường xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết các dân tộc; đổi mới, sáng tạo; nâng cao hiệu lực quản lý Nhà nước; huy động các nguồn lực cho phát triển kinh tế cửa khẩu, thương mại, du lịch, dịch vụ, hạ tầng khu, cụm công nghiệp và tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới; tập trung đầu tư kết cấu hạ tầng giao thông, đô thị; đẩy mạnh phát triển văn hóa, xã hội, nâng cao đời sống vật chất và tinh thần của Nhân dân; tăng cường quốc phòng, an ninh, đối ngoại, bảo đảm biên giới hoà bình, hữu nghị, hợp tác, xây dựng tỉnh Lạng Sơn phát triển nhanh và bền vững.",
    },
  ],
};

/**
 * The 18th congress (24–26/9/2025), facts as ../shared/source/lang-son-2025-2030.md gives them:
 * sodttg.langson.gov.vn, "Thông báo nhanh kết quả Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ
 * XVIII, nhiệm kỳ 2025 - 2030" (dates, Trung tâm Hội nghị tỉnh Lạng Sơn, 398 delegates);
 * VietnamPlus 26/9/2025 (52, 14, 11; 19 + 2 delegates to the 14th National Congress; the
 * resolution adopted at the close on 26/9); the theme and motto as Báo Mới (baomoi.net.vn,
 * "Bí thư Thành ủy Hà Nội dự Đại hội Đảng bộ Lạng Sơn", 25/9/2025) prints them.
 */
export const congress18: CongressSeed = {
  ordinal: 18,
  partyCommittee: "Đảng bộ tỉnh Lạng Sơn",
  termStartYear: 2025,
  termEndYear: 2030,
  heldFrom: "2025-09-24",
  heldTo: "2025-09-26",
  place: "Trung tâm Hội nghị tỉnh Lạng Sơn",
  executiveCommitteeSize: 52,
  nationalDelegates: 19,
  nationalAlternates: 2,
  delegateCount: 398,
  standingCommitteeSize: 14,
  inspectionCommitteeSize: 11,
  motto: "Đoàn kết – Dân chủ – Kỷ cương – Đột phá – Phát triển",
  theme:
    "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đoàn kết; huy động mọi nguồn lực, hiện thực hóa khát vọng phát triển; xây dựng Lạng Sơn trở thành cực tăng trưởng của vùng trung du và miền núi Bắc Bộ",
};

/**
 * The 18th congress's resolution: adopted on 26/9/2025 with 34 targets (Hanoi city portal,
 * 30/9/2025), whose text is not public here. Its record carries no text and no targets: they are
 * loaded from the text (parseResolutionTargets) once the office has it.
 */
export const resolution18: ResolutionSeed = {
  title: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII, nhiệm kỳ 2025 - 2030",
  adoptedOn: "2025-09-26",
  directiveNumber: null,
  directiveDate: null,
  sourceTitle:
    "VietnamPlus, 26/9/2025: Đại hội đã thông qua Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII (toàn văn chưa có ở đây)",
  clauses: [],
};
