// GET /api/cohorts/home?cohortId=: everything member-specific on the cohort home, as private JSON, after one
// session and one cohort access check (the prepared `cohort_access`): the next session and the schedule with the
// viewer's attendance, announcements, projects and where the member stands, the calendar feed links (members), and
// the viewer's zone and clock. The page itself is a shell with none of it (app/(learn)/cohorts/[id]/page.tsx), which
// the production server keeps (lib/http/member-shells.ts). A session's join link stays decided here: the answer says
// only whether it is open (`joinable`), never the room's address, which the join route redirects to.
// In lib/cohort-views, the JSON the cohort pages read: it joins the cohort (lib/cohorts) and its projects
// (lib/projects, which builds on cohorts), so it can live in neither without an import loop.
// One function, two doors: the route file, and the production server's own (offered below, lib/http/web-endpoints.ts).
import type { ActionDefinition } from "../actions/run-action";
import { personalQueryRoute } from "../actions/personal-json-route";
import { SIGNED_IN } from "../auth/action-access";
import { offerWebEndpoint } from "../http/web-endpoints";
import { cohortProjectsFor } from "../projects/queries";
import { CohortError, NO_SUCH_COHORT_MESSAGE } from "../cohorts/errors";
import { calendarFeedLinks, type CalendarFeedLinks } from "../cohorts/feed-service";
import {
  getCohortHome,
  type CohortAnnouncementView,
  type CohortHome,
  type CohortSessionView,
} from "../cohorts/queries";
import { cohortIdSchema } from "../cohorts/schema";
import { cohortAccess } from "../cohorts/staff";

export const COHORT_HOME_PATH = "/api/cohorts/home";

type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/** A session as the home shows it: `joinable` instead of the room's address. */
export type CohortSessionJson = Json<Omit<CohortSessionView, "joinUrl">> & { joinable: boolean };
type Project = Awaited<ReturnType<typeof cohortProjectsFor>>[number];

export type CohortHomeJson = {
  cohort: Json<CohortHome["cohort"]>;
  course: CohortHome["course"];
  mentors: string[];
  sessions: CohortSessionJson[];
  next: CohortSessionJson | null;
  announcements: Json<CohortAnnouncementView>[];
  viewer: CohortHome["viewer"];
  now: string;
  /** The viewer's profile zone and clock. */
  zone: string;
  hour12: boolean;
  projects: Json<Project>[];
  /** A member's calendar links; null for the cohort's staff. */
  feed: CalendarFeedLinks | null;
};

type Home = {
  home: CohortHome;
  zone: string;
  hour12: boolean;
  projects: Project[];
  feed: CalendarFeedLinks | null;
};

/** The member (or the cohort's staff) and their home; anyone else the same refusal as for no cohort. */
export const cohortHomeStateDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const access = await cohortAccess(user, cohortId);
    const member = access?.member ?? false;
    const staff = access?.staff ?? null;
    if (!member && !staff) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    const home = await getCohortHome(user.id, cohortId, new Date(), { staff: staff !== null, member });
    if (!home) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    // As on the page before: a member's own projects, the staff's list without anyone's standing.
    const projects = await cohortProjectsFor(member ? user.id : "", cohortId);
    const feed = member ? await calendarFeedLinks(user.id, cohortId) : null;
    return { home, zone: user.timeZone, hour12: user.hour12 ?? false, projects, feed };
  },
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, Home>;

function sessionJson({ joinUrl, ...session }: CohortSessionView): CohortSessionJson {
  return {
    ...session,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    joinOpensAt: session.joinOpensAt.toISOString(),
    joinable: joinUrl !== null,
  };
}

export function cohortHomeJson({ home, zone, hour12, projects, feed }: Home): CohortHomeJson {
  return {
    cohort: { ...home.cohort, startsAt: home.cohort.startsAt.toISOString(), endsAt: home.cohort.endsAt.toISOString() },
    course: home.course,
    mentors: home.mentors,
    sessions: home.sessions.map(sessionJson),
    next: home.next ? sessionJson(home.next) : null,
    announcements: home.announcements.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    viewer: home.viewer,
    now: home.now.toISOString(),
    zone,
    hour12,
    projects: projects.map((p) => ({ ...p, deadline: p.deadline.toISOString() })) as Json<Project>[],
    feed,
  };
}

export const cohortHomeAnswer = personalQueryRoute(cohortHomeStateDefinition, (data) =>
  Response.json({ ok: true, data: cohortHomeJson(data) }, { headers: { "Cache-Control": "no-store" } }),
);

offerWebEndpoint(COHORT_HOME_PATH, cohortHomeAnswer);
