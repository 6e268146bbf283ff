/**
 * Sign-in throttling under attack: attempts sent at once are counted one
 * after the other (at most PAIR_LIMIT checked against the password), a
 * flood from one address does not lock the owner out from another, refusals
 * are HTTP 429 with Retry-After, and X-Forwarded-For counts only from a
 * proxy named in TRUST_PROXY. Each test uses its own loopback addresses.
 */
import { PAIR_LIMIT, ADDRESS_LIMIT } from "../server/auth/login-throttle";
import { DEMO_PASSWORD } from "../server/seed/accounts";
import { accounts } from "./helpers/fixtures";
import { postFrom, signInFrom } from "./helpers/from-address";
import { startTestServer, type TestServer } from "./helpers/server";

async function checkedPasswords(t: TestServer, email: string): Promise<number> {
  const [row] = await t.db.query(
    `SELECT count(*)::int AS n FROM audit_event
      WHERE action = 'login.failed' AND reason = 'wrong password' AND after->>'email' = $1`,
    [email],
  );
  return row.n;
}

describe("sign-in throttle", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it("checks at most 10 of 40 wrong passwords sent at once, refuses the rest with 429 and Retry-After; the owner still signs in from elsewhere", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        signInFrom(t.url, "127.0.0.11", accounts.headCtk, `wrong-password-${i}`),
      ),
    );
    expect(await checkedPasswords(t, accounts.headCtk)).toBeLessThanOrEqual(PAIR_LIMIT);
    const refused = attempts.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(40 - PAIR_LIMIT);
    for (const answer of refused) {
      expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
      expect(answer.body.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    }
    // Even the right password is refused from that address for the window ...
    const again = await signInFrom(t.url, "127.0.0.11", accounts.headCtk, DEMO_PASSWORD);
    expect(again.status).toBe(429);

    // ... but the owner, from another address, gets in: at worst after the account's delay.
    let owner = await signInFrom(t.url, "127.0.0.12", accounts.headCtk, DEMO_PASSWORD);
    if (owner.status === 429) {
      const wait = Number(owner.headers["retry-after"]);
      expect(wait).toBeLessThanOrEqual(15);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      owner = await signInFrom(t.url, "127.0.0.12", accounts.headCtk, DEMO_PASSWORD);
    }
    expect(owner.status).toBe(200);
    expect(owner.body.data?.login).toMatchObject({ token: expect.any(String) });
  }, 60000);

  it("after 30 junk sign-ins from one address, refuses that address but lets the owner in from another", async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      const junk = await signInFrom(
        t.url,
        "127.0.0.21",
        `nobody${i}@example.org`,
        "junk-password-1",
      );
      expect(junk.status).toBe(200);
      expect(junk.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    const fromFlood = await signInFrom(t.url, "127.0.0.21", accounts.viewer, DEMO_PASSWORD);
    expect(fromFlood.status).toBe(429);
    const owner = await signInFrom(t.url, "127.0.0.22", accounts.viewer, DEMO_PASSWORD);
    expect(owner.status).toBe(200);
    expect(owner.body.errors).toBeUndefined();
  }, 60000);

  it("spaces out password checks of one account whatever address they come from", async () => {
    const started = Date.now();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await signInFrom(t.url, `127.0.1.${i + 1}`, accounts.reporterYt, `wrong-password-${i}`);
      times.push(Date.now() - started);
    }
    // Three free failures; after the fourth, 200, 400 and 800 ms between checks.
    expect(times[2]).toBeLessThan(1500);
    expect(times[6] - times[3]).toBeGreaterThanOrEqual(200 + 400 + 800 - 50);
    expect(await checkedPasswords(t, accounts.reporterYt)).toBe(7);
    // A success clears the account's delay.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect((await signInFrom(t.url, "127.0.1.9", accounts.reporterYt, DEMO_PASSWORD)).status).toBe(
      200,
    );
    const quick = Date.now();
    await signInFrom(t.url, "127.0.1.10", accounts.reporterYt, "wrong-password-x");
    expect(Date.now() - quick).toBeLessThan(1500);
  }, 60000);

  it("refuses a 4-million-character e-mail as BAD_USER_INPUT, and counts it against the address", async () => {
    const huge = "a".repeat(4_000_000) + "@example.org";
    const answer = await signInFrom(t.url, "127.0.0.31", huge, "whatever-password");
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "email",
    });
    expect(answer.body.errors?.[0].message).toMatch(/254/);
    const [row] = await t.db.query(
      `SELECT failures FROM login_throttle WHERE key = 'ip:127.0.0.31'`,
    );
    expect(row.failures).toBe(1);
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY names the proxy", async () => {
    // Without TRUST_PROXY a client cannot dodge the address limit by choosing its own address.
    for (let i = 0; i < ADDRESS_LIMIT; i++)
      await signInFrom(t.url, "127.0.0.41", `spoof${i}@example.org`, "junk-password-1", {
        "x-forwarded-for": `198.51.100.${i + 1}`,
      });
    const spoofed = await signInFrom(t.url, "127.0.0.41", accounts.admin, DEMO_PASSWORD, {
      "x-forwarded-for": "198.51.100.200",
    });
    expect(spoofed.status).toBe(429);
  }, 60000);
});

describe("sign-in throttle behind a trusted proxy (TRUST_PROXY=loopback)", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ TRUST_PROXY: "loopback" });
  });
  afterAll(() => t?.close());

  it("counts the client address the proxy forwards, so one stranger does not lock out everyone behind it", async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++)
      await signInFrom(t.url, "127.0.0.51", `stranger${i}@example.org`, "junk-password-1", {
        "x-forwarded-for": "203.0.113.7",
      });
    const stranger = await signInFrom(t.url, "127.0.0.51", accounts.viewer, DEMO_PASSWORD, {
      "x-forwarded-for": "203.0.113.7",
    });
    expect(stranger.status).toBe(429);
    // Same proxy, another client behind it.
    const colleague = await signInFrom(t.url, "127.0.0.51", accounts.viewer, DEMO_PASSWORD, {
      "x-forwarded-for": "203.0.113.8",
    });
    expect(colleague.status).toBe(200);
    expect(colleague.body.errors).toBeUndefined();
    const plain = await postFrom(t.url, "127.0.0.51", { query: "{ __typename }" });
    expect(plain.body.data).toEqual({ __typename: "Query" });
  });
});
