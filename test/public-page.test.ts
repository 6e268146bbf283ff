/**
 * /cong-khai, the public page: server-rendered, the same for everyone, and
 * never showing a figure that is not approved (drafts and submitted figures
 * made here by a reporter appear on no page and in no download).
 */
import { callers, ids, type AccountName } from "./helpers/fixtures";
import type { GraphQLClient } from "./helpers/client";
import { startTestServer, type TestServer } from "./helpers/server";

const SAVE = `mutation($indicatorId: ID, $year: Int, $value: Decimal, $source: String, $valueKind: ValueKind) {
  saveMeasurement(indicatorId: $indicatorId, year: $year, value: $value, source: $source, valueKind: $valueKind) { id version status } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitMeasurement(id: $id, version: $version) { id version status } }`;
const APPROVE = `mutation($id: ID!, $version: Int!) { approveMeasurement(id: $id, version: $version) { id version status } }`;

describe("the public page /cong-khai", () => {
  let t: TestServer;
  let as: (name: AccountName) => Promise<GraphQLClient>;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}${path}`, { headers, redirect: "manual" });

  beforeAll(async () => {
    t = await startTestServer();
    as = callers(t.client);
  });
  afterAll(() => t?.close());

  it("answers an anonymous caller with HTML that holds the summary sentence and every target", async () => {
    const { allCongresses } = await t.client.data<{ allCongresses: { id: string }[] }>(
      `{ allCongresses { id } }`,
    );
    const { progressSummary } = await t.client.data<{
      progressSummary: { sentence: string; targets: { target: { number: number } }[] };
    }>(
      `query($c: ID!) { progressSummary(congressId: $c) { sentence targets { target { number } } } }`,
      {
        c: allCongresses[0].id,
      },
    );
    const res = await get("/cong-khai");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8/);
    const html = await res.text();
    expect(progressSummary.sentence).toMatch(/^Đạt và vượt \d+\/20 chỉ tiêu/);
    expect(html).toContain(progressSummary.sentence);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("Đảng bộ tỉnh Lạng Sơn");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/ style=/); // CSS comes from one served file (CSP: style-src 'self')
    for (const { target } of progressSummary.targets)
      expect(html).toContain(`href="/cong-khai/chi-tieu/${target.number}"`);
    expect(html).toMatch(
      /Cập nhật số liệu đã duyệt lần cuối: (<time[^>]*>\d{2}\/\d{2}\/\d{4}<\/time>|Chưa)/,
    );
    const css = await get("/cong-khai/style.css");
    expect(css.headers.get("content-type")).toMatch(/text\/css/);
  });

  it("has an English version and a page per target with its figures, source and chart", async () => {
    const en = await (await get("/cong-khai?lang=en")).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toMatch(/Met or exceeded \d+ of 20 targets/);
    expect(await (await get("/cong-khai/en")).text()).toContain('<html lang="en">');

    const health = await (await get("/cong-khai/chi-tieu/12")).text();
    expect(health).toContain("Chỉ tiêu 12");
    expect(health).toContain("12.b");
    expect(health).toContain("Chưa có số liệu đã duyệt.");
    const page = await get("/cong-khai/chi-tieu/1");
    expect(page.status).toBe(200);
    const html = await page.text();
    // The seed's GRDP growth of 2022: 7.22, as the statistics office reported it.
    expect(html).toContain("7,22%");
    expect(html).toContain("Cục Thống kê Lạng Sơn, 28/12/2022");
    expect(html).toMatch(/<svg class="chart"[^>]*role="img"/);
    // Figures are printed the Vietnamese way and their source is named.
    expect(html).toMatch(/<td class="num">\d{1,3}(\.\d{3})*(,\d+)?/);
    expect(html).toContain('<th scope="col">Nguồn</th>');
    expect((await get("/cong-khai/chi-tieu/99")).status).toBe(404);
    expect((await get("/cong-khai/chi-tieu/abc")).status).toBe(404);
  });

  it("offers the approved figures as CSV and JSON with a licence line", async () => {
    const json = (await (await get("/cong-khai/so-lieu.json")).json()) as {
      licence: { url: string };
      figures: { indicatorCode: string; value: string; source: string }[];
    };
    expect(json.licence.url).toContain("creativecommons.org");
    expect(json.figures.length).toBeGreaterThanOrEqual(10);
    expect(json.figures.every((f) => f.source.length > 0)).toBe(true);
    const csv = await get("/cong-khai/so-lieu.csv");
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toContain("CC BY 4.0");
    expect(text.split("\r\n")[1]).toBe(
      "targetNumber,indicatorCode,indicatorName,unit,year,period,value,valueKind,source,agency,approvedAt",
    );
    expect(text.split("\r\n").length - 3).toBe(json.figures.length);
  });

  it("never shows a draft or a submitted figure, and revalidates when a figure is approved", async () => {
    const reporter = await as("reporterCtk");
    const indicatorId = await ids.indicator(t.client, "1.a");
    // Values no seeded figure has, so their absence on every page means something.
    const { saveMeasurement: draft } = await reporter.data<{ saveMeasurement: { id: string } }>(
      SAVE,
      {
        indicatorId,
        year: 2023,
        value: "91.43",
        valueKind: "OFFICIAL",
        source: "NGUON-NHAP-BI-MAT",
      },
    );
    const { saveMeasurement: toSubmit } = await reporter.data<{
      saveMeasurement: { id: string; version: number };
    }>(SAVE, {
      indicatorId,
      year: 2024,
      value: "87.65",
      valueKind: "OFFICIAL",
      source: "NGUON-GUI-DUYET-BI-MAT",
    });
    const { submitMeasurement: submitted } = await reporter.data<{
      submitMeasurement: { id: string; version: number; status: string };
    }>(SUBMIT, { id: toSubmit.id, version: toSubmit.version });
    expect(submitted.status).toBe("SUBMITTED");

    const before = await get("/cong-khai");
    const etag = before.headers.get("etag")!;
    expect(before.headers.get("cache-control")).toBe("public, no-cache");
    expect(etag).toMatch(/^".+"$/);
    expect(before.headers.get("last-modified")).toBeTruthy();

    // Every public page and download, in both languages, signed in or not.
    const reporterToken = reporter.token!;
    const paths = [
      "/cong-khai",
      "/cong-khai?lang=en",
      "/cong-khai/en",
      "/cong-khai/so-lieu.csv",
      "/cong-khai/so-lieu.json",
      ...Array.from({ length: 20 }, (_, i) => `/cong-khai/chi-tieu/${i + 1}`),
      ...Array.from({ length: 20 }, (_, i) => `/cong-khai/chi-tieu/${i + 1}?lang=en`),
    ];
    for (const path of paths) {
      for (const headers of [{}, { authorization: `Bearer ${reporterToken}` }] as Record<
        string,
        string
      >[]) {
        const res = await get(path, headers);
        expect(res.status).toBe(200);
        const body = await res.text();
        for (const secret of [draft.id, submitted.id, "BI-MAT", "91,43", "91.43", "87,65", "87.65"])
          expect(body).not.toContain(secret);
      }
    }

    // Unchanged: a proxy's conditional request costs a 304.
    expect((await get("/cong-khai", { "if-none-match": etag })).status).toBe(304);
    // Approved: the same validator no longer matches and the figure appears.
    const head = await as("headCtk");
    await head.data(APPROVE, { id: submitted.id, version: submitted.version });
    const after = await get("/cong-khai/chi-tieu/1", { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("87,65%");
    const index = await get("/cong-khai", { "if-none-match": etag });
    expect(index.status).toBe(200);
    expect(index.headers.get("etag")).not.toBe(etag);
    // The draft is still nowhere.
    expect(await (await get("/cong-khai/so-lieu.json")).text()).not.toContain("91.43");
  });
});
