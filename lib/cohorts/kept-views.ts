// The statements behind the cohort pages' answers (the access check, the home, the member's projects and calendar
// link, the review queue and its upcoming calls) run on every view of a page that a whole cohort opens many times
// a day. On PGlite their rows are kept until a write to a table they read notifies `cohort_views` (migration
// 20261207093000_cohort_views_notify; lib/db/kept-rows.ts): cohorts, courses and their instructors, enrolments,
// mentors, sessions, attendance, announcements, projects, submissions, calendar feeds, bookings, advisors, and
// people's names. Every decision (who may see, what is open, what is overdue) is still made per request from them.
import type { RowKeeper } from "../db/kept-rows";

export const COHORT_VIEW_ROWS: RowKeeper = { channel: "cohort_views", max: 5_000 };
