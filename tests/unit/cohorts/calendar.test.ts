// The cohort feed and invites read back with ical.js: stable UIDs, SEQUENCE, UTC times, CANCELLED/CANCEL,
// CRLF line ends and lines folded at 75 octets. And the feed token: signed, bound to its nonce.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCohortFeed, buildSessionInvite, sessionUid, type CalendarSession } from "@/lib/cohorts/calendar";
import { createFeedToken, verifyFeedToken } from "@/lib/cohorts/feed-token";

const cohort = {
  title: "April 2027 cohort (Americas evenings)",
  courseTitle: "Backend Security Essentials",
  homeUrl: "https://academy.example.test/cohorts/c1",
};
const session = (id: string, startsAt: string, extra: Partial<CalendarSession> = {}): CalendarSession => ({
  id,
  title: "Threat modelling",
  agenda: "STRIDE on a real service; bring a diagram of something you run, however small it looks today.",
  startsAt: new Date(startsAt),
  endsAt: new Date(new Date(startsAt).getTime() + 2 * 3_600_000),
  sequence: 0,
  cancelledAt: null,
  ...extra,
});

function events(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return {
    component,
    events: component.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        utc: event.startDate.zone?.tzid,
        status: vevent.getFirstPropertyValue("status"),
      };
    }),
  };
}

function expectWellFormed(ics: string) {
  expect(ics.split("\r\n").length).toBeGreaterThan(5);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // every line ends in CRLF
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
}

describe("cohort calendar feed", () => {
  it("lists every session in start order with stable UIDs, UTC times and cancelled ones marked", () => {
    const ics = buildCohortFeed(cohort, [
      session("s2", "2027-04-15T23:00:00Z", { sequence: 2, cancelledAt: new Date("2027-04-01T00:00:00Z") }),
      session("s1", "2027-04-12T23:00:00Z", { sequence: 1 }),
    ]);
    expectWellFormed(ics);
    const { component, events: read } = events(ics);
    expect(component.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(read).toEqual([
      {
        uid: sessionUid("s1"),
        sequence: 1,
        summary: "Threat modelling (Backend Security Essentials)",
        start: "2027-04-12T23:00:00.000Z",
        end: "2027-04-13T01:00:00.000Z",
        utc: "UTC",
        status: "CONFIRMED",
      },
      expect.objectContaining({ uid: sessionUid("s2"), sequence: 2, status: "CANCELLED" }),
    ]);
    // The join link never goes into the calendar: only the cohort page, where it opens for members.
    expect(ics).toContain("cohorts/c1");
  });

  it("is a valid empty calendar before any session is planned", () => {
    const { component, events: read } = events(buildCohortFeed(cohort, []));
    expect(component.name).toBe("vcalendar");
    expect(read).toEqual([]);
  });
});

describe("session invites", () => {
  const people = {
    organizer: { name: "Backend Academy", email: "hello@academy.example.test" },
    attendee: { name: 'Lola "the" Learner', email: "lola@example.test" },
  };

  it("a REQUEST, then its update and its cancellation share the UID with a higher SEQUENCE", () => {
    const first = buildSessionInvite(cohort, session("s1", "2027-04-12T23:00:00Z"), "REQUEST", people);
    const moved = buildSessionInvite(cohort, session("s1", "2027-04-13T23:00:00Z", { sequence: 1 }), "REQUEST", people);
    const cancelled = buildSessionInvite(
      cohort,
      session("s1", "2027-04-13T23:00:00Z", { sequence: 2, cancelledAt: new Date() }),
      "CANCEL",
      people,
    );
    for (const ics of [first, moved, cancelled]) expectWellFormed(ics);
    const read = [first, moved, cancelled].map((ics) => {
      const parsed = events(ics);
      return {
        method: parsed.component.getFirstPropertyValue("method"),
        ...parsed.events[0]!,
      };
    });
    expect(read.map((e) => [e.method, e.uid, e.sequence, e.status, e.start])).toEqual([
      ["REQUEST", sessionUid("s1"), 0, "CONFIRMED", "2027-04-12T23:00:00.000Z"],
      ["REQUEST", sessionUid("s1"), 1, "CONFIRMED", "2027-04-13T23:00:00.000Z"],
      ["CANCEL", sessionUid("s1"), 2, "CANCELLED", "2027-04-13T23:00:00.000Z"],
    ]);
    // A quote in a name cannot end the CN parameter and add others.
    expect(first.replace(/\r\n[ \t]/g, "")).toContain("CN=\"Lola 'the' Learner\"");
  });
});

describe("feed token", () => {
  it("verifies its own signature and nothing else", () => {
    const token = createFeedToken("secret-a", "feed1", "nonce1");
    expect(verifyFeedToken("secret-a", token)).toEqual({ feedId: "feed1", nonce: "nonce1" });
    expect(verifyFeedToken("secret-b", token)).toBeNull();
    expect(verifyFeedToken("secret-a", token.replace("nonce1", "nonce2"))).toBeNull();
    expect(verifyFeedToken("secret-a", `${token}x`)).toBeNull();
    expect(verifyFeedToken("secret-a", "feed1.nonce1")).toBeNull();
    expect(verifyFeedToken("secret-a", "a/b.c.d")).toBeNull();
  });
});
