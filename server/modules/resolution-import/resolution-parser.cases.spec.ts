/**
 * The parser on other real resolutions: main targets of other provinces', districts' and
 * communes' congresses (and two national ones), each line copied verbatim from the public page
 * named beside it (only the line breaks between numbered items are the pasting's). Each case
 * states every indicator the draft must hold, in order, as
 *   "<kind> <bound> [<unit>] <target year> <direction>[ !]"
 * kind: END (level by the year), YEAR (every year), AVG (average annual rate), TOTAL (term
 * total); bound: "≥ 5", "≤ 0", "< 3" or a range "7–7.5" (BETWEEN); direction: ↑ higher is
 * better, ↓ lower is better, ↔ within the range; "!" when the draft must flag a problem for the
 * reviewer (an "about", a reduction read by its wording, a ceiling read without a bound word,
 * a count out of a total, a deadline off the term's last year …). A case whose text is a
 * sentence of a report rather than a numbered list is pasted as one target: the test puts
 * "(1) " in front of it (`sentence: true`).
 */
import { Comparator, Direction, IndicatorKind } from "../../common/enums";
import { parseResolutionTargets, type DraftIndicator } from "./resolution-parser";

interface Case {
  source: string;
  termEndYear: number;
  text: string;
  sentence?: boolean;
  /** Per target, in order: its indicators. A target with none is a qualitative one. */
  expected: string[][];
  /** Names the draft must propose, where the case is about naming. */
  names?: string[];
}

const KIND: Record<IndicatorKind, string> = {
  [IndicatorKind.END_OF_TERM_LEVEL]: "END",
  [IndicatorKind.EVERY_YEAR]: "YEAR",
  [IndicatorKind.AVERAGE_ANNUAL_RATE]: "AVG",
  [IndicatorKind.TERM_TOTAL]: "TOTAL",
};
const DIRECTION: Record<Direction, string> = {
  [Direction.HIGHER_IS_BETTER]: "↑",
  [Direction.LOWER_IS_BETTER]: "↓",
  [Direction.WITHIN_RANGE]: "↔",
};

function describe_(i: DraftIndicator): string {
  const bound =
    i.comparator === Comparator.BETWEEN
      ? `${i.targetMin}–${i.targetMax}`
      : i.comparator === Comparator.AT_LEAST
        ? `≥ ${i.targetMin}`
        : i.comparator === Comparator.AT_MOST
          ? `≤ ${i.targetMax}`
          : `< ${i.targetMax}`;
  const flag = i.problems.length > 0 ? " !" : "";
  return `${KIND[i.kind]} ${bound} [${i.unit}] ${i.targetYear} ${DIRECTION[i.direction]}${flag}`;
}

const NHU_XUAN =
  "Đảng bộ huyện Như Xuân (Thanh Hóa), chỉ tiêu nhiệm kỳ 2020–2025, baothanhhoa.vn/thoi-su/dang-bo-huyen-nhu-xuan-dau-an-mot-nhiem-ky/122491.htm";
const SON_LANG =
  "Đảng bộ xã Sơn Lang (Kbang, Gia Lai), chỉ tiêu nhiệm kỳ 2020–2025, kbang.gialai.gov.vn/Xa-Son-Lang/Gioi-thieu/Thanh-tuu-giai-%C4%91oan-2015-2020.aspx";
const XIII =
  "Nghị quyết Đại hội XIII của Đảng, chỉ tiêu đến năm 2025, online.flipbuilder.com/phamhungtienkg1990/rjoi/files/basic-html/page4.html";

