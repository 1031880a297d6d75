import { describe, expect, it } from "vitest";
import { authorize, formDataToObject } from "@/lib/actions/run-action";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { AuthError } from "@/lib/auth/errors";

const learner = { id: "u1", email: "l@example.com", name: null, role: "LEARNER" as const, timeZone: "UTC" };

describe("authorize", () => {
  it("lets anyone through a public action and nobody anonymous through a signed-in one", () => {
    expect(authorize("public", null)).toBeNull();
    expect(() => authorize("user", null)).toThrowError(AuthError);
    expect(authorize("user", learner)).toBe(learner);
  });

  it("refuses a role that is not listed, with FORBIDDEN", () => {
    try {
      authorize(["ADMIN"], learner);
      expect.unreachable();
    } catch (error) {
      expect((error as AuthError).code).toBe("FORBIDDEN");
    }
  });
});

describe("request input", () => {
  it("drops React's internal action fields and file uploads from form data", () => {
    const form = new FormData();
    form.set("name", "Ada");
    form.set("$ACTION_ID_abc", "");
    form.set("avatar", new Blob(["x"]), "a.png");
    expect(formDataToObject(form)).toEqual({ name: "Ada", avatar: undefined });
  });

  it("takes the right-most forwarded address, which the client cannot choose", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIpFrom({ "x-real-ip": "192.0.2.1" })).toBe("192.0.2.1");
    expect(clientIpFrom({})).toBe("unknown");
  });
});
