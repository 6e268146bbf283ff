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
const SAVE_VERSION = `mutation($i: ID, $y: Int, $v: Decimal, $k: ValueKind, $r: LocalDate, $s: String) {
  saveMeasurement(indicatorId: $i, year: $y, value: $v, valueKind: $k, reportedOn: $r, source: $s) { id version status } }`;

/** The text as the page writes it (every text goes through the page's escaping). */
const html = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
/** One indicator's section of a target page. */
const section = (page: string, code: string) => {
  const start = page.indexOf(`>${code} `);
  expect(start).toBeGreaterThan(0);
  return page.slice(start, page.indexOf("</section>", start));
};
/** The parts of a section: the chart, the table of current versions and the earlier versions. */
const parts = (s: string) => ({
  chart: s.slice(s.indexOf("<svg"), s.indexOf("</svg>")),
  table: s.slice(s.indexOf('<table class="figures">'), s.indexOf("</table>")),
  history: s.includes('<details class="versions">')
    ? s.slice(s.indexOf('<details class="versions">'), s.indexOf("</details>"))
    : "",
});

interface OpenFigure {
  indicatorCode: string;
  year: number;
  period: string;
  value: string;
  valueKind: string;
  reportedOn: string | null;
  current: boolean;
  reportedValue: string | null;
  conversionRate: string | null;
  source: string;
}

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
      `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
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
    // The English sentence is progressSummary's own sentenceEn.
    expect(en).toMatch(/\d+\/20 targets met or exceeded/);
    expect(await (await get("/cong-khai/en")).text()).toContain('<html lang="en">');

    const health = await (await get("/cong-khai/chi-tieu/12")).text();
    expect(health).toContain("Chỉ tiêu 12");
    expect(health).toContain("12.b");
    expect(health).toContain("Chưa có số liệu đã duyệt.");
    const page = await get("/cong-khai/chi-tieu/1");
    expect(page.status).toBe(200);
    const html = await page.text();
    // The seed's GRDP growth of 2022: 7.22, as the statistics office reported it, and when.
    expect(html).toContain("7,22%");
    expect(html).toContain(
      'Cục Thống kê, tình hình kinh tế – xã hội năm 2022 <span class="muted">(ngày báo cáo 28/12/2022)</span>',
    );
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
      "targetNumber,indicatorCode,indicatorName,unit,year,period,value,valueKind,reportedOn,current,reportedValue,reportedUnit,conversionRate,rateSource,methodologyNote,source,agency,approvedAt",
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

  it("shows each period's current version, earlier approved ones as history, and TERM figures as the whole term", async () => {
    const page = await (await get("/cong-khai/chi-tieu/1")).text();
    const growth = parts(section(page, "1.a"));
    // 2025: the estimate of 15/10/2025 (8.41) was replaced by that of 11/12/2025 (8.06), then
    // the official 8.06 of 16/01/2026; progress counts the official one.
    expect(growth.table).toContain("8,06%");
    expect(growth.table).toContain("(ngày báo cáo 11/12/2025)");
    expect(growth.table).toContain("(ngày báo cáo 16/01/2026)");
    expect(growth.table).not.toContain("8,41%");
    expect(growth.history).toContain("8,41%");
    expect(growth.history).toContain("(ngày báo cáo 15/10/2025)");
    expect(growth.history).not.toContain("8,06%");
    expect(growth.chart).toContain(">8,06%</text>");
    expect(growth.chart).not.toContain("8,41");
    // The whole-term average 7.1 is the term's value, beside the chart, not a bar on it.
    expect(section(page, "1.a")).toContain(
      '<p class="term">Cả giai đoạn 2021–2025: <strong>7,1%</strong> <span class="muted">(ước tính)</span></p>',
    );
    expect(growth.table).toContain(
      '<td class="nowrap">Cả giai đoạn 2021–2025</td><td class="num">7,1%</td>',
    );
    expect(growth.chart).not.toContain("7,1%");
    expect(growth.chart.match(/<rect class="bar"/g)).toHaveLength(
      (growth.chart.match(/>20\d\d<\/text>/g) ?? []).length,
    );
    expect(growth.chart).not.toMatch(/>(TERM|H1|2021)<\/text>/);

    const json = (await (await get("/cong-khai/so-lieu.json")).json()) as { figures: OpenFigure[] };
    const of1a2025 = json.figures
      .filter((f) => f.indicatorCode === "1.a" && f.year === 2025)
      .map((f) => [f.period, f.valueKind, f.value, f.reportedOn, f.current]);
    expect(of1a2025).toEqual([
      ["TERM", "ESTIMATE", "7.1", "2025-09-25", true],
      ["YEAR", "ESTIMATE", "8.41", "2025-10-15", false],
      ["YEAR", "ESTIMATE", "8.06", "2025-12-11", true],
      ["YEAR", "OFFICIAL", "8.06", "2026-01-16", true],
    ]);
    const csv = (await (await get("/cong-khai/so-lieu.csv")).text()).split("\r\n");
    const header = csv[1].split(",");
    const row = csv.find((l) => l.includes(",8.41,"))!.split(",");
    expect(row[header.indexOf("reportedOn")]).toBe("2025-10-15");
    expect(row[header.indexOf("current")]).toBe("false");
  });

  it("shows a conversion, methodology notes and the English reasons beside figures and verdicts", async () => {
    const page3 = section(await (await get("/cong-khai/chi-tieu/3")).text(), "3.a");
    expect(page3).toContain("Quy đổi từ 71,1 triệu đồng/người, hệ số 0,024517 (Báo cáo chính trị");
    const en3 = section(await (await get("/cong-khai/chi-tieu/3?lang=en")).text(), "3.a");
    expect(en3).toContain("Converted from 71.1 triệu đồng/người at a rate of 0.024517");
    expect(en3).toContain("(reported on 25/09/2025)");
    const json = (await (await get("/cong-khai/so-lieu.json")).json()) as { figures: OpenFigure[] };
    expect(json.figures.find((f) => f.indicatorCode === "3.a")).toMatchObject({
      value: "2900",
      reportedValue: "71.1",
      conversionRate: "0.024517",
    });

    const indicatorId = await ids.indicator(t.client, "2.a");
    const { Indicator } = await t.client.data<{
      Indicator: {
        methodologyNote: string;
        progress: { reason: string; reasonEn: string };
        measurements: { year: number; methodologyNote: string | null }[];
      };
    }>(
      `query($id: ID!) { Indicator(id: $id) { methodologyNote progress { reason reasonEn }
        measurements(status: APPROVED) { year methodologyNote } } }`,
      { id: indicatorId },
    );
    const figureNote = Indicator.measurements.find((m) => m.methodologyNote)!.methodologyNote!;
    expect(Indicator.methodologyNote).toBeTruthy();
    expect(Indicator.progress.reasonEn).not.toBe(Indicator.progress.reason);
    const vi = section(await (await get("/cong-khai/chi-tieu/2")).text(), "2.a");
    const en = section(await (await get("/cong-khai/chi-tieu/2?lang=en")).text(), "2.a");
    expect(vi).toContain(
      `<p class="note"><strong>Ghi chú phương pháp:</strong> <span lang="vi">${html(Indicator.methodologyNote)}</span></p>`,
    );
    expect(parts(vi).table).toContain(
      `Ghi chú phương pháp: <span lang="vi">${html(figureNote)}</span>`,
    );
    expect(vi).toContain(html(Indicator.progress.reason));
    expect(en).toContain(
      `<strong>Methodology note:</strong> <span lang="vi">${html(Indicator.methodologyNote)}</span>`,
    );
    expect(en).toContain(html(Indicator.progress.reasonEn));
    expect(en).not.toContain(html(Indicator.progress.reason));
  });

  it("a newly approved version becomes the current one; a draft or submitted new version never appears", async () => {
    const reporter = await as("reporterCtk");
    const head = await as("headCtk");
    const save = async (code: string, value: string, source: string) =>
      (
        await reporter.data<{ saveMeasurement: { id: string; version: number } }>(SAVE_VERSION, {
          i: await ids.indicator(t.client, code),
          y: 2025,
          v: value,
          k: "ESTIMATE",
          r: "2025-12-20",
          s: source,
        })
      ).saveMeasurement;
    // 2.c 2025 had one approved estimate (47.22 of 25/09/2025): a revision is approved.
    const revised = await save("2.c", "46.93", "Bản sửa đã duyệt");
    const sent = (await reporter.data<{ submitMeasurement: { version: number } }>(SUBMIT, revised))
      .submitMeasurement;
    await head.data(APPROVE, { id: revised.id, version: sent.version });
    // New versions of approved periods that are not approved: a draft and a submitted one.
    const draft = await save("2.b", "27.77", "PHIEN-BAN-NHAP-BI-MAT");
    const pending = await save("2.d", "3.97", "PHIEN-BAN-GUI-BI-MAT");
    expect(
      (await reporter.data<{ submitMeasurement: { status: string } }>(SUBMIT, pending))
        .submitMeasurement.status,
    ).toBe("SUBMITTED");

    const page = await (await get("/cong-khai/chi-tieu/2")).text();
    const services = parts(section(page, "2.c"));
    expect(services.table).toContain("46,93%");
    expect(services.table).not.toContain("47,22%");
    expect(services.history).toContain("47,22%");
    expect(services.chart).toContain(">46,93%</text>");
    expect(services.chart).not.toContain("47,22");
    // The earlier approved versions of 2.b and 2.d still stand.
    expect(parts(section(page, "2.b")).table).toContain("28,33%");
    expect(parts(section(page, "2.d")).table).toContain("4,21%");
    const json = (await (await get("/cong-khai/so-lieu.json")).json()) as { figures: OpenFigure[] };
    expect(
      json.figures
        .filter((f) => f.indicatorCode === "2.c" && f.year === 2025)
        .map((f) => [f.value, f.current]),
    ).toEqual([
      ["47.22", false],
      ["46.93", true],
    ]);
    for (const path of [
      "/cong-khai/chi-tieu/2",
      "/cong-khai/chi-tieu/2?lang=en",
      "/cong-khai/so-lieu.csv",
      "/cong-khai/so-lieu.json",
    ]) {
      // Timestamps ("…T11:26:03.973Z") are no figures: left out of the search.
      const body = (await (await get(path)).text()).replace(
        /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g,
        "",
      );
      for (const secret of [draft.id, pending.id, "PHIEN-BAN-", "27,77", "27.77", "3,97", "3.97"])
        expect(body).not.toContain(secret);
    }
  });

  it("shows the province's own assessment beside the computed verdict, public as over GraphQL", async () => {
    const congressId = (
      await t.client.data<{ allCongresses: { id: string }[] }>(
        `{ allCongresses(filter: { ordinal: 17 }) { id } }`,
      )
    ).allCongresses[0].id;
    const SUMMARY = `query($c: ID!) { progressSummary(congressId: $c) { targets { target { id number }
      progress { verdict } assessment { verdict document } assessmentDiffers } } }`;
    type Line = {
      target: { id: string; number: number };
      progress: { verdict: string };
      assessment: { verdict: string } | null;
      assessmentDiffers: boolean;
    };
    const line = async (n: number) =>
      (
        await t.client.data<{ progressSummary: { targets: Line[] } }>(SUMMARY, { c: congressId })
      ).progressSummary.targets.find((l) => l.target.number === n)!;
    const before = await get("/cong-khai");
    const etag = before.headers.get("etag")!;
    expect(await before.text()).not.toContain("Tỉnh tự đánh giá");

    // Last-Modified counts whole seconds: let the assessment fall in a later one than the last approval.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const admin = await as("admin");
    const assess = (targetId: string, verdict: string, reason: string) =>
      admin.data(
        `mutation($t: ID!, $v: AssessedVerdict!, $r: String!) { assessTarget(targetId: $t, verdict: $v, reason: $r,
          document: "Báo cáo chính trị Đại hội XVIII", documentDate: "2025-09-25") { id } }`,
        { t: targetId, v: verdict, r: reason },
      );
    const one = await line(1);
    const other = one.progress.verdict === "NOT_MET" ? "MET" : "NOT_MET";
    await assess(one.target.id, other, "Lý do & <đánh giá> của tỉnh");
    const fourteen = await line(14);
    expect(fourteen.progress.verdict).toBe("MET");
    await assess(fourteen.target.id, "MET", "Đạt theo báo cáo");
    // An anonymous caller reads the assessment over GraphQL too: it is public.
    expect(await line(1)).toMatchObject({
      assessment: { verdict: other },
      assessmentDiffers: true,
    });
    expect(await line(14)).toMatchObject({ assessmentDiffers: false });

    const index = await get("/cong-khai", { "if-none-match": etag });
    expect(index.status).toBe(200); // a new assessment revalidates the page
    const modified = before.headers.get("last-modified")!;
    expect((await get("/cong-khai", { "if-modified-since": modified })).status).toBe(200);
    const text = await index.text();
    const label = other === "MET" ? "Đạt" : "Không đạt";
    const expected = `<p class="assessment"><strong>Tỉnh tự đánh giá:</strong> <span class="verdict v-${other}">${label}</span> — <span lang="vi">Lý do &amp; &lt;đánh giá&gt; của tỉnh</span> <span class="muted">(Báo cáo chính trị Đại hội XVIII, 25/09/2025)</span> <strong class="differs">Khác với kết quả tính từ số liệu đã duyệt.</strong></p>`;
    const item = (n: number) =>
      text.slice(
        text.indexOf(`/cong-khai/chi-tieu/${n}"`),
        text.indexOf("</li>", text.indexOf(`/cong-khai/chi-tieu/${n}"`)),
      );
    expect(item(1)).toContain(expected);
    expect(item(14)).toContain(
      '<span class="verdict v-MET">Đạt</span> — <span lang="vi">Đạt theo báo cáo</span>',
    );
    expect(item(14)).not.toContain("differs");
    expect(item(2)).not.toContain("Tỉnh tự đánh giá");
    expect(await (await get("/cong-khai/chi-tieu/1")).text()).toContain(expected);
    const en = await (await get("/cong-khai/chi-tieu/1?lang=en")).text();
    expect(en).toContain(
      `<strong>The province's own assessment:</strong> <span class="verdict v-${other}">${other === "MET" ? "Met" : "Not met"}</span>`,
    );
    expect(en).toContain("Differs from the verdict computed from approved figures.");
  });
});
