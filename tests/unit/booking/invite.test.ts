import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildInvite, paramValue } from "@/lib/booking/invite";

const base = {
  bookingId: "bk1",
  sequence: 0,
  method: "REQUEST" as const,
  startsAt: new Date("2026-12-10T10:00:00Z"),
  endsAt: new Date("2026-12-10T10:30:00Z"),
  title: "Career consultation",
  description: "Career change",
  location: "https://meet.example.test/room",
  organizer: { name: "Ada Advisor", email: "ada@example.test" },
};

describe("paramValue (RFC 5545 parameter values)", () => {
  it("leaves no DQUOTE, control character or line break", () => {
    expect(paramValue('Mal"lory\r\nATTENDEE:mailto:x@evil.example\u0000\u0007\u009b')).toBe(
      "Mal'lory ATTENDEE:mailto:x@evil.example",
    );
    expect(paramValue("Zoë O'Neil")).toBe("Zoë O'Neil");
  });

  it("an injected name stays inside its CN when the invite is parsed by ical.js", () => {
    for (const name of ['x"\r\nATTENDEE;CN=m:mailto:mallory@evil.example', 'x\\";RSVP=FALSE:mailto:e@evil.example']) {
      const ics = buildInvite({ ...base, attendee: { name, email: "pat@example.test" } });
      const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
      const attendees = event.getAllProperties("attendee");
      expect(attendees).toHaveLength(1);
      expect(attendees[0]!.getFirstValue()).toBe("mailto:pat@example.test");
      expect(event.getFirstProperty("organizer")!.getFirstValue()).toBe("MAILTO:ada@example.test");
    }
  });
});
