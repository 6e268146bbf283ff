/** The typed client example of docs/examples runs against the seeded server with an API token. */
import { printProgressSummary } from "../docs/examples/progress-summary";
import { callers } from "./helpers/fixtures";
import { startTestServer, type TestServer } from "./helpers/server";

describe("the typed client example", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it("prints the progress summary with a read token", async () => {
    const viewer = await callers(t.client)("viewer");
    const { createApiToken } = await viewer.data<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(name: "ví dụ", scopes: ["read"]) { token } }`,
    );
    const lines = await printProgressSummary(t.url, createApiToken.token, () => undefined);
    expect(lines[0]).toBe(
      "Đảng bộ tỉnh Lạng Sơn, Đại hội lần thứ 17 (đăng nhập: xem@langson.example, token)",
    );
    expect(lines[1]).toMatch(/^Đạt và vượt \d+\/20 chỉ tiêu/);
    expect(lines).toHaveLength(22);
    expect(lines[2]).toBe("   1. Tăng trưởng kinh tế: Đạt");
  });
});
