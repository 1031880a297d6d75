import { describe, expect, it } from "vitest";
import {
  computeSlots,
  groupByLocalDate,
  mergeSlots,
  type AdvisorSchedule,
  type WeeklyWindow,
} from "@/lib/booking/slots";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
const HOUR = 3_600_000;

function everyDay(startMinute: number, endMinute: number): WeeklyWindow[] {
  return [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute, endMinute }));
}

function schedule(overrides: Partial<AdvisorSchedule> = {}): AdvisorSchedule {
  return {
    advisorId: "a1",
    timeZone: "Europe/London",
    weekly: everyDay(9 * 60, 17 * 60),
    overrides: [],
    busy: [],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 365,
    dailyCap: null,
    ...overrides,
  };
}

/** Slots of one local date: the query spans that date ±1 day, "now" far before it. */
function slotsOn(date: string, s: AdvisorSchedule, durationMinutes = 30) {
  const from = at(`${date}T00:00:00Z`) - 36 * HOUR;
  return computeSlots(s, { from, to: from + 72 * HOUR, now: from - 24 * HOUR, durationMinutes }).map((slot) =>
    iso(slot.start),
  );
}

function startsOnLocalDate(date: string, s: AdvisorSchedule) {
  return (
    groupByLocalDate(
      computeSlots(s, {
        from: at(`${date}T00:00:00Z`) - 36 * HOUR,
        to: at(`${date}T00:00:00Z`) + 36 * HOUR,
        now: at(`${date}T00:00:00Z`) - 48 * HOUR,
        durationMinutes: 30,
      }),
      s.timeZone,
    ).get(date) ?? []
  ).map((slot) => iso(slot.start));
}

describe("slots across daylight-saving changes", () => {
  it("Europe/London spring forward (2026-03-29): times in the skipped hour never show", () => {
    const s = schedule({ weekly: everyDay(0, 4 * 60) });
    expect(startsOnLocalDate("2026-03-29", s)).toEqual([
      "2026-03-29T00:00:00Z",
      "2026-03-29T00:30:00Z",
      "2026-03-29T01:00:00Z",
      "2026-03-29T01:30:00Z",
      "2026-03-29T02:00:00Z",
      "2026-03-29T02:30:00Z",
    ]);
  });

  it("Europe/London spring forward: a 09:00–17:00 day is in BST (08:00Z) and has all 16 slots", () => {
    const slots = startsOnLocalDate("2026-03-29", schedule());
    expect(slots).toHaveLength(16);
    expect(slots[0]).toBe("2026-03-29T08:00:00Z");
    expect(startsOnLocalDate("2026-03-28", schedule())[0]).toBe("2026-03-28T09:00:00Z");
  });

  it("Europe/London fall back (2026-10-25): the repeated hour is offered twice, the day has 4 real hours", () => {
    const s = schedule({ weekly: everyDay(0, 3 * 60) });
    expect(startsOnLocalDate("2026-10-25", s)).toEqual([
      "2026-10-24T23:00:00Z",
      "2026-10-24T23:30:00Z",
      "2026-10-25T00:00:00Z",
      "2026-10-25T00:30:00Z", // 01:00 and 01:30 BST
      "2026-10-25T01:00:00Z",
      "2026-10-25T01:30:00Z", // 01:00 and 01:30 GMT
      "2026-10-25T02:00:00Z",
      "2026-10-25T02:30:00Z",
    ]);
    expect(startsOnLocalDate("2026-10-25", schedule())[0]).toBe("2026-10-25T09:00:00Z");
  });

  it("America/New_York spring forward (2026-03-08): 02:00–03:00 is skipped, 09:00 is 13:00Z", () => {
    const ny = schedule({ timeZone: "America/New_York", weekly: everyDay(60, 4 * 60) });
    expect(startsOnLocalDate("2026-03-08", ny)).toEqual([
      "2026-03-08T06:00:00Z",
      "2026-03-08T06:30:00Z",
      "2026-03-08T07:00:00Z",
      "2026-03-08T07:30:00Z",
    ]);
    expect(startsOnLocalDate("2026-03-08", schedule({ timeZone: "America/New_York" }))[0]).toBe("2026-03-08T13:00:00Z");
    expect(startsOnLocalDate("2026-03-07", schedule({ timeZone: "America/New_York" }))[0]).toBe("2026-03-07T14:00:00Z");
  });

  it("America/New_York fall back (2026-11-01): 01:00–02:00 happens twice", () => {
    const ny = schedule({ timeZone: "America/New_York", weekly: everyDay(60, 2 * 60) });
    expect(startsOnLocalDate("2026-11-01", ny)).toEqual([
      "2026-11-01T05:00:00Z",
      "2026-11-01T05:30:00Z",
      "2026-11-01T06:00:00Z",
      "2026-11-01T06:30:00Z",
    ]);
    expect(startsOnLocalDate("2026-11-01", schedule({ timeZone: "America/New_York" }))[0]).toBe("2026-11-01T14:00:00Z");
  });

  it("a zone without daylight saving (Asia/Tokyo) keeps the same instants all year", () => {
    const tokyo = schedule({ timeZone: "Asia/Tokyo" });
    for (const date of ["2026-01-15", "2026-03-29", "2026-07-01", "2026-10-25"]) {
      expect(startsOnLocalDate(date, tokyo)[0]).toBe(`${date}T00:00:00Z`);
      expect(startsOnLocalDate(date, tokyo)).toHaveLength(16);
    }
  });

  it("Australia/Lord_Howe's half-hour shift: 02:00–02:30 skipped on 2026-10-04", () => {
    const lh = schedule({ timeZone: "Australia/Lord_Howe", weekly: everyDay(60, 4 * 60) });
    expect(startsOnLocalDate("2026-10-04", lh)).toEqual([
      "2026-10-03T14:30:00Z",
      "2026-10-03T15:00:00Z",
      "2026-10-03T15:30:00Z",
      "2026-10-03T16:00:00Z",
      "2026-10-03T16:30:00Z",
    ]);
  });

  it("Australia/Lord_Howe's half-hour shift: 01:30–02:00 repeated on 2026-04-05", () => {
    const lh = schedule({ timeZone: "Australia/Lord_Howe", weekly: everyDay(60, 3 * 60) });
    expect(startsOnLocalDate("2026-04-05", lh)).toEqual([
      "2026-04-04T14:00:00Z",
      "2026-04-04T14:30:00Z",
      "2026-04-04T15:00:00Z",
      "2026-04-04T15:30:00Z",
      "2026-04-04T16:00:00Z",
    ]);
  });

  it("a window that ends inside the spring gap ends at the jump", () => {
    const s = schedule({ weekly: everyDay(0, 90) }); // until 01:30, which 2026-03-29 skips
    expect(startsOnLocalDate("2026-03-29", s)).toEqual(["2026-03-29T00:00:00Z", "2026-03-29T00:30:00Z"]);
  });
});

