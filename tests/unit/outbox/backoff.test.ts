import { describe, expect, it } from "vitest";
import { afterFailure, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "@/lib/outbox/backoff";

describe("outbox backoff", () => {
  it("waits four times longer after each failure, from 5 s up to two hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelayMs)).toEqual([
      5_000, 20_000, 80_000, 320_000, 1_280_000, 5_120_000, 7_200_000,
    ]);
  });

  it("schedules the next attempt from now, and gives up after the last attempt", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    expect(afterFailure(1, now)).toEqual({ dead: false, nextAttemptAt: new Date("2026-12-06T10:00:05Z") });
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS - 1, now)).toMatchObject({ dead: false });
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS, now)).toEqual({ dead: true });
  });
});
