import { describe, expect, it } from "vitest";
import { createRateLimits } from "@/lib/security/rate-limit";
import {
  RATE_LIMITS,
  decideRateLimit,
  decideWithoutConsuming,
  describeRetryAfter,
  ipv6Prefix64,
  rateLimitSubject,
  tooManyAttemptsMessage,
} from "@/lib/security/rate-limit-policy";

const policy = { points: 3, durationSeconds: 900 };

describe("rate-limit decisions", () => {
  it("allows up to the limit and refuses the next, rounding the wait up to whole seconds", () => {
    expect(decideRateLimit(policy, { consumedPoints: 3, msBeforeNext: 10_000 })).toEqual({
      allowed: true,
      remaining: 0,
    });
    expect(decideRateLimit(policy, { consumedPoints: 4, msBeforeNext: 1_001 })).toEqual({
      allowed: false,
      retryAfterSeconds: 2,
    });
    expect(decideRateLimit(policy, { consumedPoints: 4, msBeforeNext: 0 })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  it("a read without spending refuses once the allowance is used up", () => {
    expect(decideWithoutConsuming(policy, null)).toEqual({ allowed: true, remaining: 3 });
    expect(decideWithoutConsuming(policy, { consumedPoints: 2, msBeforeNext: 5_000 })).toEqual({
      allowed: true,
      remaining: 1,
    });
    expect(decideWithoutConsuming(policy, { consumedPoints: 3, msBeforeNext: 5_000 })).toEqual({
      allowed: false,
      retryAfterSeconds: 5,
    });
  });

  it("says when to try again in words", () => {
    expect(describeRetryAfter(1)).toBe("in 1 second");
    expect(describeRetryAfter(45)).toBe("in 45 seconds");
    expect(describeRetryAfter(60)).toBe("in 1 minute");
    expect(describeRetryAfter(61)).toBe("in 2 minutes");
    expect(describeRetryAfter(900)).toBe("in 15 minutes");
    expect(describeRetryAfter(3601)).toBe("in 2 hours");
    expect(tooManyAttemptsMessage(900)).toBe("Too many attempts. Please try again in 15 minutes.");
  });

  it("limits failed sign-ins per email more tightly than attempts per address", () => {
    expect(RATE_LIMITS["sign-in-email"].points).toBeLessThan(RATE_LIMITS["sign-in-ip"].points);
  });
});

describe("memory store", () => {
  it("counts per key, refuses past the limit and recovers after a reset", async () => {
    const limits = createRateLimits({ kind: "memory" });
    const key = "someone@example.com";
    for (let i = 0; i < RATE_LIMITS["password-reset-email"].points; i++) {
      expect((await limits.consume("password-reset-email", key)).allowed).toBe(true);
    }
    const refused = await limits.consume("password-reset-email", key);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS["password-reset-email"].durationSeconds);
    }
    expect((await limits.consume("password-reset-email", "other@example.com")).allowed).toBe(true);
    await limits.reset("password-reset-email", key);
    expect((await limits.consume("password-reset-email", key)).allowed).toBe(true);
  });

  it("treats keys case-insensitively and a peek spends nothing", async () => {
    const limits = createRateLimits({ kind: "memory" });
    for (let i = 0; i < 5; i++) expect((await limits.peek("sign-in-email", "Ada@Example.com")).allowed).toBe(true);
    for (let i = 0; i < RATE_LIMITS["sign-in-email"].points; i++)
      await limits.consume("sign-in-email", "ada@example.com");
    expect((await limits.peek("sign-in-email", "ADA@example.com")).allowed).toBe(false);
  });
});

describe("rate-limit subjects", () => {
  it("counts IPv6 clients by their /64, however the address is spelled", () => {
    expect(ipv6Prefix64("2001:db8:0:1:aaaa::1")).toBe("2001:db8:0:1");
    expect(ipv6Prefix64("2001:0db8:0000:0001:ffff:ffff:ffff:ffff")).toBe("2001:db8:0:1");
    expect(ipv6Prefix64("[2001:db8::1]")).toBe("2001:db8:0:0");
    expect(ipv6Prefix64("fe80::1%eth0")).toBe("fe80:0:0:0");
    expect(ipv6Prefix64("::1")).toBe("0:0:0:0");
    expect(rateLimitSubject("sign-in-ip", "2001:db8:0:1::a")).toBe(
      rateLimitSubject("sign-in-ip", "2001:db8:0:1:ffff::b"),
    );
    expect(rateLimitSubject("sign-in-ip", "2001:db8:0:1::a")).not.toBe(
      rateLimitSubject("sign-in-ip", "2001:db8:0:2::a"),
    );
  });

  it("leaves IPv4 addresses, malformed input and non-address buckets alone", () => {
    expect(rateLimitSubject("sign-in-ip", "203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitSubject("sign-in-ip", "::ffff:203.0.113.7")).toBe("::ffff:203.0.113.7");
    expect(rateLimitSubject("sign-in-ip", "1:2:3")).toBe("1:2:3");
    expect(rateLimitSubject("sign-in-ip", "1::2::3")).toBe("1::2::3");
    expect(rateLimitSubject("sign-in-email", "2001:db8::1")).toBe("2001:db8::1");
  });

  it("shares one allowance across a /64", async () => {
    const limits = createRateLimits(
      { kind: "memory" },
      { ...RATE_LIMITS, "sign-in-ip": { points: 2, durationSeconds: 60 } },
    );
    expect((await limits.consume("sign-in-ip", "2001:db8:5:6::1")).allowed).toBe(true);
    expect((await limits.consume("sign-in-ip", "2001:db8:5:6::2")).allowed).toBe(true);
    expect((await limits.consume("sign-in-ip", "2001:db8:5:6:ffff:1:2:3")).allowed).toBe(false);
    expect((await limits.consume("sign-in-ip", "2001:db8:5:7::1")).allowed).toBe(true);
  });
});
