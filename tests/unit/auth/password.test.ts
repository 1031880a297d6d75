import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { isCommonPassword, passwordProblem } from "@/lib/accounts/password-policy";

describe("password hashing", () => {
  it("uses argon2id with OWASP parameters (19 MiB, 2 iterations, parallelism 1)", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("salts every hash and verifies only the right password", async () => {
    const [first, second] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, "same password")).toBe(true);
    expect(await verifyPassword(first, "same passwore")).toBe(false);
  });

  it("treats a malformed stored hash as a failed check, not an exception", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("password policy", () => {
  it("requires 8 to 128 characters, counting characters not bytes", () => {
    expect(passwordProblem("short12")).toMatch(/at least 8/);
    expect(passwordProblem("ü".repeat(8))).toBeNull();
    expect(passwordProblem("x".repeat(128) + "y")).toMatch(/at most 128/);
    expect(passwordProblem("tangerine voyage kettle")).toBeNull();
  });

  it("refuses common passwords whatever their case", () => {
    expect(isCommonPassword("Password123")).toBe(true);
    expect(isCommonPassword("qwertyuiop")).toBe(true);
    expect(passwordProblem("Iloveyou1")).toMatch(/too common/);
  });

  it("has no composition rules: a long lower-case phrase is fine", () => {
    expect(passwordProblem("walrus lantern umbrella")).toBeNull();
  });

  it("refuses the email's local part as the password", () => {
    expect(passwordProblem("samlearner", { email: "samlearner@example.com" })).toMatch(/email/);
  });
});
