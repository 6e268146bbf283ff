/**
 * `npm run import -- figures.xlsx [--commit] [--submit]` sends a CSV or XLSX
 * file of figures to the server's importMeasurements, as an integrator does:
 * with an API token (API_TOKEN or --token) to the server at API_URL or --url
 * (default http://127.0.0.1:4000). Without --commit it is a dry run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const MUTATION = `mutation Import($filename: String!, $content: String!, $dryRun: Boolean!, $submit: Boolean!) {
  importMeasurements(filename: $filename, contentBase64: $content, dryRun: $dryRun, submit: $submit) {
    dryRun written batchId created updated failed
    rows { row indicatorCode year period action errors { field message } } } }`;

interface Result {
  dryRun: boolean;
  written: boolean;
  batchId: string | null;
  created: number;
  updated: number;
  failed: number;
  rows: {
    row: number;
    indicatorCode: string;
    action: string;
    errors: { field: string; message: string }[];
  }[];
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find(
    (a, i) => !a.startsWith("--") && !["--token", "--url"].includes(args[i - 1] ?? ""),
  );
  const token = option(args, "--token") ?? process.env.API_TOKEN;
  const url = (option(args, "--url") ?? process.env.API_URL ?? "http://127.0.0.1:4000").replace(
    /\/$/,
    "",
  );
  if (!file || !token) {
    console.error(
      "Cách dùng (usage): npm run import -- <tệp.xlsx|tệp.csv> [--commit] [--submit] [--token rtk_…] [--url http://…]",
    );
    process.exit(2);
  }
  const dryRun = !args.includes("--commit");
  console.log(`1/3 Đọc tệp ${file} …`);
  const content = readFileSync(file).toString("base64");
  console.log(`2/3 Gửi tới ${url}/graphql (${dryRun ? "chạy thử, không ghi" : "ghi thật"}) …`);
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: MUTATION,
      variables: {
        filename: path.basename(file),
        content,
        dryRun,
        submit: args.includes("--submit"),
      },
    }),
  });
  const body = (await response.json()) as {
    data?: { importMeasurements: Result };
    errors?: { message: string }[];
  };
  if (body.errors?.length || !body.data) {
    for (const e of body.errors ?? []) console.error(`Lỗi: ${e.message}`);
    process.exit(1);
  }
  const r = body.data.importMeasurements;
  console.log(
    `3/3 Kết quả: ${r.created.toLocaleString("vi-VN")} tạo mới, ${r.updated.toLocaleString("vi-VN")} cập nhật, ${r.failed.toLocaleString("vi-VN")} dòng lỗi.`,
  );
  for (const row of r.rows.filter((x) => x.errors.length > 0)) {
    for (const e of row.errors)
      console.log(`  Dòng ${row.row} (${row.indicatorCode || "?"}), ${e.field}: ${e.message}`);
  }
  if (r.written) console.log(`Đã ghi toàn bộ trong một giao dịch; lô ${r.batchId}.`);
  else if (r.failed > 0) console.log("Không ghi gì: hãy sửa các dòng lỗi rồi chạy lại.");
  else console.log("Chạy thử xong, chưa ghi gì; thêm --commit để ghi.");
  process.exit(r.failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
