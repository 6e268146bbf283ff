/**
 * Matrix safety: headers carry the target's title; moving a lead asks first,
 * naming the old and the new lead, and the result says the old one ended;
 * the cell dialog shows each assignment's deadline; new assignments get the
 * one default deadline (30 days after the period).
 */
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers, ids } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { panelSuite, type Panel } from "./browser";

jest.setTimeout(120_000);

describe("the assignment matrix, safely", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  async function leadOf(code: string) {
    const admin = await callers(t.client)("admin");
    const { allAssignments } = await admin.data<{
      allAssignments: { agency: { code: string }; dueDaysAfterPeriod: number }[];
    }>(
      `query($i: ID) { allAssignments(filter: { indicatorId: $i, role: LEAD, active: true }) {
         agency { code } dueDaysAfterPeriod } }`,
      { i: await ids.indicator(t.client, code) },
    );
    return allAssignments;
  }

  it("asks before moving a lead, names both, and says the old one ended", async () => {
    const admin = await panel.signIn(accounts.admin, DEMO_PASSWORD);
    try {
      await panel.open(admin, "/assignment-matrix");
      await admin.getByTestId("matrix-head-4").getByText("Du lịch").waitFor();
      await admin.getByText("Số chỉ tiêu thành phần chưa có cơ quan chủ trì").waitFor();
      await admin.getByTestId("cell-CTK-4").click();
      // CTK already coordinates 4.b: its deadline is in the dialog.
      await admin.getByTestId("cell-deadline").first().waitFor();
      await expect(admin.getByTestId("cell-deadline").first().textContent()).resolves.toMatch(
        /^(Hằng năm|6 tháng|Hằng quý) · hạn \d+ ngày sau kỳ$/,
      );

      // Cancelling changes nothing.
      await admin.getByTestId("assign-target-lead").click();
      const confirm = admin.getByTestId("confirm-move-lead");
      await confirm.getByText("chuyển chủ trì từ Sở VHTTDL sang Cục Thống kê").waitFor();
      await panel.screenshot(admin, "matrix-confirm-move");
      await confirm.getByRole("button", { name: "Hủy" }).click();
      await confirm.waitFor({ state: "detached" });
      expect((await leadOf("4.a")).map((a) => a.agency.code)).toEqual(["SO-VHTTDL"]);

      // Confirming moves it and says the old lead ended.
      await admin.getByTestId("assign-target-lead").click();
      await admin.getByTestId("confirm-move-lead-yes").click();
      await admin
        .getByText(
          "Đã chuyển chủ trì từ Sở VHTTDL sang Cục Thống kê; phân công chủ trì của Sở VHTTDL đã kết thúc",
        )
        .waitFor();
      const leads = await leadOf("4.a");
      expect(leads).toEqual([{ agency: { code: "CTK" }, dueDaysAfterPeriod: 30 }]);
      expect(panel.errors).toEqual([]);
    } finally {
      await admin.context().close();
    }
  });
});