const cases: Case[] = [
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "1. Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%; dịch vụ tăng 18,2%.",
    expected: [
      [
        "AVG ≥ 16 [%] 2025 ↑",
        "AVG ≥ 6 [%] 2025 ↑",
        "AVG ≥ 18.4 [%] 2025 ↑",
        "AVG ≥ 18.2 [%] 2025 ↑",
      ],
    ],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "2. Thu nhập bình quân đầu người/năm đến năm 2025: 60 triệu đồng.",
    expected: [["END ≥ 60 [triệu đồng/người/năm] 2025 ↑"]],
    names: ["Thu nhập bình quân đầu người/năm"],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "3. Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn.",
    expected: [["YEAR ≥ 25000 [tấn] 2025 ↑ !"]],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "4. Diện tích đất nông nghiệp được tích tụ, tập trung để sản xuất nông nghiệp quy mô lớn, ứng dụng công nghệ cao đến năm 2025 đạt 1.900 ha.",
    expected: [["END ≥ 1900 [ha] 2025 ↑"]],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "5. Giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản năm 2025 đạt 72 triệu đồng.",
    expected: [["END ≥ 72 [triệu đồng] 2025 ↑"]],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "6. Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025: 5.000 tỷ đồng.\n7. Tỷ lệ tăng thu ngân sách bình quân hàng năm: 12%.\n8. Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp.",
    expected: [
      ["TOTAL ≥ 5000 [tỷ đồng] 2025 ↑"],
      ["AVG ≥ 12 [%] 2025 ↑"],
      ["TOTAL ≥ 100 [doanh nghiệp] 2025 ↑"],
    ],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "9. Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã), trong đó: Tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao 6,25% (1 xã); tỷ lệ thôn đạt chuẩn nông thôn mới 58,9% (66/112 thôn, tăng thêm 20 thôn); tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu 1,8% (2 thôn).",
    expected: [
      [
        "END ≥ 50 [%] 2025 ↑",
        "END ≥ 6.25 [%] 2025 ↑",
        "END ≥ 58.9 [%] 2025 ↑",
        "END ≥ 1.8 [%] 2025 ↑",
      ],
    ],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "10. Tỷ lệ đô thị hóa đến năm 2025: 16% trở lên.\n11. Tỷ lệ đường giao thông trên địa bàn (không tính quốc lộ và tỉnh lộ) được cứng hóa đến năm 2025: 80%.",
    expected: [["END ≥ 16 [%] 2025 ↑"], ["END ≥ 80 [%] 2025 ↑"]],
  },
  {
    source: NHU_XUAN,
    termEndYear: 2025,
    text: "II. Về văn hóa - xã hội (10 chỉ tiêu)\n12. Tốc độ tăng dân số bình quân hằng năm dưới 1%.\n13. Tỷ lệ lao động nông nghiệp trong tổng lao động năm 2025: 50%.\n14. Tỷ lệ lao động qua đào tạo năm 2025: 65%.",
    expected: [["AVG < 1 [%] 2025 ↓"], ["END ≤ 50 [%] 2025 ↓ !"], ["END ≥ 65 [%] 2025 ↑"]],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "- Về kinh tế:\n(1) Cơ cấu kinh tế đến năm 2025: Nông, lâm nghiệp, thuỷ sản: 75%; dịch vụ, du lịch: 20%; Tiểu thủ công nghiệp: 05%.",
    expected: [["END ≤ 75 [%] 2025 ↓ !", "END ≥ 20 [%] 2025 ↑", "END ≥ 5 [%] 2025 ↑"]],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "(2) Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.\n(3) Tỷ lệ tăng thu cân đối NSĐP thực hiện so năm trước: 10% trở lên.\n(4) Đến năm 2025 xây dựng xã cơ bản đạt nông thôn mới nâng cao.",
    expected: [["END ≥ 45 [triệu đồng/người/năm] 2025 ↑"], ["YEAR ≥ 10 [%] 2025 ↑"], []],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "(5) Số thôn, làng đạt chuẩn nông thôn mới (theo Chỉ thị 12-CT/TU, ngày 13/2/2018 của Ban Thường vụ Tỉnh ủy): 04/09 thôn, làng.",
    expected: [["END ≥ 4 [thôn] 2025 ↑ !"]],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "- Về văn hóa – xã hội:\n(6) Tỷ lệ hộ nghèo người đồng bào DTTS giảm bình quân/năm: trên 10%.\n(7) Tỷ lệ lao động qua đào tạo: trên 20%.\n(8) Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.",
    expected: [["AVG ≥ 10 [%] 2025 ↑ !"], ["END ≥ 20 [%] 2025 ↑"], ["YEAR ≥ 90 [%] 2025 ↑"]],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "(9) Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%.\n(10) Số trường học đạt chuẩn Quốc gia: 04 trường.\n(11) Duy trì xã đạt chuẩn quốc gia về y tế.\n(12) Tỷ lệ hộ dân được sử dụng nước sạch, hợp vệ sinh: 98%.",
    expected: [
      ["YEAR ≤ 1.1 [%] 2025 ↓ !"],
      ["END ≥ 4 [trường] 2025 ↑"],
      [],
      ["END ≥ 98 [%] 2025 ↑"],
    ],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "(13) Tỷ lệ thôn, làng văn hóa: 100%; hộ gia đình văn hóa: 80%. Cơ quan, đơn vị, trường học, văn hóa: 100%.",
    expected: [["END ≥ 100 [%] 2025 ↑", "END ≥ 80 [%] 2025 ↑", "END ≥ 100 [%] 2025 ↑"]],
    names: [
      "Tỷ lệ thôn, làng văn hóa",
      "Hộ gia đình văn hóa",
      "Cơ quan, đơn vị, trường học, văn hóa",
    ],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "- Về Quốc phòng - An ninh:\n(14) Tỷ lệ thôn, làng, trường học đạt tiêu chuẩn an toàn về ANTT: 100%.\n(15) Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu.",
    expected: [["END ≥ 100 [%] 2025 ↑"], ["YEAR ≥ 100 [%] 2025 ↑"]],
  },
  {
    source: SON_LANG,
    termEndYear: 2025,
    text: "- Về xây dựng hệ thống chính trị:\n(16) Tỷ lệ chi bộ hàng năm đạt “Hoàn thành xuất sắc nhiệm vụ”: 15% trở lên/tổng số chi bộ trực thuộc.\n(17) Bình quân hàng năm kết nạp đảng viên mới: trên 4%.\n(18) Tỷ lệ đảng viên HTTNV hàng năm đạt: 90% trở lên.\n(19) Đảng bộ xã hàng năm đạt: hoàn thành tốt nhiệm vụ trở lên.",
    expected: [["YEAR ≥ 15 [%] 2025 ↑"], ["AVG ≥ 4 [%] 2025 ↑"], ["YEAR ≥ 90 [%] 2025 ↑"], []],
    names: [
      "Tỷ lệ chi bộ đạt “Hoàn thành xuất sắc nhiệm vụ”",
      "Bình quân kết nạp đảng viên mới",
      "Tỷ lệ đảng viên HTTNV",
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ xã Vĩnh Lộc (Thanh Hóa) lần thứ I, nhiệm kỳ 2025–2030, baothanhhoa.vn/quan-triet-trien-khai-nghi-quyet-dai-hoi-dai-bieu-dang-bo-xa-vinh-loc-lan-thu-i-nhiem-ky-2025-2030-262395.htm",
    termEndYear: 2030,
    sentence: true,
    text: "phấn đấu tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân hàng năm 8%; thu nhập bình quân đầu người đến năm 2030 đạt 86,4 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 1,41%/ năm. Hàng năm kết nạp mới từ 25 đảng viên trở lên.",
    expected: [
      [
        "AVG ≥ 8 [%] 2030 ↑",
        "END ≥ 86.4 [triệu đồng/người] 2030 ↑",
        "AVG ≥ 1.41 [%] 2030 ↑ !",
        "YEAR ≥ 25 [đảng viên] 2030 ↑",
      ],
    ],
  },
  {
    source:
      "Đảng bộ xã Khun Há (Lai Châu), 12 chỉ tiêu nhiệm kỳ 2025–2030, trangtraiviet.danviet.vn/nong-thon-tay-bac-khun-ha-phat-trien-du-lich-cong-dong-gan-voi-bao-ton-va-phat-huy-cac-gia-tri-van-hoa-truyen-thong-d1357075.html",
    termEndYear: 2030,
    sentence: true,
    text: "Tốc độ tăng tổng thu ngân sách Nhà nước trên địa bàn bình quân hằng năm đạt 10%; thu nhập bình quân đầu người trên địa bàn đến năm 2030 so với năm 2025 tăng 31,6%; duy trì xã đạt tiêu chí quốc gia về y tế; tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%; tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025), trung bình mỗi năm giải quyết việc làm cho trên 250 lao động",
    expected: [
      [
        "AVG ≥ 10 [%] 2030 ↑",
        "END ≥ 31.6 [%] 2030 ↑",
        "END ≥ 99.2 [%] 2030 ↑",
        "AVG ≥ 2.1 [%] 2030 ↑ !",
        "YEAR ≥ 250 [lao động] 2030 ↑ !",
      ],
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ huyện Tây Giang (Quảng Nam) lần thứ XVII, nhiệm kỳ 2020–2025, baoquangnam.vn/xay-dung-dang/tay-giang-dua-nghi-quyet-vao-cuoc-song-92658.html",
    termEndYear: 2025,
    sentence: true,
    text: "huy động vốn đầu tư phát triển 5 năm đạt hơn 1.500 tỷ đồng, thu ngân sách hằng năm tăng 10 - 12%; hộ nghèo giảm bình quân 4 - 5%/năm, thu nhập bình quân đầu người đạt 36 triệu đồng/năm, giải quyết việc làm hơn 1.200 lao động, xóa 100% nhà tạm",
    expected: [
      [
        "TOTAL ≥ 1500 [tỷ đồng] 2025 ↑",
        "YEAR 10–12 [%] 2025 ↑",
        "AVG 4–5 [%] 2025 ↑ !",
        "END ≥ 36 [triệu đồng/người/năm] 2025 ↑",
        "END ≥ 1200 [lao động] 2025 ↑",
        "END ≥ 100 [%] 2025 ↑",
      ],
    ],
    names: [
      "Huy động vốn đầu tư phát triển 5 năm",
      "Thu ngân sách tăng",
      "Hộ nghèo giảm bình quân",
      "Thu nhập bình quân đầu người",
      "Giải quyết việc làm",
      "Xóa nhà tạm",
    ],
  },
  {
    source:
      "Đại hội Đảng bộ huyện Đạ Tẻh (Lâm Đồng), nhiệm kỳ 2020–2025, dangcongsan.vn/tien-toi-dai-hoi-dang-bo-cac-cap-va-dai-hoi-xiii-cua-dang/tin-hoat-dong/phan-dau-dua-da-teh-dat-chuan-huyen-nong-thon-moi-kieu-mau-vao-nam-2025-558492.html",
    termEndYear: 2025,
    sentence: true,
    text: "Duy trì tốc độ tăng trưởng bình quân giai đoạn 2021 - 2025 là 7,82%; thu nhập bình quân đầu người đến năm 2025 đạt 65 triệu đồng; giá trị sản phẩm thu hoạch trên một đơn vị diện tích đến năm 2025 đạt 124,5 triệu đồng /ha",
    expected: [
      [
        "AVG ≥ 7.82 [%] 2025 ↑",
        "END ≥ 65 [triệu đồng/người] 2025 ↑",
        "END ≥ 124.5 [triệu đồng/ha] 2025 ↑",
      ],
    ],
  },
  {
    source:
      "Đại hội Đảng bộ huyện Đạ Tẻh (Lâm Đồng), nhiệm kỳ 2020–2025, dangcongsan.vn/…/phan-dau-dua-da-teh-dat-chuan-huyen-nong-thon-moi-kieu-mau-vao-nam-2025-558492.html",
    termEndYear: 2025,
    sentence: true,
    text: "đến năm 2025 tỷ trọng các ngành trong cơ cấu kinh tế của huyện là: nông – lâm - thủy sản chiếm 42%, dịch vụ chiếm 46%, công nghiệp - xây dựng chiếm 12%; tổng vốn đầu tư toàn xã hội thời kỳ 2021 - 2025 đạt 4.862 tỷ đồng; thu ngân sách nhà nước giai đoạn 2020 - 2025 có tốc độ tăng trung bình đạt 5 - 7%/năm.",
    expected: [
      [
        "END ≤ 42 [%] 2025 ↓ !",
        "END ≥ 46 [%] 2025 ↑",
        "END ≥ 12 [%] 2025 ↑",
        "TOTAL ≥ 4862 [tỷ đồng] 2025 ↑",
        "AVG 5–7 [%] 2025 ↑",
      ],
    ],
  },
  {
    source:
      "Đại hội Đảng bộ huyện Đạ Tẻh (Lâm Đồng), nhiệm kỳ 2020–2025, dangcongsan.vn/…/phan-dau-dua-da-teh-dat-chuan-huyen-nong-thon-moi-kieu-mau-vao-nam-2025-558492.html",
    termEndYear: 2025,
    sentence: true,
    text: "Phấn đấu tỷ lệ gia đình, thôn, buôn tổ dân phố, cơ quan, đơn vị, doanh nghiệp văn hóa trên địa bàn huyện đạt từ 96 đến 97%; có 8/8 xã được công nhận nông thôn mới nâng cao",
    expected: [["END 96–97 [%] 2025 ↑", "END ≥ 8 [xã] 2025 ↑ !"]],
    names: [
      "Tỷ lệ gia đình, thôn, buôn tổ dân phố, cơ quan, đơn vị, doanh nghiệp văn hóa trên địa bàn huyện",
      "Số xã được công nhận nông thôn mới nâng cao",
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ huyện Tuy Đức (Đắk Nông) lần thứ IV, nhiệm kỳ 2020–2025, daknong.gov.vn/chi-tiet-tim-kiem/-/view_content/86424322-dai-hoi-dai-bieu-dang-bo-huyen-tuy-duc-lan-thu-iv-nhiem-ky-2020-2025.html",
    termEndYear: 2025,
    sentence: true,
    text: "đến năm 2025, tổng giá trị sản xuất tăng bình quân hằng năm 11%, trong đó nông lâm, thủy sản tăng 8,15%; công nghiệp, xây dựng tăng 14,87% và dịch vụ tăng 19,94%.",
    expected: [
      [
        "AVG ≥ 11 [%] 2025 ↑",
        "AVG ≥ 8.15 [%] 2025 ↑",
        "AVG ≥ 14.87 [%] 2025 ↑",
        "AVG ≥ 19.94 [%] 2025 ↑",
      ],
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ huyện Tuy Đức (Đắk Nông) lần thứ IV, daknong.gov.vn/…/86424322-dai-hoi-dai-bieu-dang-bo-huyen-tuy-duc-lan-thu-iv-nhiem-ky-2020-2025.html",
    termEndYear: 2025,
    sentence: true,
    text: "Tổng thu ngân sách trên địa bàn huyện trong cả nhiệm kỳ 2020 - 2025 đạt hơn 268 tỷ đồng",
    expected: [["TOTAL ≥ 268 [tỷ đồng] 2025 ↑"]],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ huyện Tuy Đức (Đắk Nông) lần thứ IV, daknong.gov.vn/…/86424322-dai-hoi-dai-bieu-dang-bo-huyen-tuy-duc-lan-thu-iv-nhiem-ky-2020-2025.html",
    termEndYear: 2025,
    sentence: true,
    text: "Đến năm 2025, toàn huyện cứng hoá hệ thống đường huyện khoảng 79%",
    expected: [["END ≥ 79 [%] 2025 ↑ !"]],
  },
  {
    source:
      "Nghị quyết về mục tiêu đến năm 2030 (vietbao.vn, 10/07/2025), vietbao.vn/muc-tieu-2030-gdp-binh-quan-dau-nguoi-dat-8-500-usd-tuoi-tho-dat-75-5-tuoi-565742.html",
    termEndYear: 2030,
    sentence: true,
    text: "Tỷ trọng trong GDP của khu vực dịch vụ đạt trên 50%, khu vực công nghiệp - xây dựng trên 40%, khu vực nông, lâm, thủy sản dưới 10%. Tốc độ tăng năng suất lao động xã hội bình quân đạt khoảng 7%/năm thời kỳ 2021-2030; trong đó giai đoạn 2026-2030 đạt trên 8,5%/năm.",
    expected: [
      [
        "END ≥ 50 [%] 2030 ↑",
        "END ≥ 40 [%] 2030 ↑",
        "END < 10 [%] 2030 ↓",
        "AVG ≥ 7 [%] 2030 ↑ !",
        "AVG ≥ 8.5 [%] 2030 ↑",
      ],
    ],
    names: [
      "Tỷ trọng trong GDP của khu vực dịch vụ",
      "Khu vực công nghiệp - xây dựng",
      "Khu vực nông, lâm, thủy sản",
      "Tốc độ tăng năng suất lao động xã hội bình quân",
      "Giai đoạn 2026-2030",
    ],
  },
  {
    source:
      "Nghị quyết về mục tiêu đến năm 2030 (vietbao.vn, 10/07/2025), vietbao.vn/muc-tieu-2030-gdp-binh-quan-dau-nguoi-dat-8-500-usd-tuoi-tho-dat-75-5-tuoi-565742.html",
    termEndYear: 2030,
    sentence: true,
    text: "Đến năm 2030, GDP bình quân đầu người theo giá hiện hành đạt khoảng 8.500 USD. Tuổi thọ bình quân đạt khoảng 75,5 tuổi. Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội giảm xuống dưới 20%.",
    expected: [
      ["END ≥ 8500 [USD/người] 2030 ↑ !", "END ≥ 75.5 [tuổi] 2030 ↑ !", "END < 20 [%] 2030 ↓"],
    ],
  },
  {
    source:
      "Đại hội đại biểu xã Phú Bình (An Giang), 16 chỉ tiêu nhiệm kỳ 2020–2025, baoangiang.com.vn/dai-hoi-dai-bieu-xa-phu-binh-nhiem-ky-2020-2025--a274276.html",
    termEndYear: 2025,
    sentence: true,
    text: "bình quân thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích",
    expected: [["END ≥ 70 [triệu đồng/người/năm] 2025 ↑", "END ≥ 20 [%] 2025 ↑"]],
  },
  {
    source:
      "Đại hội đại biểu xã Phú Bình (An Giang), nhiệm kỳ 2020–2025, baoangiang.com.vn/dai-hoi-dai-bieu-xa-phu-binh-nhiem-ky-2020-2025--a274276.html",
    termEndYear: 2025,
    sentence: true,
    text: "tỷ lệ tham gia bảo hiểm y tế toàn dân đạt 100%.\nĐồng thời, phấn đấu xây dựng tổ chức mặt trận và các đoàn thể vững mạnh đạt 100%; tất cả Chi bộ trực thuộc đều hoàn thành tốt nhiệm vụ và đạt trong sạch vững mạnh.",
    expected: [["END ≥ 100 [%] 2025 ↑", "END ≥ 100 [%] 2025 ↑", "END ≥ 100 [%] 2025 ↑ !"]],
  },
  {
    source: XIII,
    termEndYear: 2025,
    sentence: true,
    text: "Về  kinh  tế: Tốc  độ  tăng  trưởng  kinh  tế  (GDP)  bình  quân  5  năm  đạt  khoảng  6,5  -\n               7%/năm. Đến năm 2025, GDP bình quân đầu người khoảng 4.700 - 5.000 USD; đóng góp\n               của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt khoảng 45%; tốc độ tăng năng\n               suất lao động xã hội bình quân trên 6,5%/năm; tỉ lệ đô thị hóa khoảng 45%; tỉ trọng công\n               nghiệp chế biến, chế tạo trong GDP đạt trên 25%; kinh tế số đạt khoảng 20% GDP.",
    expected: [
      [
        "AVG 6.5–7 [%] 2025 ↑ !",
        "END 4700–5000 [USD/người] 2025 ↑ !",
        "END ≥ 45 [%] 2025 ↑ !",
        "AVG ≥ 6.5 [%] 2025 ↑",
        "END ≥ 45 [%] 2025 ↑ !",
        "END ≥ 25 [%] 2025 ↑",
        "END ≥ 20 [%] 2025 ↑ !",
      ],
    ],
  },
  {
    source: XIII,
    termEndYear: 2025,
    sentence: true,
    text: "Về xã hội: Đến năm 2025, tỉ trọng lao động nông nghiệp trong tổng lao động xã hội\n               khoảng 25%; tỉ lệ lao động qua đào tạo là 70%; tỉ lệ thất nghiệp ở khu vực thành thị năm\n               2025 dưới 4%; tỉ lệ nghèo đa chiều duy trì mức giảm 1 - 1,5% hằng năm; có 10 bác sĩ và 30\n               giường bệnh/1 vạn dân; tỉ lệ tham gia bảo hiểm y tế đạt 95% dân số; tuổi thọ trung bình đạt\n               khoảng 74,5 tuổi; tỉ lệ xã đạt tiêu chuẩn nông thôn mới tối thiểu 80%, trong đó ít nhất 10%\n               đạt chuẩn nông thôn mới kiểu mẫu.",
    expected: [
      [
        "END ≤ 25 [%] 2025 ↓ !",
        "END ≥ 70 [%] 2025 ↑",
        "END < 4 [%] 2025 ↓",
        "YEAR 1–1.5 [%] 2025 ↑ !",
        "END ≥ 10 [bác sĩ/vạn dân] 2025 ↑",
        "END ≥ 30 [giường bệnh/vạn dân] 2025 ↑",
        "END ≥ 95 [%] 2025 ↑",
        "END ≥ 74.5 [tuổi] 2025 ↑ !",
        "END ≥ 80 [%] 2025 ↑",
        "END ≥ 10 [%] 2025 ↑",
      ],
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ninh lần thứ XVI, nhiệm kỳ 2025–2030, dantri.com.vn/thoi-su/quang-ninh-phan-dau-thanh-thanh-pho-truc-thuoc-trung-uong-truoc-2030-20250927102745361.htm",
    termEndYear: 2030,
    sentence: true,
    text: "Về xây dựng Đảng, hàng năm có trên 90% tổ chức cơ sở và đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên. Tỷ lệ kết nạp đảng viên mới hàng năm đạt 3-3,5% tổng số đảng viên.",
    expected: [["YEAR ≥ 90 [%] 2030 ↑", "YEAR 3–3.5 [%] 2030 ↑"]],
    names: [
      "Tỷ lệ tổ chức cơ sở và đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên",
      "Tỷ lệ kết nạp đảng viên mới",
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ninh lần thứ XVI, dantri.com.vn/…-20250927102745361.htm",
    termEndYear: 2030,
    sentence: true,
    text: "Ở lĩnh vực kinh tế, GRDP bình quân giai đoạn 2026-2030 tăng 12%/năm, GRDP bình quân đầu người đạt 20.000 USD, kinh tế số chiếm 30% GRDP. Tỉnh phấn đấu thành lập 2.000 doanh nghiệp mới mỗi năm, khu vực tư nhân đóng góp 40-45% GRDP, tỷ lệ đô thị hóa trên 75%.",
    expected: [
      [
        "AVG ≥ 12 [%] 2030 ↑",
        "END ≥ 20000 [USD/người] 2030 ↑",
        "END ≥ 30 [%] 2030 ↑",
        "YEAR ≥ 2000 [doanh nghiệp] 2030 ↑",
        "END 40–45 [%] 2030 ↑",
        "END ≥ 75 [%] 2030 ↑",
      ],
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ninh lần thứ XVI, dantri.com.vn/…-20250927102745361.htm",
    termEndYear: 2030,
    sentence: true,
    text: "Về xã hội, tỷ lệ lao động qua đào tạo đạt trên 90%, trong đó có bằng cấp, chứng chỉ 48%. Tỉnh đặt mục tiêu tỷ lệ thất nghiệp dưới 2%, tuổi thọ trung bình trên 76 tuổi, 100% dân số tham gia bảo hiểm y tế, không còn hộ nghèo theo chuẩn nghèo đa chiều.",
    expected: [
      [
        "END ≥ 90 [%] 2030 ↑",
        "END ≥ 48 [%] 2030 ↑",
        "END < 2 [%] 2030 ↓",
        "END ≥ 76 [tuổi] 2030 ↑",
        "END ≥ 100 [%] 2030 ↑",
        "END ≤ 0 [hộ] 2030 ↓ !",
      ],
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ninh lần thứ XVI, dantri.com.vn/…-20250927102745361.htm",
    termEndYear: 2030,
    sentence: true,
    text: "Ở lĩnh vực môi trường, tỷ lệ dân số đô thị được cấp nước sạch đạt trên 99%, nông thôn trên 85%.",
    expected: [["END ≥ 99 [%] 2030 ↑", "END ≥ 85 [%] 2030 ↑"]],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025–2030 (TTXVN 01/12/2025), infographics.vn/phan-dau-den-nam-2030-tuyen-quang-la-tinh-phat-trien-kha-toan-dien-ben-vung/218403.vna",
    termEndYear: 2030,
    sentence: true,
    text: "Phấn đấu tốc độ tăng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026-2030 đạt 10,5%/năm. Tổng sản phẩm trên địa bàn bình quân đầu người đến năm 2030 đạt 95 triệu đồng/người. Tỷ trọng kinh tế số đạt tối thiểu 20% GRDP. Thu ngân sách nhà nước trên địa bàn phấn đấu đạt 12.000 tỷ đồng. Tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng",
    expected: [
      [
        "AVG ≥ 10.5 [%] 2030 ↑",
        "END ≥ 95 [triệu đồng/người] 2030 ↑",
        "END ≥ 20 [%] 2030 ↑",
        "END ≥ 12000 [tỷ đồng] 2030 ↑",
        "TOTAL ≥ 75000 [tỷ đồng] 2030 ↑",
      ],
    ],
  },
  {
    source:
      "Nghị quyết Đại hội Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025–2030 (VietnamPlus 07/11/2025), vietnamplus.vn/xay-dung-vinh-long-tro-thanh-dau-moi-lien-ket-trong-vung-dong-bang-song-cuu-long-post1075535.vnp",
    termEndYear: 2030,
    sentence: true,
    text: "Tốc độ tăng trưởng tổng sản phẩm trong tỉnh (GRDP) bình quân đạt 10%. Quy mô GRDP theo giá hiện hành 589.730 tỷ đồng. GRDP bình quân đầu người đến năm 2030 là 169,46 triệu đồng. Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 10,08%. Ngân sách trên địa bàn tăng bình quân 7%. Vốn đầu tư thực hiện trên địa bàn theo giá hiện hành 176.919 tỷ đồng",
    expected: [
      [
        "AVG ≥ 10 [%] 2030 ↑",
        "END ≥ 589730 [tỷ đồng] 2030 ↑",
        "END ≥ 169.46 [triệu đồng/người] 2030 ↑",
        "END ≥ 10.08 [%] 2030 ↑",
        "AVG ≥ 7 [%] 2030 ↑",
        "TOTAL ≥ 176919 [tỷ đồng] 2030 ↑",
      ],
    ],
  },
  {
    source:
      "Nghị quyết Đại hội XIV của Đảng, chỉ tiêu 2026–2030 (Thanh Niên 07/02/2026), thanhnien.vn/thuc-day-dot-pha-chien-luoc-kien-tao-he-sinh-thai-phat-trien-moi-185260206225542386.htm",
    termEndYear: 2030,
    sentence: true,
    text: "phấn đấu đạt tốc độ tăng trưởng tổng sản phẩm trong nước (GDP) bình quân cho giai đoạn 2026 - 2030 từ 10%/năm trở lên; GDP bình quân đầu người đến năm 2030 đạt khoảng 8.500 USD; tỷ trọng công nghiệp chế biến, chế tạo đạt khoảng 28% GDP; tỷ trọng kinh tế số đạt khoảng 30% GDP.",
    expected: [
      [
        "AVG ≥ 10 [%] 2030 ↑",
        "END ≥ 8500 [USD/người] 2030 ↑ !",
        "END ≥ 28 [%] 2030 ↑ !",
        "END ≥ 30 [%] 2030 ↑ !",
      ],
    ],
  },
  {
    source:
      "Nghị quyết 13-NQ/TU của Tỉnh ủy Đắk Nông về giảm nghèo bền vững 2021–2025, baodaknong.org.vn/nghi-quyet-va-cuoc-song/giam-ty-le-ho-ngheo-hang-nam-tu-3-tro-len-91603.html",
    termEndYear: 2025,
    sentence: true,
    text: "phấn đấu hằng năm giảm tỷ lệ hộ nghèo từ 3% trở lên, riêng đồng bào dân tộc thiểu số tại chỗ giảm từ 5% trở lên theo chuẩn nghèo đa chiều giai đoạn 2021-2025",
    expected: [["YEAR ≥ 3 [%] 2025 ↑ !", "YEAR ≥ 5 [%] 2025 ↑ !"]],
  },
  {
    source:
      "Huyện ủy A Lưới, điều chỉnh chỉ tiêu Nghị quyết 11-NQ/HU về giảm nghèo bền vững 2022–2025, thuathienhue.org/blog/a-luoi-dieu-chinh-chi-tieu-giam-ngheo-dat-chuan-nong-thon-moi/",
    termEndYear: 2025,
    sentence: true,
    text: "Phấn đấu đến cuối năm 2025 tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều toàn huyện giảm còn dưới 12,01%.",
    expected: [["END < 12.01 [%] 2025 ↓"]],
  },
  {
    source:
      "Kế hoạch của tỉnh Tuyên Quang giảm tỷ lệ thất nghiệp (mốc 2025 trong một kế hoạch đến 2030), thuviensuckhoe.org/tuyen-quang-phan-dau-giam-ty-le-that-nghiep-chung-duoi-2-vao-nam-2025-20210921224321149.htm",
    termEndYear: 2030,
    sentence: true,
    text: "Phấn đấu đến năm 2025, tỷ lệ thất nghiệp chung dưới 2%, tỷ lệ thất nghiệp khu vực thành thị dưới 3%",
    expected: [["END < 2 [%] 2025 ↓ !", "END < 3 [%] 2025 ↓ !"]],
  },
];

describe("parseResolutionTargets on other real resolutions", () => {
  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c, k) => [k + 1, c.text.slice(0, 60), c] as const))(
    "case %d: %s…",
    (_k, _head, c) => {
      const text = c.sentence ? `(1) ${c.text}` : c.text;
      const draft = parseResolutionTargets(text, c.termEndYear);
      expect(draft.targets.map((t) => t.indicators.map(describe_))).toEqual(c.expected);
      for (const target of draft.targets) {
        expect(target.problems.length > 0).toBe(target.indicators.length === 0);
        for (const indicator of target.indicators) {
          expect(indicator.name).not.toBe("");
          // The phrase is the resolution's own words.
          expect(text.replace(/\s+/g, " ")).toContain(indicator.phrase.replace(/\s+/g, " "));
        }
      }
      if (c.names) {
        expect(draft.targets.flatMap((t) => t.indicators.map((i) => i.name))).toEqual(c.names);
      }
    },
  );
});
