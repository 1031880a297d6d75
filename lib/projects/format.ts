// How project dates and states read on pages.
import { clockTime, dateFormat } from "../booking/format";
import { sessionDay } from "../cohorts/format";
import type { ProjectState } from "./queries";

/** "Sun 17 Jan 2027, 23:59" (the cohort pages' day format, with the year: a deadline may be months away). */
export function deadlineText(deadline: Date, timeZone: string, hour12 = false): string {
  const year = dateFormat("en-GB", { timeZone, year: "numeric" }).format(deadline);
  return `${sessionDay(deadline, timeZone)} ${year}, ${clockTime(deadline, timeZone, hour12)}`;
}

export const STATE_LABELS: Record<ProjectState, string> = {
  "not-submitted": "Not submitted",
  WAITING: "Waiting for review",
  PASSED: "Passed",
  CHANGES_REQUESTED: "Changes requested",
};

export const STATE_TONES = {
  "not-submitted": "neutral",
  WAITING: "brand",
  PASSED: "green",
  CHANGES_REQUESTED: "amber",
} as const satisfies Record<ProjectState, "neutral" | "brand" | "green" | "amber">;
