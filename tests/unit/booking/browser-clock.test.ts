import { afterEach, describe, expect, it, vi } from "vitest";
import { browserClock } from "@/components/booking/browser-clock";

// browserClock runs in the booking page's worker (and on the main thread where no worker starts): it reads the
// browser's language and zone, which these tests stand in for.
afterEach(() => vi.unstubAllGlobals());

describe("browserClock", () => {
  it("reads a 12-hour clock from the languages that write one and a 24-hour clock from the others", () => {
    for (const [language, hour12] of [
      ["en-US", true],
      ["en-IN", true],
      ["en-GB", false],
      ["de-DE", false],
      ["ja-JP", false],
    ] as const) {
      vi.stubGlobal("navigator", { language });
      expect(browserClock().hour12, language).toBe(hour12);
    }
  });

  it("falls back to a 24-hour clock for a language tag Intl refuses", () => {
    vi.stubGlobal("navigator", { language: "not a tag!" });
    expect(browserClock().hour12).toBe(false);
  });

  it("names the zone the runtime is in", () => {
    expect(browserClock().zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
