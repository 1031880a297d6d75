// Bookable slots: a pure function of an advisor's rules, overrides and existing bookings. No I/O.
// Each local calendar date in the advisor's zone is walked on its own wall clock, then turned into
// instants, so a spring-forward gap drops the times that never show and an autumn overlap offers both.
import {
  addLocalDays,
  firstInstantAtOrAfter,
  formatLocalDate,
  instantsAt,
  lastInstantAt,
  localDateOf,
  MINUTE_MS,
  steadyOffsetOn,
  weekdayOf,
  type LocalDate,
} from "./local-time";

export type TimeWindow = { startMinute: number; endMinute: number };
export type WeeklyWindow = TimeWindow & { weekday: number };
/** A date's own hours; `windows: []` means the day off. */
export type DateOverrideWindows = { date: string; windows: TimeWindow[] };
/** What a live booking holds: its blocked range (buffers included) and when the meeting starts. */
export type BusyRange = { blockStart: number; blockEnd: number; startsAt: number };

export type AdvisorSchedule = {
  advisorId: string;
  timeZone: string;
  weekly: WeeklyWindow[];
  overrides: DateOverrideWindows[];
  busy: BusyRange[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  /** Most meetings on one local date; null for no cap. */
  dailyCap: number | null;
};

export type SlotQuery = { from: number; to: number; now: number; durationMinutes: number; stepMinutes?: number };
export type Slot = { advisorId: string; start: number; end: number };

function windowsFor(schedule: AdvisorSchedule, date: LocalDate, overrides: Map<string, TimeWindow[]>): TimeWindow[] {
  return overrides.get(formatLocalDate(date)) ?? schedule.weekly.filter((w) => w.weekday === weekdayOf(date));
}

function overlapsBusy(blockStart: number, blockEnd: number, busy: BusyRange[]): boolean {
  for (const range of busy) if (blockStart < range.blockEnd && range.blockStart < blockEnd) return true;
  return false;
}

/** Every start time of one window on one date, on a grid from the window's start (wall clock). */
function windowStarts(
  schedule: AdvisorSchedule,
  date: LocalDate,
  window: TimeWindow,
  duration: number,
  step: number,
): number[] {
  const zone = schedule.timeZone;
  const steady = steadyOffsetOn(date, zone);
  const starts: number[] = [];
  if (steady !== null) {
    // The common case: one offset all day, so each wall time is one instant.
    const midnight = Date.UTC(date.year, date.month - 1, date.day) - steady * MINUTE_MS;
    for (let m = window.startMinute; m + duration <= window.endMinute; m += step) starts.push(midnight + m * MINUTE_MS);
    return starts;
  }
  const windowStart = firstInstantAtOrAfter(date, window.startMinute, zone);
  const windowEnd = lastInstantAt(date, window.endMinute, zone);
  // Walk far enough to cover the extra wall-clock time an autumn overlap repeats.
  for (let m = window.startMinute; m < window.endMinute; m += step) {
    for (const start of instantsAt(date, m, zone)) {
      if (start >= windowStart && start + duration * MINUTE_MS <= windowEnd) starts.push(start);
    }
  }
  return starts;
}

export function computeSlots(schedule: AdvisorSchedule, query: SlotQuery): Slot[] {
  const duration = query.durationMinutes;
  const step = query.stepMinutes ?? duration;
  const earliest = Math.max(query.from, query.now + schedule.minNoticeMinutes * MINUTE_MS);
  const latest = Math.min(query.to, query.now + schedule.horizonDays * 24 * 60 * MINUTE_MS);
  if (earliest >= latest || duration <= 0 || step <= 0) return [];

  const overrides = new Map<string, TimeWindow[]>();
  for (const override of schedule.overrides)
    overrides.set(override.date, [...(overrides.get(override.date) ?? []), ...override.windows]);
  const perDate = new Map<string, number>();
  for (const range of schedule.busy) {
    const key = formatLocalDate(localDateOf(range.startsAt, schedule.timeZone));
    perDate.set(key, (perDate.get(key) ?? 0) + 1);
  }

  const slots: Slot[] = [];
  const last = localDateOf(latest, schedule.timeZone);
  const lastKey = formatLocalDate(last);
  // Start a day early: a window late on the previous local date can still end inside the range.
  for (
    let date = addLocalDays(localDateOf(earliest, schedule.timeZone), -1);
    formatLocalDate(date) <= lastKey;
    date = addLocalDays(date, 1)
  ) {
    const key = formatLocalDate(date);
    if (schedule.dailyCap !== null && (perDate.get(key) ?? 0) >= schedule.dailyCap) continue;
    const seen = new Set<number>();
    for (const window of windowsFor(schedule, date, overrides)) {
      for (const start of windowStarts(schedule, date, window, duration, step)) {
        const end = start + duration * MINUTE_MS;
        if (start < earliest || start >= latest || seen.has(start)) continue;
        const blockStart = start - schedule.bufferBeforeMinutes * MINUTE_MS;
        const blockEnd = end + schedule.bufferAfterMinutes * MINUTE_MS;
        if (overlapsBusy(blockStart, blockEnd, schedule.busy)) continue;
        seen.add(start);
        slots.push({ advisorId: schedule.advisorId, start, end });
      }
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** The slots of several advisors merged by start time, each with the advisors free then. */
export function mergeSlots(slotLists: Slot[][]): Array<{ start: number; end: number; advisorIds: string[] }> {
  const byStart = new Map<number, { start: number; end: number; advisorIds: string[] }>();
  for (const slot of slotLists.flat()) {
    const entry = byStart.get(slot.start) ?? { start: slot.start, end: slot.end, advisorIds: [] };
    entry.advisorIds.push(slot.advisorId);
    byStart.set(slot.start, entry);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Slots grouped by the calendar date the visitor sees them on, in the visitor's zone. */
export function groupByLocalDate<T extends { start: number }>(slots: T[], timeZone: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const slot of slots) {
    const key = formatLocalDate(localDateOf(slot.start, timeZone));
    const group = groups.get(key);
    if (group) group.push(slot);
    else groups.set(key, [slot]);
  }
  return groups;
}