describe("a visitor in another zone", () => {
  it("sees a London advisor's 09:00 at 01:00 in Los Angeles, and 02:00 while only the US has changed", () => {
    const s = schedule();
    const first = (date: string) =>
      computeSlots(s, {
        from: at(`${date}T00:00:00Z`),
        to: at(`${date}T23:59:00Z`),
        now: at("2026-03-01T00:00:00Z"),
        durationMinutes: 30,
      })[0]!.start;
    const la = (ms: number) =>
      new Intl.DateTimeFormat("en-GB", { timeZone: "America/Los_Angeles", hour: "2-digit", minute: "2-digit" }).format(
        ms,
      );
    expect(la(first("2026-03-02"))).toBe("01:00"); // GMT and PST
    expect(la(first("2026-03-16"))).toBe("02:00"); // GMT and PDT: the US moved on 03-08, the UK not until 03-29
    expect(la(first("2026-03-30"))).toBe("01:00"); // BST and PDT
  });

  it("groups slots by the visitor's own date: a Tokyo visitor sees late London afternoons the next day", () => {
    const slots = computeSlots(schedule(), {
      from: at("2026-07-01T00:00:00Z"),
      to: at("2026-07-01T23:59:00Z"),
      now: at("2026-06-30T00:00:00Z"),
      durationMinutes: 30,
    });
    const groups = groupByLocalDate(slots, "Asia/Tokyo");
    expect([...groups.keys()]).toEqual(["2026-07-01", "2026-07-02"]);
    expect(
      groups
        .get("2026-07-01")!
        .map((slot) => iso(slot.start))
        .at(-1),
    ).toBe("2026-07-01T14:30:00Z"); // 23:30 in Tokyo
  });
});

