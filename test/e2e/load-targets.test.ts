/**
 * Loading a new term's targets from its resolution's text, in a real browser (issue 14): the
 * administrator opens the 18th congress (seeded with no targets), pastes two real lines of a
 * 2025–2030 resolution, corrects one row of the draft, confirms, and finds the targets on the
 * dashboard, which now follows the new term. Screenshots at 1366 px and 390 px.
 */
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { panelSuite, type Panel } from "./browser";

jest.setTimeout(120_000);

/** Quảng Ninh XVI (2025–2030), dantri.com.vn 27/09/2025, two of its main targets. */
const TEXT = [
  "(1) Tỷ lệ kết nạp đảng viên mới hàng năm đạt 3-3,5% tổng số đảng viên.",
  "(2) Ở lĩnh vực môi trường, tỷ lệ dân số đô thị được cấp nước sạch đạt trên 99%, nông thôn trên 85%.",
].join("\n");

describe("loading a resolution's targets from its text", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  it("pastes, corrects one row, confirms, and shows the targets on the dashboard", async () => {
    const admin = await callers(t.client)("admin");
    const { allCongresses } = await admin.data<{ allCongresses: { id: string }[] }>(
      `{ allCongresses(filter: { ordinal: 18 }) { id } }`,
    );
    const page = await panel.signIn(accounts.admin, DEMO_PASSWORD);
    await panel.open(page, `/Congress/${allCongresses[0].id}/show`);
    await page.getByTestId("no-targets").waitFor();
    await panel.screenshot(page, "congress-18-empty");
    await page.getByTestId("load-targets").click();
    await page.getByTestId("resolution-text").fill(TEXT);
    await page.getByTestId("read-draft").click();
    await page.getByTestId("draft-table").waitFor();

    // The draft: each row beside its phrase; "nông thôn trên 85%" lost its subject: correct it.
    await expect(page.getByTestId("name-2-1").inputValue()).resolves.toBe("Nông thôn");
    // Bounds read the Vietnamese way: 3–3,5%.
    await expect(page.getByTestId("max-1-0").inputValue()).resolves.toBe("3,5");
    await page.getByTestId("name-2-1").fill("Tỷ lệ dân số nông thôn được cấp nước sạch");
    for (const [n, domain] of [
      [1, "Xây dựng Đảng"],
      [2, "Môi trường"],
    ] as const) {
      await page.getByTestId(`draft-target-${n}`).getByRole("combobox").click();
      await page.getByRole("option", { name: domain }).click();
    }
    await panel.screenshot(page, "load-targets-draft");
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.screenshot(page, "load-targets-draft-390");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId("confirm-draft").click();
    await page.getByTestId("no-targets").waitFor({ state: "detached" });

    const { allIndicators } = await admin.data<{ allIndicators: { code: string; name: string }[] }>(
      `query($c: ID) { allIndicators(filter: { congressId: $c }, sortField: "code") { id code name } }`,
      { c: allCongresses[0].id },
    );
    expect(allIndicators.map((i) => i.code)).toEqual(["1.a", "2.a", "2.b"]);
    const { Indicator } = await admin.data<{ Indicator: { targetMax: string } }>(
      `query($id: ID!) { Indicator(id: $id) { targetMax } }`,
      { id: (allIndicators[0] as unknown as { id: string }).id },
    );
    expect(Indicator.targetMax).toBe("3.5");
    expect(allIndicators[2].name).toBe("Tỷ lệ dân số nông thôn được cấp nước sạch");

    // The dashboard follows the term that now has targets.
    await panel.open(page, "/");
    await page.getByTestId("target-card-2").waitFor();
    await page
      .getByTestId("indicator-row-2.b")
      .getByText("Tỷ lệ dân số nông thôn được cấp nước sạch")
      .waitFor();
    await expect(page.getByTestId("target-card-3").count()).resolves.toBe(0);
    await panel.screenshot(page, "dashboard-18");
    expect(panel.errors).toEqual([]);
  });
});
