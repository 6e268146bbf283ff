/**
 * The admin panel in a real browser against the real server, as the issue's
 * acceptance reads: an administrator assigns a target to an agency in the
 * matrix; a reporter of that agency submits a figure; the head of another
 * agency sees no approve button for it and the server refuses the call; the
 * head of the agency approves it; the dashboard shows the figure and its
 * verdict. No page may log a console error.
 */
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../server/seed/accounts";
import { accounts, callers, ids } from "../helpers/fixtures";
import type { TestServer } from "../helpers/server";
import { eventually, panelSuite, type Panel } from "./browser";

jest.setTimeout(120_000);

describe("the admin panel, end to end", () => {
  let t: TestServer;
  let panel: Panel;
  const suite = panelSuite();
  beforeAll(() => ({ t, panel } = suite));

  const signIn = (email: string) => panel.signIn(email, DEMO_PASSWORD);

  // The official figure: the seed holds the provinces' estimates of 2025 (issue 11).
  async function figureOf(indicatorCode: string, year: number) {
    const admin = await callers(t.client)("admin");
    const indicatorId = await ids.indicator(t.client, indicatorCode);
    const { allMeasurements } = await admin.data<{
      allMeasurements: { id: string; status: string; version: number; value: string }[];
    }>(
      `query($i: ID, $y: Int) { allMeasurements(filter: { indicatorId: $i, year: $y, period: YEAR, valueKind: OFFICIAL }) { id status version value } }`,
      { i: indicatorId, y: year },
    );
    return allMeasurements;
  }

  it("takes a figure from assignment to the dashboard, each step by the role that may take it", async () => {
    const pages: Page[] = [];
    try {
      // 1. The administrator gives target 4 (tourism) to the statistics office (CTK) to coordinate.
      const admin = await signIn(accounts.admin);
      pages.push(admin);
      await panel.screenshot(admin, "dashboard-admin");
      await panel.open(admin, "/assignment-matrix");
      const cell = admin.getByTestId("cell-CTK-4");
      await cell.waitFor();
      // CTK already coordinates 4.b; 4.a is the new one.
      await expect(cell.textContent()).resolves.toContain("PH 1/2");
      await panel.screenshot(admin, "assignment-matrix");
      await cell.click();
      await admin.getByTestId("assign-target-coordinate").click();
      await admin.getByText("Đã giao phối hợp").waitFor();
      await admin.getByTestId("close-cell").click();
      const text = await eventually(
        async () => (await cell.textContent())?.trim(),
        (v) => v === "PH",
      );
      expect(text).toBe("PH");

      // 2. A reporter of CTK enters the 2025 figure of 4.a from the reporting page and submits it.
      const reporter = await signIn(accounts.reporterCtk);
      pages.push(reporter);
      await panel.open(reporter, "/reporting");
      await reporter.getByTestId("report-4.a-2025").getByRole("link").click();
      await reporter.getByTestId("indicator-context").getByText("≥ 4.400.000 lượt người").waitFor();
      const value = reporter.getByTestId("value-input");
      // Checked before it is sent: a count is a whole number.
      await value.fill("4600000,5");
      await reporter.locator('input[name="source"]').fill("Sở VHTTDL, báo cáo du lịch năm 2025");
      await reporter.getByTestId("save-submit").click();
      await reporter.getByText("Số đếm phải là số nguyên, từ 0 trở lên").waitFor();
      await value.fill("4.600.000");
      await reporter.getByText("Sẽ lưu: 4.600.000 lượt người").waitFor();
      await reporter.getByTestId("save-submit").click();
      await reporter.locator('[data-status="SUBMITTED"]').first().waitFor();
      const [submitted] = await figureOf("4.a", 2025);
      expect(submitted).toMatchObject({ status: "SUBMITTED", value: "4600000" });

      // 3. The head of another agency (health) has no approve button for it, and the server refuses.
      const otherHead = await signIn(accounts.headYt);
      pages.push(otherHead);
      await panel.open(otherHead, "/approvals");
      await otherHead.getByTestId("queue-empty").waitFor();
      expect(await otherHead.getByTestId("approve-figure").count()).toBe(0);
      await panel.open(otherHead, `/Measurement/${submitted.id}/show`);
      await otherHead.waitForLoadState("networkidle");
      expect(await otherHead.getByTestId("approve-figure").count()).toBe(0);
      const refused = await (
        await callers(t.client)("headYt")
      ).errorOf(
        `mutation($id: ID!, $v: Int!) { approveMeasurement(id: $id, version: $v) { id } }`,
        {
          id: submitted.id,
          v: submitted.version,
        },
      );
      expect(refused.code).toBe("FORBIDDEN");

      // 4. The head of CTK approves it from the queue.
      const head = await signIn(accounts.headCtk);
      pages.push(head);
      await panel.open(head, "/approvals");
      const queue = head.getByTestId("approval-queue");
      await queue.getByText("4.a · Lượng khách du lịch").waitFor();
      await queue.getByText("4.600.000 lượt người").waitFor();
      await panel.screenshot(head, "approval-queue");
      const row = queue.locator("tr", { hasText: "4.a · Lượng khách du lịch" });
      await row.getByTestId("approve-figure").click();
      await head.getByText("Đã duyệt số liệu").waitFor();
      const [approved] = await eventually(
        () => figureOf("4.a", 2025),
        ([f]) => f?.status === "APPROVED",
      );
      expect(approved.status).toBe("APPROVED");

      // 5. The dashboard shows the new figure and the indicator's verdict.
      await panel.open(head, "/");
      // The page may first show what it had cached, then the refetched figures.
      const latest = await eventually(
        () => head.getByTestId("latest-4.a").textContent(),
        (text) => text === "4.600.000 lượt người",
      );
      expect(latest).toBe("4.600.000 lượt người");
      const verdict = await head.getByTestId("indicator-row-4.a").getAttribute("data-verdict");
      expect(["MET", "EXCEEDED"]).toContain(verdict);
      await panel.screenshot(head, "dashboard");

      expect(panel.errors).toEqual([]);
    } finally {
      await Promise.all(pages.map((p) => p.context().close()));
    }
  });

  it("tells a head plainly when someone else acted first, and shows the reporter why a figure came back", async () => {
    // A submitted figure in the queue of CTK's head ...
    const reporterApi = await callers(t.client)("reporterCtk");
    const indicatorId = await ids.indicator(t.client, "2.c");
    const { saveMeasurement: draft } = await reporterApi.data<{
      saveMeasurement: { id: string; version: number };
    }>(
      `mutation($i: ID) { saveMeasurement(indicatorId: $i, year: 2025, value: "45.2", source: "Báo cáo KT-XH 2025") { id version } }`,
      { i: indicatorId },
    );
    await reporterApi.data(`mutation($id: ID!) { submitMeasurement(id: $id, version: 1) { id } }`, {
      id: draft.id,
    });
    const pages: Page[] = [];
    try {
      const head = await signIn(accounts.headCtk);
      pages.push(head);
      await panel.open(head, "/approvals");
      const row = head.getByTestId("approval-queue").locator("tr", { hasText: "2.c ·" });
      await row.waitFor();

      // ... is returned meanwhile by the provincial office, with a reason.
      const reason = "Tổng tỷ trọng các khu vực vượt 100%, đề nghị rà soát";
      await (
        await callers(t.client)("admin")
      ).data(
        `mutation($id: ID!, $r: String!) { returnMeasurement(id: $id, version: 2, reason: $r) { id } }`,
        {
          id: draft.id,
          r: reason,
        },
      );

      // The head's click on the stale row is a conflict: said plainly, and the row reloads away.
      await row.getByTestId("approve-figure").click();
      await head.getByText("Số liệu này vừa được người khác xử lý").waitFor();
      await row.waitFor({ state: "detached" });

      // The reporter finds it among the returned figures, with the reason, and on the form.
      const reporter = await signIn(accounts.reporterCtk);
      pages.push(reporter);
      await panel.open(reporter, "/reporting");
      await reporter.getByTestId("returned-figures").getByText(reason, { exact: false }).waitFor();
      await panel.open(reporter, `/Measurement/${draft.id}`);
      await reporter.getByTestId("returned-reason").getByText(reason, { exact: false }).waitFor();
      expect(panel.errors).toEqual([]);
    } finally {
      await Promise.all(pages.map((p) => p.context().close()));
    }
  });

  it("opens every page of the panel without a console error or an untranslated key, in both languages", async () => {
    const admin = await signIn(accounts.admin);
    try {
      const api = await callers(t.client)("admin");
      const first = await api.data<Record<string, { id: string }[]>>(
        `{ allCongresses(perPage: 1) { id } allKeyTasks(perPage: 1) { id } allTargets(perPage: 1) { id }
           allIndicators(perPage: 1) { id } allAgencies(perPage: 1, filter: { code: "SO-GTVT" }) { id }
           allAssignments(perPage: 1) { id } allMeasurements(perPage: 1) { id } allUsers(perPage: 1) { id }
           allAuditEvents(perPage: 1) { id } }`,
      );
      const resources = Object.keys(first).map((key) => [
        key.replace(/^all/, "").replace(/ies$/, "y").replace(/sses$/, "ss").replace(/s$/, ""),
        first[key][0].id,
      ]);
      const routes = [
        "/",
        "/approvals",
        "/reporting",
        "/assignment-matrix",
        "/profile",
        "/Reminder",
        "/ApiToken",
        "/ApiToken/create",
        "/Measurement/create",
        ...resources.flatMap(([resource, id]) => [
          `/${resource}`,
          `/${resource}/${id}/show`,
          ...(["AuditEvent", "Measurement"].includes(resource) ? [] : [`/${resource}/${id}`]),
        ]),
      ];
      // Every page in Vietnamese; in English, one of each kind (the keys are the same).
      const english = routes.filter(
        (r) => !r.includes("/", 1) || /^\/(Target|Indicator|Measurement)\/[^/]+\/show$/.test(r),
      );
      for (const language of ["vi", "en"]) {
        if (language === "en") await admin.getByTestId("language-toggle").click();
        for (const route of language === "vi" ? routes : english) {
          await panel.open(admin, route);
          await admin.waitForLoadState("networkidle");
          await admin
            .locator(".MuiLinearProgress-root, .MuiCircularProgress-root")
            .first()
            .waitFor({ state: "detached", timeout: 10_000 })
            .catch(() => undefined);
          const text = await admin.locator("#root").innerText();
          // polyglot shows a missing translation as its key.
          expect({
            route,
            language,
            keys: text.match(/\b(app|resources|ra)\.[A-Za-z_]+\.[\w.]+|\breminders\.[A-Za-z_]+/g),
          }).toEqual({
            route,
            language,
            keys: null,
          });
        }
      }
      await expect(admin.getByTestId("language-toggle").textContent()).resolves.toContain(
        "Tiếng Việt",
      );
      expect(panel.errors).toEqual([]);
    } finally {
      await admin.context().close();
    }
  });
});
