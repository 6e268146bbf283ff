/** The admin's split of "Vietnamese (English)" server messages into the UI's language. */
import { messageInLocale, splitServerMessage } from "./server-message";

describe("server messages in the UI's language", () => {
  it("keeps the Vietnamese part in Vietnamese and the English part, capitalised, in English", () => {
    const m = "Năm không hợp lệ (year out of range)";
    expect(messageInLocale(m, "vi")).toBe("Năm không hợp lệ");
    expect(messageInLocale(m, "en")).toBe("Year out of range");
  });

  it("leaves a message without a trailing parenthesis alone", () => {
    expect(messageInLocale("Năm không hợp lệ", "en")).toBe("Năm không hợp lệ");
    expect(messageInLocale("Chỉ tiêu (1.a) đã có người chủ trì", "en")).toBe(
      "Chỉ tiêu (1.a) đã có người chủ trì",
    );
    expect(splitServerMessage("(only a parenthesis)")).toBeUndefined();
  });

  it("splits at the balanced parenthesis that closes the message, keeping nested ones", () => {
    const m = "Giá trị (số) không hợp lệ (value (a number) is not valid)";
    expect(splitServerMessage(m)).toEqual({
      vi: "Giá trị (số) không hợp lệ",
      en: "value (a number) is not valid",
    });
    expect(messageInLocale(m, "en")).toBe("Value (a number) is not valid");
  });

  it("leaves unbalanced or Vietnamese parentheses whole", () => {
    expect(messageInLocale("Sai giá trị a) b)", "en")).toBe("Sai giá trị a) b)");
    expect(messageInLocale("Nhắc việc 1.a (hạn 15/01/2026)", "vi")).toBe(
      "Nhắc việc 1.a (hạn 15/01/2026)",
    );
  });
});
