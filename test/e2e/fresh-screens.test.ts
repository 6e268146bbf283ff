/**
 * After a workflow step the screen shows the new state without a reload:
 * a returned figure, opened in the edit form, shows every stored field (the
 * evidence link and note included) and why its buttons are greyed out; after
 * "Lưu và gửi duyệt" the figure reads "Chờ duyệt", the return banner and the
 * "Gửi duyệt" button are gone, and the figure list agrees.
 */
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers, ids } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { panelSuite, type Panel } from "./browser";

jest.setTimeout(120_000);

describe("fresh screens after a workflow step", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  it("edit → Lưu và gửi duyệt shows Chờ duyệt at once, with every stored field loaded first", async () => {
    const as = callers(t.client);
    const reporterApi = await as("reporterCtk");
    const evidence = "https://thongke.langson.gov.vn/bao-cao-2025";
    const note = "Số ước tính tháng 12, chờ số chính thức";
    const { saveMeasurement: draft } = await reporterApi.data<{
      saveMeasurement: { id: string };
    }>(
      `mutation($i: ID, $e: String, $n: String) { saveMeasurement(indicatorId: $i, year: 2025, value: "45.2",
         source: "Báo cáo KT-XH 2025", evidenceUrl: $e, note: $n) { id } }`,
      { i: await ids.indicator(t.client, "2.c"), e: evidence, n: note },
    );
    await reporterApi.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id: draft.id,
    });
    await (
      await as("headCtk")
    ).data(
      `mutation($id: ID!) { returnMeasurement(id: $id, version: 2, reason: "Đề nghị rà soát lại số liệu") { id } }`,
      { id: draft.id },
    );

    const reporter = await panel.signIn(accounts.reporterCtk, DEMO_PASSWORD);
    try {
      await panel.open(reporter, `/Measurement/${draft.id}`);
      await reporter.getByTestId("returned-reason").waitFor();
      // Every stored field is in the form, not only the ones the list shows.
      await expect(reporter.locator('input[name="evidenceUrl"]').inputValue()).resolves.toBe(
        evidence,
      );
      await expect(reporter.locator('textarea[name="note"]').inputValue()).resolves.toBe(note);
      // Nothing changed yet: the draft button is grey, and the form says why.
      await expect(reporter.getByTestId("save-draft").isDisabled()).resolves.toBe(true);
      await reporter
        .getByTestId("save-disabled-reason")
        .getByText("Chưa có thay đổi nào để lưu")
        .waitFor();
      await panel.screenshot(reporter, "fresh-edit-returned");

      await reporter.getByTestId("value-input").fill("45,9");
      await reporter.getByTestId("save-submit").click();
      await reporter.getByText("Đã gửi duyệt").first().waitFor();
      // The show page, without a reload: the new state, no banner, no submit button.
      await reporter.locator('[data-status="SUBMITTED"]').getByText("Chờ duyệt").waitFor();
      // The earlier reason may stay as a note, but not as the "returned" warning.
      await reporter.locator('[data-testid="review-note"].MuiAlert-colorWarning').waitFor({
        state: "detached",
      });
      await reporter.locator('[data-testid="review-note"].MuiAlert-colorInfo').waitFor();
      expect(await reporter.getByTestId("submit-figure").count()).toBe(0);
      expect(await reporter.getByTestId("figure-value").textContent()).toBe("45,9%");
      await panel.screenshot(reporter, "fresh-after-submit");

      // The figure list agrees, still without a reload.
      await panel.open(reporter, "/Measurement");
      const row = reporter.getByTestId("figure-list").locator("tr", { hasText: "2.c" }).first();
      await row.locator('[data-status="SUBMITTED"]').waitFor();
      expect(panel.errors).toEqual([]);
    } finally {
      await reporter.context().close();
    }
  });
});
