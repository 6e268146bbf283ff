/**
 * The return loop explains itself: the head's return dialog names the
 * figure; the reporter's to-do shows the reason and a link to fix it; after
 * the fix the head's queue marks it "Gửi lại" with the old → new value, the
 * earlier reason and who submitted it.
 */
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers, ids } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { panelSuite, type Panel } from "./browser";

jest.setTimeout(150_000);

describe("the return loop", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  it("names the figure, shows the reason to the reporter, and marks the resubmission for the head", async () => {
    const reporterApi = await callers(t.client)("reporterYt");
    const { saveMeasurement: draft } = await reporterApi.data<{
      saveMeasurement: { id: string };
    }>(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2025, value: "8.5", source: "Báo cáo ngành y tế 2025") { id } }`,
      { i: await ids.indicator(t.client, "12.b") },
    );
    await reporterApi.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id: draft.id,
    });
    const reason = "Tổng tỷ trọng các khu vực vượt 100%, đề nghị rà soát";

    const head = await panel.signIn(accounts.headYt, DEMO_PASSWORD);
    let reporter: Page | undefined;
    try {
      // 1. The head returns it; the dialog says which figure.
      await panel.open(head, "/approvals");
      const row = head.getByTestId("approval-queue").locator("tr", { hasText: "12.b ·" });
      await row.getByTestId("return-figure").click();
      await head
        .getByTestId("dialog-subject")
        .getByText("12.b · Số bác sỹ trên 1 vạn dân · Năm 2025 · 8,5 bác sỹ/vạn dân")
        .waitFor();
      await panel.screenshot(head, "return-dialog");
      await head.getByTestId("reason-input").fill(reason);
      await head.getByTestId("reason-confirm").click();
      await row.waitFor({ state: "detached" });

      // 2. The reporter signs in: the to-do on the dashboard has the reason and a link to fix it.
      reporter = await panel.signIn(accounts.reporterYt, DEMO_PASSWORD);
      await reporter.getByTestId("returned-reason-12.b").getByText(reason).waitFor();
      await panel.screenshot(reporter, "todo-returned");
      await reporter.getByTestId("fix-12.b").click();
      await reporter.getByTestId("returned-reason").waitFor();
      await reporter.getByTestId("value-input").fill("8,9");
      await reporter.getByTestId("save-submit").click();
      await reporter.locator('[data-status="SUBMITTED"]').first().waitFor();

      // 3. The head opens the queue again: "Gửi lại", 8,5 → 8,9, the earlier reason, who sent it.
      await head.reload();
      const again = head.getByTestId("approval-queue").locator("tr", { hasText: "12.b ·" });
      const mark = again.getByTestId("resubmitted");
      await mark.getByText("Gửi lại").waitFor();
      await mark.getByText("8,5 bác sỹ/vạn dân → 8,9 bác sỹ/vạn dân").waitFor();
      await mark.getByText(reason, { exact: false }).waitFor();
      await expect(mark.textContent()).resolves.toContain("Lãnh đạo Sở Y tế");
      await expect(again.getByTestId("submitter").textContent()).resolves.toMatch(
        /^Chuyên viên Sở Y tế · /,
      );
      await panel.screenshot(head, "queue-resubmitted");
      expect(panel.errors).toEqual([]);
    } finally {
      await Promise.all([head.context().close(), reporter?.context().close()]);
    }
  });
});
