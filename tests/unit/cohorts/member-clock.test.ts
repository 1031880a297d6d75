// A member's saved clock (User.hour12) applied to every cohort time they read: pages, deadlines and mail text.
import { describe, expect, it } from "vitest";
import { formatInZone } from "@/lib/booking/format";
import { sessionDay, sessionTimes, viewerHour12, viewerZoneClock, zoneName } from "@/lib/cohorts/format";
import { deadlineText } from "@/lib/projects/format";
import { updateProfileSchema } from "@/lib/users/schema";

describe("a member's clock on cohort times", () => {
  const start = new Date("2027-04-13T01:00:00Z"); // Monday 18:00 in Los Angeles (PDT)
  const end = new Date("2027-04-13T02:30:00Z");

  it("writes 6:00 PM for a 12-hour clock and 18:00 for a 24-hour one, in the member's zone", () => {
    expect(sessionTimes(start, end, "America/Los_Angeles", true)).toBe("6:00 PM–7:30 PM");
    expect(sessionTimes(start, end, "America/Los_Angeles", false)).toBe("18:00–19:30");
    expect(sessionDay(start, "America/Los_Angeles")).toBe("Mon 12 Apr");
    expect(zoneName("America/Los_Angeles", start)).toBe("Pacific Daylight Time");
  });

  it("keeps the local time across a DST change and names the zone of each date", () => {
    // Mondays 18:00 Berlin around 2027-03-28: the instant moves an hour, the local clock does not.
    const before = new Date("2027-03-22T17:00:00Z");
    const after = new Date("2027-03-29T16:00:00Z");
    const hour = 60 * 60 * 1000;
    expect(sessionTimes(before, new Date(before.getTime() + hour), "Europe/Berlin", true)).toBe("6:00 PM–7:00 PM");
    expect(sessionTimes(after, new Date(after.getTime() + hour), "Europe/Berlin", true)).toBe("6:00 PM–7:00 PM");
    expect(zoneName("Europe/Berlin", before)).toBe("Central European Standard Time");
    expect(zoneName("Europe/Berlin", after)).toBe("Central European Summer Time");
    // New York on 2027-11-07 (back to EST): 23:59 local on each side.
    expect(deadlineText(new Date("2027-11-07T03:59:00Z"), "America/New_York", true)).toBe("Sat 6 Nov 2027, 11:59 PM");
    expect(deadlineText(new Date("2027-11-08T04:59:00Z"), "America/New_York", false)).toBe("Sun 7 Nov 2027, 23:59");
  });

  it("writes the mail text's time with the same clock", () => {
    expect(formatInZone(start, "America/Los_Angeles", true)).toMatch(/at 6:00 PM, Pacific Daylight Time$/);
    expect(formatInZone(start, "America/Los_Angeles", false)).toMatch(/at 18:00, Pacific Daylight Time$/);
  });
});

describe("whose clock a page uses", () => {
  it("a signed-in person's saved clock, whatever their browser writes", () => {
    expect(viewerHour12({ hour12: true }, false)).toBe(true);
    expect(viewerHour12({ hour12: false }, true)).toBe(false);
  });

  it("24 hours for a signed-in person who never chose, as the server pages show", () => {
    expect(viewerHour12({}, true)).toBe(false);
  });

  it("a visitor's browser's clock, and 24 hours where the page cannot ask the browser", () => {
    expect(viewerHour12(null, true)).toBe(true);
    expect(viewerHour12(null, false)).toBe(false);
    expect(viewerHour12(null)).toBe(false);
  });

  it("the course page's zone: a signed-in person's saved zone, wherever their browser is; a visitor's browser's", () => {
    const losAngelesBrowser = { zone: "America/Los_Angeles", hour12: true };
    expect(
      viewerZoneClock({ timeZone: "Europe/Berlin", hour12: false }, losAngelesBrowser, "America/New_York"),
    ).toEqual({ zone: "Europe/Berlin", hour12: false, own: true });
    expect(viewerZoneClock(null, losAngelesBrowser, "America/New_York")).toEqual({
      zone: "America/Los_Angeles",
      hour12: true,
      own: true,
    });
    // Before the browser answers (the server's HTML): the cohort's own zone, 24 h, not called "your time".
    expect(viewerZoneClock(null, null, "America/New_York")).toEqual({
      zone: "America/New_York",
      hour12: false,
      own: false,
    });
  });

  it("writes a staff member's session list and the cohort's own time with their clock", () => {
    // The schedule page's row: 19:00 New York read in Berlin (01:00 the next day), the cohort's time beside it.
    const start = new Date("2027-04-12T23:00:00Z");
    const end = new Date("2027-04-13T01:00:00Z");
    const hour12 = viewerHour12({ hour12: true });
    expect(`${sessionDay(start, "Europe/Berlin")}, ${sessionTimes(start, end, "Europe/Berlin", hour12)}`).toBe(
      "Tue 13 Apr, 1:00 AM–3:00 AM",
    );
    expect(sessionTimes(start, end, "America/New_York", hour12)).toBe("7:00 PM–9:00 PM");
    expect(sessionTimes(start, end, "America/New_York", viewerHour12({ hour12: false }))).toBe("19:00–21:00");
  });
});

describe("the profile form's clock field", () => {
  const base = { name: "Ada", timeZone: "Europe/Berlin" };

  it("keeps 12 or 24 as hour12, and leaves the clock alone when the field is absent", () => {
    expect(updateProfileSchema.parse({ ...base, hour12: "12" }).hour12).toBe(true);
    expect(updateProfileSchema.parse({ ...base, hour12: "24" }).hour12).toBe(false);
    expect(updateProfileSchema.parse(base).hour12).toBeUndefined();
  });

  it("refuses any other value with a message", () => {
    const result = updateProfileSchema.safeParse({ ...base, hour12: "true" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["hour12"],
      message: "Choose a 12-hour or a 24-hour clock.",
    });
  });
});
