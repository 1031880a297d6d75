import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("security headers", () => {
  it("builds a nonce-based script policy that also allows WebAssembly and blob workers", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", production: true, development: false });
    expect(directive(policy, "script-src")).toBe(
      "script-src 'self' 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'",
    );
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(policy, "worker-src")).toBe("worker-src 'self' blob:");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it("builds a nonce-less policy for cached public pages that still confines scripts to this origin", () => {
    const policy = contentSecurityPolicy({ nonce: null, production: true, development: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("'strict-dynamic'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("allows eval only for the development server", () => {
    expect(
      directive(contentSecurityPolicy({ nonce: "n", production: false, development: true }), "script-src"),
    ).toContain("'unsafe-eval'");
  });

  it("lets sign-in forms post on to configured OAuth providers only", () => {
    expect(
      directive(
        contentSecurityPolicy({
          nonce: "n",
          production: false,
          development: false,
          oauthOrigins: ["https://github.com"],
        }),
        "form-action",
      ),
    ).toBe("form-action 'self' https://github.com");
  });

  it("sends HSTS in production only, and the other headers always", () => {
    const local = securityHeaders({ nonce: "n", production: false, development: false });
    const production = securityHeaders({ nonce: "n", production: true, development: false });
    expect(local["Strict-Transport-Security"]).toBeUndefined();
    expect(production["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}; includeSubDomains/);
    for (const headers of [local, production]) {
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    }
  });

  it("makes a fresh nonce for each request", () => {
    expect(createNonce()).not.toBe(createNonce());
  });
});
