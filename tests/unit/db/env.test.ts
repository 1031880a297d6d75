import { describe, expect, it } from "vitest";
import { describeDatabaseUrl } from "@/lib/db/connection";
import { logSettings, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("starts with nothing set, on embedded defaults", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("local");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses a DATABASE_URL that is not PostgreSQL, saying what is expected", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(/must start with postgres:\/\//);
  });

  it("refuses production without its secrets and names each missing one", () => {
    expect(() => parseEnv({ APP_ENV: "production" })).toThrow(
      /NEXTAUTH_SECRET is required[\s\S]*DATABASE_URL is required/,
    );
  });
});

describe("parseEnv in production", () => {
  const secrets = {
    APP_ENV: "production",
    NEXTAUTH_SECRET: "x".repeat(32),
    DATABASE_URL: "postgres://db/app",
    SMTP_URL: "smtp://mail",
    STRIPE_SECRET_KEY: "sk",
    STRIPE_WEBHOOK_SECRET: "whsec",
  };

  it("refuses an APP_URL that is not https", () => {
    expect(() => parseEnv(secrets)).toThrow(/APP_URL must be an https:\/\/ address/);
    expect(() => parseEnv({ ...secrets, APP_URL: "http://academy.example" })).toThrow(/APP_URL must be an https/);
  });

  it("starts with its secrets and an https APP_URL", () => {
    expect(parseEnv({ ...secrets, APP_URL: "https://academy.example" }).APP_URL).toBe("https://academy.example");
  });

  it("refuses a METRICS_TOKEN too short to be a secret", () => {
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });
});

describe("describeDatabaseUrl", () => {
  it("names host, port and database but never the password", () => {
    const text = describeDatabaseUrl("postgres://app:hunter2@db.internal:6543/academy");
    expect(text).toBe('database "academy" on db.internal:6543');
    expect(text).not.toContain("hunter2");
  });
});

describe("parseEnv: the port, and settings read outside the app's bundle", () => {
  it("points APP_URL at PORT when only PORT is set", () => {
    const env = parseEnv({ PORT: "3170" });
    expect([env.PORT, env.APP_URL]).toEqual([3170, "http://localhost:3170"]);
  });

  it("keeps an APP_URL that is set, whatever PORT says", () => {
    expect(parseEnv({ PORT: "3170", APP_URL: "https://academy.example" }).APP_URL).toBe("https://academy.example");
  });

  it("refuses a PORT that is not a port", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("parses the shutdown grace and defaults it to ten seconds", () => {
    expect(parseEnv({}).SHUTDOWN_GRACE_MS).toBe(10_000);
    expect(parseEnv({ SHUTDOWN_GRACE_MS: "2500" }).SHUTDOWN_GRACE_MS).toBe(2_500);
    expect(() => parseEnv({ SHUTDOWN_GRACE_MS: "soon" })).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});

describe("logSettings", () => {
  it("defaults to info, warn under tests, and takes a known LOG_LEVEL", () => {
    expect(logSettings({}).level).toBe("info");
    expect(logSettings({ NODE_ENV: "test" }).level).toBe("warn");
    expect(logSettings({ LOG_LEVEL: "debug", NODE_ENV: "test" }).level).toBe("debug");
  });

  it("refuses an unknown level, listing the known ones, without needing the rest of the configuration", () => {
    expect(() => logSettings({ LOG_LEVEL: "loud", APP_ENV: "production" })).toThrow(/LOG_LEVEL: one of fatal, error/);
  });
});
