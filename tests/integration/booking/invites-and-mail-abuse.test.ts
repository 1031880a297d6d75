// What a stranger can make the academy send: hostile names must not rewrite the calendar invite (every
// invite is read back with ical.js, an independent parser), the prospect's mail carries only our words and
// a first name, the open-bookings cap counts one mailbox however it is spelled, and one client is limited.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { createBookingAction } from "@/lib/booking/actions";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { scopeFor, uniqueIp } from "../auth/helpers";
import { bookingInput, confirmFromMail, createAdvisor, slotAhead } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const book = (input: Record<string, string>, ip = uniqueIp()) =>
  runAction(createBookingAction.definition, input, scopeFor(null, ip));

type Attachment = { filename: string; contentType: string; content: string };

/** Every invite mailed for a booking, as ical.js reads it. */
async function invitesFor(emails: string[]) {
  const mails = await t.db.emailOutbox.findMany({ where: { to: { in: emails } } });
  return mails.flatMap((mail) =>
    ((mail.attachments as Attachment[] | null) ?? []).map((attachment) => {
      const calendar = new ICAL.Component(ICAL.parse(attachment.content));
      const events = calendar.getAllSubcomponents("vevent");
      expect(events).toHaveLength(1);
      const event = events[0]!;
      return {
        to: mail.to,
        attendees: event.getAllProperties("attendee").map((p) => ({
          value: String(p.getFirstValue()),
          params: Object.keys(p.toJSON()[1] as object).sort(),
          cn: p.getParameter("cn"),
        })),
        organizers: event.getAllProperties("organizer").map((p) => String(p.getFirstValue())),
        start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
        end: (event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString(),
      };
    }),
  );
}

const HOSTILE_NAMES = [
  'Mallory" ;CN=x:mailto:mallory@evil.example',
  'Eve\\";RSVP=FALSE:mailto:eve@evil.example',
  "Trudy;ROLE=CHAIR:mailto:trudy@evil.example",
  "Oscar, Bell: mailto:oscar@evil.example",
  'Q"\u2028"uote',
];

describe("calendar invites", () => {
  it("a hostile name never adds an attendee or changes organiser and times, in either side's invite", async () => {
    const { advisor, user: advisorUser } = await createAdvisor(t.db);
    for (const [index, name] of HOSTILE_NAMES.entries()) {
      const startsAt = await slotAhead(advisor.id, 3, index);
      const input = bookingInput(advisor.id, startsAt, { name });
      const result = await book(input);
      expect(result, `${name}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
      await confirmFromMail(t.db, input.email);
      const booking = await t.db.booking.findFirstOrThrow({ where: { email: input.email } });
      const invites = (await invitesFor([input.email, advisorUser.email])).filter(
        (i) => i.start === booking.startsAt.toISOString(),
      );
      expect(invites.map((i) => i.to).sort()).toEqual([input.email, advisorUser.email].sort());
      for (const invite of invites) {
        expect(invite.attendees, name).toHaveLength(1);
        expect(invite.attendees[0]!.value.toLowerCase()).toBe(`mailto:${input.email}`);
        expect(invite.attendees[0]!.params).toEqual(["cn", "partstat", "role", "rsvp"]);
        expect(invite.attendees[0]!.cn).not.toMatch(/["\u0000-\u001f]/);
        expect(invite.organizers.map((o) => o.toLowerCase())).toEqual([`mailto:${advisorUser.email}`]);
        expect(invite.start).toBe(booking.startsAt.toISOString());
        expect(invite.end).toBe(booking.endsAt.toISOString());
      }
    }
  });
});

describe("the booking form as a way to mail strangers", () => {
  it("the prospect's mail carries our words and their first name; the goal reaches the advisor only, as plain text", async () => {
    const { advisor, user: advisorUser } = await createAdvisor(t.db);
    const input = bookingInput(advisor.id, await slotAhead(advisor.id, 5), {
      name: "Claim your prize at https://evil.example/win now",
      goal: "Visit https://evil.example/login to confirm your bank details",
      currentRole: "Winner www.evil.example",
    });
    expect(await book(input)).toMatchObject({ ok: true });
    // The confirmation request, and (once confirmed) the booked mail with its invite.
    expect(await t.db.emailOutbox.count({ where: { to: advisorUser.email } })).toBe(0);
    await confirmFromMail(t.db, input.email);
    const toProspect = await t.db.emailOutbox.findMany({ where: { to: input.email } });
    expect(toProspect.map((m) => m.kind).sort()).toEqual(["booking-confirmed", "booking-held"]);
    for (const mail of toProspect) {
      for (const part of [mail.text, mail.html ?? "", JSON.stringify(mail.attachments)])
        expect(part).not.toMatch(/evil|prize|bank details|Winner/);
      expect(mail.text).toMatch(/^Hi Claim,/);
    }
    const toAdvisor = await t.db.emailOutbox.findFirstOrThrow({ where: { to: advisorUser.email } });
    expect(toAdvisor.text).toContain("Visit https://evil.example/login to confirm your bank details");
    expect(toAdvisor.html).toContain("Visit https://evil.example/login");
    expect(toAdvisor.html).not.toMatch(/<a [^>]*evil/);
  });

  it("the open-bookings cap counts one mailbox: case and +tag do not make a new address", async () => {
    const { advisor } = await createAdvisor(t.db);
    const local = `cap${Date.now().toString(36)}`;
    const spellings = [`${local}@example.test`, `${local}+1@example.test`, `${local.toUpperCase()}+two@EXAMPLE.test`];
    for (const [i, email] of spellings.entries())
      expect(await book(bookingInput(advisor.id, await slotAhead(advisor.id, 3 + i), { email }))).toMatchObject({
        ok: true,
      });
    expect(
      await book(bookingInput(advisor.id, await slotAhead(advisor.id, 7), { email: `${local}+3@example.test` })),
    ).toMatchObject({ ok: false, error: expect.stringContaining("already have 3 upcoming consultations") });
  });

  it("one client (one address) cannot fill an advisor's calendar", async () => {
    const { advisor } = await createAdvisor(t.db);
    const ip = uniqueIp();
    const results = [];
    for (let i = 0; i < 6; i += 1)
      results.push(await book(bookingInput(advisor.id, await slotAhead(advisor.id, 3 + i)), ip));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.slice(3)).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ ok: false, code: "RATE_LIMITED" })),
    );
    expect(await t.db.booking.count({ where: { advisorId: advisor.id } })).toBe(3);
  });
});
