import { describe, expect, it } from "vitest";
import { describeDatabaseUrl } from "@/lib/db/connection";
import { parseEnv } from "@/lib/env";

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
