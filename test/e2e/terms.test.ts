/**
 * One term to the next in a real browser (issue 14, item 5): the administrator loads two targets
 * into the 18th congress, keeps the predecessors the draft proposes (changing one and picking it
 * again), previews the
 * carry-forward of the 17th's assignments (the districts flagged "no successor"), confirms, and
 * finds the series across both terms on the new indicator's page. At 1366 px and 390 px.
 */
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { panelSuite, type Panel } from "./browser";

jest.setTimeout(180_000);

/** The 18th's own list is not public: two targets in the 17th resolution's words stand in. */
const TEXT = [
  "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân từ 7 – 7,5%.",
  "(8) Số xã đạt chuẩn nông thôn mới đến năm 2025 là 115 xã.",
].join("\n");

describe("one term to the next", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  it("links a proposed predecessor, carries the assignments forward after a preview, charts both terms", async () => {
    const admin = await callers(t.client)("admin");
    const { allCongresses } = await admin.data<{ allCongresses: { id: string }[] }>(
      `{ allCongresses(filter: { ordinal: 18 }) { id } }`,
    );
    const c18 = allCongresses[0].id;
    const page = await panel.signIn(accounts.admin, DEMO_PASSWORD);
    await panel.open(page, `/Congress/${c18}/show`);
    await page.getByTestId("load-targets").click();
    await page.getByTestId("resolution-text").fill(TEXT);
    await page.getByTestId("read-draft").click();
    await page.getByTestId("draft-table").waitFor();

    // Both rows come with a proposal, marked as such.
    await page
      .getByTestId("draft-row-1-0")
      .getByText(/^1\.a .*đề xuất/)
      .waitFor();
    await page
      .getByTestId("draft-row-8-0")
      .getByText(/^8\.a .*đề xuất/)
      .waitFor();
    // The admin may change a proposal: cleared, then picked again from the list.
    await page.getByTestId("draft-row-8-0").getByRole("combobox").last().click();
    await page.getByRole("option", { name: "(không có)" }).click();
    await page.getByTestId("draft-row-8-0").getByRole("combobox").last().click();
    await page.getByRole("option", { name: /^8\.a Số xã đạt chuẩn nông thôn mới/ }).click();
    for (const n of [1, 8]) {
      await page.getByTestId(`draft-target-${n}`).getByRole("combobox").click();
      await page.getByRole("option", { name: "Kinh tế", exact: true }).click();
    }
    await page.locator(".MuiMenu-root").waitFor({ state: "detached" });
    await page.getByTestId("draft-row-1-0").locator("td").last().scrollIntoViewIfNeeded();
    await panel.screenshot(page, "terms-draft-predecessor");
    await page.setViewportSize({ width: 390, height: 844 });
    // The table scrolls sideways on a phone: show its last column, the predecessor.
    await page.getByTestId("draft-row-1-0").locator("td").last().scrollIntoViewIfNeeded();
    await panel.screenshot(page, "terms-draft-predecessor-390");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId("confirm-draft").click();
    await page.getByTestId("no-targets").waitFor({ state: "detached" });

    const { allIndicators } = await admin.data<{
      allIndicators: { id: string; code: string; predecessor: { code: string } | null }[];
    }>(
      `query($c: ID) { allIndicators(filter: { congressId: $c }, sortField: "code") { id code predecessor { code } } }`,
      { c: c18 },
    );
    expect(allIndicators.map((i) => [i.code, i.predecessor?.code ?? null])).toEqual([
      ["1.a", "1.a"],
      ["8.a", "8.a"],
    ]);

    // Carry the 17th's assignments forward: preview, look, confirm.
    await page.getByTestId("carry-forward").click();
    await page.getByTestId("carry-preview").click();
    await page.getByTestId("carry-table").waitFor();
    const creates = await page.getByTestId("carry-row-SAME_AGENCY").count();
    // The districts that coordinated 8.a ended on 30/06/2025 with no successor: flagged, skipped.
    const flagged = await page.getByTestId("carry-row-NO_SUCCESSOR").count();
    expect(creates).toBeGreaterThan(0);
    expect(flagged).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId("carry-summary").textContent()).resolves.toBe(
      `${creates} sẽ tạo, ${flagged} bỏ qua`,
    );
    await panel.screenshot(page, "terms-carry-preview");
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.screenshot(page, "terms-carry-preview-390");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId("carry-confirm").click();
    await page.getByTestId("carry-table").waitFor({ state: "detached" });
    const grdp = allIndicators[0].id;
    const { Indicator } = await admin.data<{
      Indicator: { assignments: { role: string; agency: { code: string } }[] };
    }>(
      `query($id: ID!) { Indicator(id: $id) { assignments(active: true) { role agency { code } } } }`,
      { id: grdp },
    );
    const { Indicator: other } = await admin.data<{ Indicator: { assignments: unknown[] } }>(
      `query($id: ID!) { Indicator(id: $id) { assignments(active: true) { id } } }`,
      { id: allIndicators[1].id },
    );
    expect(Indicator.assignments.length + other.assignments.length).toBe(creates);
    expect(Indicator.assignments.find((a) => a.role === "LEAD")!.agency.code).toBe("CTK");

    // A second preview finds nothing left to create.
    await page.getByTestId("carry-forward").click();
    await page.getByTestId("carry-preview").click();
    await page.getByTestId("carry-row-ALREADY_ASSIGNED").first().waitFor();
    await expect(page.getByTestId("carry-confirm").isDisabled()).resolves.toBe(true);
    await page.keyboard.press("Escape");

    // The new indicator's page: the predecessor, and both terms on one chart.
    await panel.open(page, `/Indicator/${grdp}/show`);
    const card = page.getByTestId("series-across-terms");
    await card.getByText("Tiếp nối chỉ tiêu 1.a của nhiệm kỳ 2020–2025").waitFor();
    await card.getByText("Nhiệm kỳ 2025–2030").first().waitFor();
    await expect(card.locator(".recharts-bar-rectangle").count()).resolves.toBeGreaterThan(3);
    // The page's own figures chart spans the indicator's term, 2026–2030 (not the 17th's).
    const own = page.getByTestId("figures-chart");
    await own.getByText("2030").first().waitFor();
    await expect(own.getByText("2021", { exact: true }).count()).resolves.toBe(0);
    await card.scrollIntoViewIfNeeded();
    await panel.screenshot(page, "terms-series");
    await page.setViewportSize({ width: 390, height: 844 });
    await card.scrollIntoViewIfNeeded();
    await panel.screenshot(page, "terms-series-390");
    expect(panel.errors).toEqual([]);
  });
});
