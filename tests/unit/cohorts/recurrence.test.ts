import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { expandRecurrence, recurrenceSchema, type RecurrenceInput } from "@/lib/cohorts/recurrence";

const berlin: RecurrenceInput = {
  weekdays: ["MON", "THU"],
  time: "18:00",
  durationMinutes: 90,
  timeZone: "Europe/Berlin",
  from: "2027-03-15",
  weeks: 5,
};

const iso = (d: Date) => d.toISOString();
/** The wall clock in a zone, "Mon 18:00". */
const wall = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" }).format(d);

function messagesOf(input: unknown): string[] {
  const result = recurrenceSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("expandRecurrence", () => {
  it("Europe/Berlin across 2027-03-28 (spring forward): 18:00 stays, the instant moves from 17:00Z to 16:00Z", () => {
    const sessions = expandRecurrence(berlin);
    expect(sessions.map((s) => s.localDate)).toEqual([
      "2027-03-15",
      "2027-03-18",
      "2027-03-22",
      "2027-03-25",
      "2027-03-29",
      "2027-04-01",
      "2027-04-05",
      "2027-04-08",
      "2027-04-12",
      "2027-04-15",
    ]);
    expect(sessions.every((s) => wall(s.startsAt, "Europe/Berlin").endsWith("18:00"))).toBe(true);
    expect(iso(sessions[3]!.startsAt)).toBe("2027-03-25T17:00:00.000Z"); // CET, UTC+1
    expect(iso(sessions[4]!.startsAt)).toBe("2027-03-29T16:00:00.000Z"); // CEST, UTC+2
    expect(iso(sessions[4]!.endsAt)).toBe("2027-03-29T17:30:00.000Z");
    expect(sessions.map((s) => s.weekday)).toEqual(Array(5).fill(["MON", "THU"]).flat());
  });

  it("Europe/Berlin across 2027-10-31 (fall back): the instant moves from 16:00Z to 17:00Z", () => {
    const sessions = expandRecurrence({ ...berlin, from: "2027-10-25", weeks: 2 });
    expect(sessions.map((s) => iso(s.startsAt))).toEqual([
      "2027-10-25T16:00:00.000Z",
      "2027-10-28T16:00:00.000Z",
      "2027-11-01T17:00:00.000Z",
      "2027-11-04T17:00:00.000Z",
    ]);
  });

  it("America/New_York across 2027-03-14 and 2027-11-07: 19:00 local every time, 00:00Z then 23:00Z and back", () => {
    const spring = expandRecurrence({
      weekdays: ["TUE"],
      time: "19:00",
      durationMinutes: 120,
      timeZone: "America/New_York",
      from: "2027-03-02",
      weeks: 3,
    });
    expect(spring.map((s) => iso(s.startsAt))).toEqual([
      "2027-03-03T00:00:00.000Z", // EST, UTC-5: Tuesday 19:00 is Wednesday 00:00Z
      "2027-03-10T00:00:00.000Z",
      "2027-03-16T23:00:00.000Z", // EDT, UTC-4
    ]);
    const autumn = expandRecurrence({
      weekdays: ["SUN", "MON"],
      time: "19:00",
      durationMinutes: 60,
      timeZone: "America/New_York",
      from: "2027-10-31",
      weeks: 2,
    });
    expect(autumn.map((s) => iso(s.startsAt))).toEqual([
      "2027-10-31T23:00:00.000Z",
      "2027-11-01T23:00:00.000Z",
      "2027-11-08T00:00:00.000Z", // Sunday 7 November, the change day itself: EST from 02:00 on
      "2027-11-09T00:00:00.000Z",
    ]);
    expect(autumn.every((s) => wall(s.startsAt, "America/New_York").endsWith("19:00"))).toBe(true);
  });

  it("a time the spring change skips starts when the clock jumps past it; a repeated one is the first", () => {
    const [skipped] = expandRecurrence({ ...berlin, weekdays: ["SUN"], time: "02:30", from: "2027-03-28", weeks: 1 });
    expect(iso(skipped!.startsAt)).toBe("2027-03-28T01:00:00.000Z"); // 03:00 CEST
    const [repeated] = expandRecurrence({ ...berlin, weekdays: ["SUN"], time: "02:30", from: "2027-10-31", weeks: 1 });
    expect(iso(repeated!.startsAt)).toBe("2027-10-31T00:30:00.000Z"); // 02:30 CEST, the first of the two
  });

  it("stops at `until` and repeats nothing when a weekday is named twice", () => {
    const sessions = expandRecurrence({ ...berlin, weekdays: ["MON", "MON"], until: "2027-03-29" });
    expect(sessions.map((s) => s.localDate)).toEqual(["2027-03-15", "2027-03-22", "2027-03-29"]);
  });
});

describe("recurrenceSchema refuses bad input with a message a person can act on", () => {
  it("an unknown time zone", () => {
    expect(messagesOf({ ...berlin, timeZone: "Europe/Atlantis" })).toEqual([
      "Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York.",
    ]);
  });

  it("an end before the start: a last date before the first, or a length of zero or less", () => {
    expect(messagesOf({ ...berlin, until: "2027-03-01" })).toEqual([
      "The schedule ends before it starts: choose a last date on or after the first.",
    ]);
    expect(messagesOf({ ...berlin, durationMinutes: -30 })).toEqual([
      "A session must end after it starts and last at least 15 minutes.",
    ]);
  });

  it("zero weeks, no weekday, a time that is not HH:MM", () => {
    expect(messagesOf({ ...berlin, weeks: 0 })).toEqual(["A schedule runs for at least one week."]);
    expect(messagesOf({ ...berlin, weekdays: [] })).toEqual(["Choose at least one weekday."]);
    expect(messagesOf({ ...berlin, time: "6pm" })).toEqual(["Enter the start time as HH:MM, for example 18:00."]);
  });

  it("expandRecurrence throws the ZodError itself", () => {
    expect(() => expandRecurrence({ ...berlin, weeks: 0 })).toThrow(ZodError);
    expect(() => expandRecurrence({ ...berlin, timeZone: "Mars/Olympus" })).toThrow(/Unknown time zone/);
  });
});

describe("how a series ends: after a number of sessions, on a last date, whichever comes first", () => {
  const weekly = {
    weekdays: ["MON", "THU"],
    time: "18:00",
    durationMinutes: 60,
    timeZone: "Europe/Berlin",
  } satisfies Partial<RecurrenceInput>;

  it("ends by count across both 2027 changes in Berlin: 18:00 local each time, the instant moves twice", () => {
    const sessions = expandRecurrence({ ...weekly, from: "2027-03-22", count: 3 });
    expect(sessions.map((s) => iso(s.startsAt))).toEqual([
      "2027-03-22T17:00:00.000Z",
      "2027-03-25T17:00:00.000Z",
      "2027-03-29T16:00:00.000Z",
    ]);
    const autumn = expandRecurrence({ ...weekly, weekdays: ["SUN"], from: "2027-10-24", count: 2 });
    expect(autumn.map((s) => iso(s.startsAt))).toEqual(["2027-10-24T16:00:00.000Z", "2027-10-31T17:00:00.000Z"]);
    expect([...sessions, ...autumn].every((s) => wall(s.startsAt, "Europe/Berlin").endsWith("18:00"))).toBe(true);
  });

  it("ends on a last date (inclusive), and the earlier of a count and a last date wins", () => {
    const byDate = expandRecurrence({ ...weekly, from: "2027-03-15", until: "2027-03-25" });
    expect(byDate.map((s) => s.localDate)).toEqual(["2027-03-15", "2027-03-18", "2027-03-22", "2027-03-25"]);
    expect(expandRecurrence({ ...weekly, from: "2027-03-15", until: "2027-03-25", count: 2 })).toHaveLength(2);
    expect(expandRecurrence({ ...weekly, from: "2027-03-15", until: "2027-03-18", count: 10 })).toHaveLength(2);
  });

  it("a first date that is not one of the weekdays starts on the next one", () => {
    const [first] = expandRecurrence({ ...weekly, from: "2027-03-16", count: 1 });
    expect(first!.localDate).toBe("2027-03-18");
    expect(first!.weekday).toBe("THU");
  });

  it("refuses a series with no end, more than 60 sessions, or an end before its start", () => {
    expect(messagesOf({ ...weekly, from: "2027-03-15" })).toEqual([
      "Say when the series ends: after a number of sessions, or on a last date.",
    ]);
    expect(messagesOf({ ...weekly, from: "2027-03-15", count: 61 })).toEqual([
      "A series has at most 60 sessions: split a longer schedule in two.",
    ]);
    expect(messagesOf({ ...weekly, weekdays: ["MON", "TUE", "WED"], from: "2027-01-04", until: "2027-12-31" })).toEqual(
      ["A series has at most 60 sessions: choose an earlier last date or fewer weekdays."],
    );
    expect(messagesOf({ ...weekly, from: "2027-03-15", count: 0 })).toEqual(["A series has at least one session."]);
    expect(messagesOf({ ...weekly, from: "2027-02-30", count: 2 })).toEqual(["Enter the first date as YYYY-MM-DD."]);
    expect(messagesOf({ ...weekly, from: "2027-03-15", until: "2027-03-14" })).toEqual([
      "The schedule ends before it starts: choose a last date on or after the first.",
    ]);
  });

  it("sixty sessions are allowed: the limit itself is not refused", () => {
    const all = expandRecurrence({ ...weekly, weekdays: ["MON", "TUE", "WED"], from: "2027-01-04", count: 60 });
    expect(all).toHaveLength(60);
    expect(new Set(all.map((s) => s.startsAt.getTime())).size).toBe(60);
  });
});
