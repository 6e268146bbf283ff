import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("defaults to the embedded database with demo data on port 4000", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      seedDemo: true,
      migrate: true,
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it("does not seed demo data into a DATABASE_URL database unless asked", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db", SEED_DEMO: "true" }).seedDemo).toBe(
      true,
    );
  });

  it("trusts no proxy unless TRUST_PROXY names one", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "uniquelocal, 10.1.0.0/16" }).trustProxy).toEqual([
      "uniquelocal",
      "10.1.0.0/16",
    ]);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL"],
    [{ SEED: "maybe" }, "SEED"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DB_POOL_SIZE: "0" }, "DB_POOL_SIZE"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
    [{ SMTP_URL: "::" }, "SMTP_URL"],
    [{ MAIL_FROM: "Văn phòng <not an address>" }, "MAIL_FROM"],
    [{ PUBLIC_URL: "ftp://x" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "https://x/?a=1" }, "PUBLIC_URL"],
    [{ JOBS: "sometimes" }, "JOBS"],
    [{ TRUST_PROXY: "everyone" }, "TRUST_PROXY"],
    [{ SHAPE_CACHE_SIZE: "1" }, "SHAPE_CACHE_SIZE"],
  ])("stops on %p naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${name} `));
  });

  it("reads the reminder settings: SMTP server, sender, and the link base without a trailing slash", () => {
    const config = loadConfig({
      SMTP_URL: "smtp://127.0.0.1:2525",
      MAIL_FROM: "Văn phòng Tỉnh ủy <vanphong@langson.example>",
      PUBLIC_URL: "https://theodoi.langson.example/",
    });
    expect(config).toMatchObject({
      smtpUrl: "smtp://127.0.0.1:2525",
      mailFrom: "Văn phòng Tỉnh ủy <vanphong@langson.example>",
      publicUrl: "https://theodoi.langson.example",
      jobs: true,
    });
    expect(loadConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({}).smtpUrl).toBeUndefined();
  });
});
