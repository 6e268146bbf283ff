import type { KeyTaskSeed } from "./types";

/** The five key tasks of section 1.3 ("Một là" … "Năm là"), text verbatim without the label. */
export const keyTasks: KeyTaskSeed[] = [
  {
    ordinal: 1,
    title: "Xây dựng Đảng và hệ thống chính trị",
    titleEn: "Building the Party and the political system",
    text: "Tiếp tục nâng cao năng lực lãnh đạo và sức chiến đấu của các cấp uỷ, tổ chức đảng, xây dựng đội ngũ cán bộ, đảng viên, nhất là cán bộ lãnh đạo, quản lý đủ phẩm chất, năng lực và uy tín ngang tầm nhiệm vụ; phát huy tốt vai trò nêu gương của người đứng đầu cấp ủy, cơ quan, đơn vị. Ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ. Đẩy mạnh phòng, chống tham nhũng, lãng phí. Nâng cao hiệu lực, hiệu quả quản lý Nhà nước, năng lực điều hành, tổ chức thực hiện của chính quyền các cấp. Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị – xã hội, phát huy quyền làm chủ của Nhân dân và sức mạnh khối đại đoàn kết các dân tộc.",
  },
  {
    ordinal: 2,
    title: "Phát huy lợi thế, phát triển kinh tế và kết cấu hạ tầng",
    titleEn: "Using the province's advantages: economy and infrastructure",
    text: "Khai thác và sử dụng hiệu quả các lợi thế, tiềm năng, thế mạnh của tỉnh: Tập trung phát triển kinh tế cửa khẩu, công nghiệp, thương mại, dịch vụ; nâng cao chất lượng, hiệu quả kinh tế du lịch, đưa du lịch từng bước trở thành ngành kinh tế quan trọng của tỉnh; phát triển nông nghiệp hiện đại gắn với xây dựng nông thôn mới, đô thị văn minh. Xây dựng kết cấu hạ tầng kinh tế – xã hội, quốc phòng, an ninh, trọng tâm là hạ tầng giao thông, đô thị, nông thôn và công nghệ thông tin. Tạo điều kiện thuận lợi thu hút doanh nghiệp đầu tư kết cấu hạ tầng các khu công nghiệp, cụm công nghiệp trên địa bàn. Đẩy mạnh liên kết vùng để khai thác có hiệu quả thế mạnh về vị trí địa lý của tỉnh.",
  },
  {
    ordinal: 3,
    title: "Đổi mới sáng tạo, cải thiện môi trường đầu tư",
    titleEn: "Innovation, enterprise and the investment climate",
    text: "Thúc đẩy đổi mới sáng tạo và khởi nghiệp; hỗ trợ phát triển doanh nghiệp và hợp tác xã. Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh. Có cơ chế, chính sách thu hút các doanh nghiệp thuộc các thành phần kinh tế tham gia đầu tư phát triển kinh tế – xã hội.",
  },
  {
    ordinal: 4,
    title: "Phát triển văn hóa, con người và giảm nghèo bền vững",
    titleEn: "Culture, people and sustainable poverty reduction",
    text: "Phát huy bản sắc văn hoá truyền thống tốt đẹp, nâng cao đạo đức xã hội, ý thức pháp luật, xây dựng văn hóa và con người Lạng Sơn phát triển toàn diện, hướng đến chân – thiện – mỹ, có khát vọng vươn lên. Tạo điều kiện và môi trường thuận lợi thúc đẩy giảm nghèo nhanh và bền vững, nâng cao đời sống vật chất và tinh thần của người dân, nhất là các khu vực nông thôn, biên giới, vùng đặc biệt khó khăn.",
  },
  {
    ordinal: 5,
    title: "Quốc phòng, an ninh và đối ngoại",
    titleEn: "Defence, security and external relations",
    text: "Tăng cường củng cố quốc phòng, an ninh, bảo đảm trật tự an toàn xã hội, giữ vững chủ quyền biên giới quốc gia, xây dựng biên giới hoà bình, hữu nghị, hợp tác; chủ động thực hiện hiệu quả công tác đối ngoại và hội nhập quốc tế, tạo môi trường thuận lợi cho phát triển kinh tế – xã hội.",
  },
];