describe("rules", () => {
  const DAY = "2026-07-01"; // a Wednesday

  it("several ranges a day, nothing on days without rules", () => {
    const s = schedule({
      weekly: [
        { weekday: 3, startMinute: 9 * 60, endMinute: 10 * 60 },
        { weekday: 3, startMinute: 14 * 60, endMinute: 15 * 60 },
      ],
    });
    expect(startsOnLocalDate(DAY, s)).toEqual([
      "2026-07-01T08:00:00Z",
      "2026-07-01T08:30:00Z",
      "2026-07-01T13:00:00Z",
      "2026-07-01T13:30:00Z",
    ]);
    expect(startsOnLocalDate("2026-07-02", s)).toEqual([]);
  });

  it("a slot longer than what is left of a window is not offered", () => {
    expect(
      slotsOn(DAY, schedule({ weekly: [{ weekday: 3, startMinute: 9 * 60, endMinute: 10 * 60 + 30 }] }), 45),
    ).toEqual(["2026-07-01T08:00:00Z", "2026-07-01T08:45:00Z"]);
  });

  it("an existing booking and its buffers block the slots they touch", () => {
    const start = at("2026-07-01T10:00:00Z");
    const busy = [{ startsAt: start, blockStart: start - 15 * 60_000, blockEnd: start + 45 * 60_000 }];
    const s = schedule({ busy, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 });
    const slots = startsOnLocalDate(DAY, s);
    expect(slots).not.toContain("2026-07-01T09:30:00Z"); // would end inside the other booking's buffer before
    expect(slots).not.toContain("2026-07-01T10:00:00Z");
    expect(slots).not.toContain("2026-07-01T10:30:00Z"); // inside its buffer after
    expect(slots).toContain("2026-07-01T11:00:00Z");
    // This advisor's own buffer after pushes the free slot before it out too.
    expect(startsOnLocalDate(DAY, schedule({ busy, bufferAfterMinutes: 20 }))).not.toContain("2026-07-01T09:00:00Z");
    expect(startsOnLocalDate(DAY, schedule({ busy, bufferAfterMinutes: 20 }))).toContain("2026-07-01T08:30:00Z");
    expect(startsOnLocalDate(DAY, schedule({ busy, bufferBeforeMinutes: 20 }))).not.toContain("2026-07-01T11:00:00Z");
  });

  it("minimum notice and the booking horizon bound the range", () => {
    const now = at("2026-07-01T09:10:00Z");
    const slots = computeSlots(schedule({ minNoticeMinutes: 120, horizonDays: 2 }), {
      from: now,
      to: now + 30 * 24 * HOUR,
      now,
      durationMinutes: 30,
    });
    expect(iso(slots[0]!.start)).toBe("2026-07-01T11:30:00Z");
    expect(iso(slots.at(-1)!.start)).toBe("2026-07-03T09:00:00Z"); // the last start before now + 48 h
    expect(slots.every((slot) => slot.start <= now + 48 * HOUR)).toBe(true);
  });

  it("past slots are never offered", () => {
    const now = at("2026-07-01T12:00:00Z");
    const slots = computeSlots(schedule(), {
      from: at("2026-07-01T00:00:00Z"),
      to: at("2026-07-01T23:00:00Z"),
      now,
      durationMinutes: 30,
    });
    expect(iso(slots[0]!.start)).toBe("2026-07-01T12:00:00Z");
  });

  it("a date override replaces the weekly hours: other hours, or the day off", () => {
    const other = schedule({ overrides: [{ date: DAY, windows: [{ startMinute: 18 * 60, endMinute: 19 * 60 }] }] });
    expect(startsOnLocalDate(DAY, other)).toEqual(["2026-07-01T17:00:00Z", "2026-07-01T17:30:00Z"]);
    expect(startsOnLocalDate(DAY, schedule({ overrides: [{ date: DAY, windows: [] }] }))).toEqual([]);
    expect(startsOnLocalDate("2026-07-02", other)).toHaveLength(16);
  });

  it("the daily cap closes a local date once it has that many meetings", () => {
    const start = at("2026-07-01T08:00:00Z");
    const busy = [{ startsAt: start, blockStart: start, blockEnd: start + 30 * 60_000 }];
    expect(startsOnLocalDate(DAY, schedule({ busy, dailyCap: 1 }))).toEqual([]);
    expect(startsOnLocalDate(DAY, schedule({ busy, dailyCap: 2 }))).toHaveLength(15);
    expect(startsOnLocalDate("2026-07-02", schedule({ busy, dailyCap: 1 }))).toHaveLength(16);
  });

  it("merges advisors by start time for round-robin", () => {
    const a = computeSlots(schedule({ advisorId: "a" }), {
      from: at("2026-07-01T00:00:00Z"),
      to: at("2026-07-01T23:00:00Z"),
      now: at("2026-06-30T00:00:00Z"),
      durationMinutes: 30,
    });
    const b = computeSlots(schedule({ advisorId: "b", weekly: everyDay(16 * 60, 18 * 60) }), {
      from: at("2026-07-01T00:00:00Z"),
      to: at("2026-07-01T23:00:00Z"),
      now: at("2026-06-30T00:00:00Z"),
      durationMinutes: 30,
    });
    const merged = mergeSlots([a, b]);
    expect(merged.find((slot) => iso(slot.start) === "2026-07-01T15:00:00Z")?.advisorIds).toEqual(["a", "b"]);
    expect(merged.find((slot) => iso(slot.start) === "2026-07-01T16:30:00Z")?.advisorIds).toEqual(["b"]);
  });
});
