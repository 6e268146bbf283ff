/** The reminders' words in the panel (the bell, the profile page, the administrators' list). */
export const remindersEnglish = {
  bell: "Reminders",
  unread: "%{smart_count} unread reminder |||| %{smart_count} unread reminders",
  empty: "No reminder.",
  markAllRead: "Mark all read",
  settings: "Reminder settings",
  profile: {
    title: "My profile",
    intro: "Choose which reminders you receive (by e-mail, or here in the bell).",
    saved: "Saved",
  },
  kinds: {
    DUE_SOON: "A figure is due within 7 days",
    LATE: "A figure is late (weekly)",
    DIGEST: "Morning digest of figures waiting for my approval",
    REOPENED: "A figure I approved was reopened",
    RETURNED: "A figure I submitted was returned",
  },
};

export const remindersVietnamese: typeof remindersEnglish = {
  bell: "Nhắc việc",
  unread: "%{smart_count} nhắc việc chưa đọc",
  empty: "Không có nhắc việc nào.",
  markAllRead: "Đánh dấu đã đọc tất cả",
  settings: "Cài đặt nhắc việc",
  profile: {
    title: "Hồ sơ của tôi",
    intro:
      "Chọn các loại nhắc việc anh/chị muốn nhận (qua thư điện tử, hoặc tại biểu tượng chuông).",
    saved: "Đã lưu",
  },
  kinds: {
    DUE_SOON: "Số liệu sắp đến hạn (trong 7 ngày)",
    LATE: "Số liệu quá hạn (hằng tuần)",
    DIGEST: "Tổng hợp buổi sáng các số liệu chờ tôi duyệt",
    REOPENED: "Số liệu tôi đã duyệt bị mở lại",
    RETURNED: "Số liệu tôi gửi bị trả lại",
  },
};

/** The administrators' list of sent reminders (react-admin's resource messages). */
export const reminderResourceEnglish = {
  name: "Reminder |||| Reminders",
  fields: {
    q: "Search",
    createdAt: "Recorded at",
    day: "Day",
    email: "E-mail",
    kind: "Kind",
    channel: "Channel",
    status: "Status",
    subject: "Subject",
    attempts: "Tries",
    lastError: "Last error",
  },
};

export const reminderResourceVietnamese: typeof reminderResourceEnglish = {
  name: "Nhắc việc |||| Nhắc việc",
  fields: {
    q: "Tìm kiếm",
    createdAt: "Ghi lúc",
    day: "Ngày",
    email: "Thư điện tử",
    kind: "Loại",
    channel: "Kênh",
    status: "Trạng thái",
    subject: "Tiêu đề",
    attempts: "Số lần gửi",
    lastError: "Lỗi gần nhất",
  },
};
