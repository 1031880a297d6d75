// The checks before next-auth: a malformed sign-in or magic-link form is refused in the result shape, with the
// field that is wrong, before any rate limit is spent; other next-auth paths pass untouched.
import { describe, expect, it } from "vitest";
import { guardAuthPost } from "@/lib/accounts/sign-in-guard";

const form = (body: string) =>
  new Request("http://app.test/api/auth/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });

describe("guardAuthPost", () => {
  it("refuses a credentials form without an email, naming the field", async () => {
    const refusal = await guardAuthPost("callback/credentials", form("email=&password=x"));
    expect(refusal?.status).toBe(400);
    expect(await refusal?.json()).toMatchObject({
      ok: false,
      code: "INVALID",
      error: "Please correct the highlighted fields.",
      fieldErrors: { email: [expect.any(String)] },
    });
  });

  it("refuses a magic-link request whose email is not one", async () => {
    const refusal = await guardAuthPost("signin/email", form("email=not-an-address"));
    expect(refusal?.status).toBe(400);
    expect(await refusal?.json()).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { email: [expect.any(String)] },
    });
  });

  it("leaves every other next-auth path to next-auth", async () => {
    expect(await guardAuthPost("signout", form("csrfToken=x"))).toBeNull();
  });
});
