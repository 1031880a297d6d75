// The suggested order through the whole curriculum, from first API to architect. Pure: a course that is not
// published (yet) is skipped, so the list can name courses still being written.

export type TrackDefinition = { slug: string; title: string; why: string; courses: readonly string[] };

export const TRACKS: readonly TrackDefinition[] = [
  {
    slug: "foundations",
    title: "Foundations",
    why: "How services talk, how data is kept and how to test both: what every backend task builds on.",
    courses: [
      "backend-foundations",
      "http-apis-rest-graphql",
      "sql-data-modelling-postgresql",
      "building-services-with-frameworks",
      "testing-backends",
    ],
  },
  {
    slug: "production",
    title: "Safe and fast in production",
    why: "Keep attackers out and know who is calling, keep latency down as traffic grows, and pick the right store for each job.",
    courses: [
      "backend-security-essentials",
      "identity-oauth-oidc",
      "caching-performance-scalability",
      "nosql-choosing-a-store",
      "architecture-and-messaging",
    ],
  },
  {
    slug: "delivery",
    title: "Delivery and operations",
    why: "Ship it in containers, run it in the cloud, and know when it breaks before your users do.",
    courses: ["containers-cloud-delivery", "observability-reliability"],
  },
  {
    slug: "career",
    title: "The career",
    why: "From junior to senior and beyond: the path, the portfolio and the interviews.",
    courses: ["backend-career"],
  },
];

export type TrackStep<C> = { step: number; course: C };
export type ResolvedTrack<C> = Omit<TrackDefinition, "courses"> & { steps: TrackStep<C>[] };

/** The tracks with the published courses they name, numbered in one sequence; empty tracks are left out. */
export function resolveTracks<C extends { slug: string }>(
  tracks: readonly TrackDefinition[],
  published: readonly C[],
): ResolvedTrack<C>[] {
  const bySlug = new Map(published.map((course) => [course.slug, course]));
  const seen = new Set<string>();
  let step = 0;
  const resolved: ResolvedTrack<C>[] = [];
  for (const { courses, ...track } of tracks) {
    const steps: TrackStep<C>[] = [];
    for (const slug of courses) {
      const course = bySlug.get(slug);
      if (!course || seen.has(slug)) continue;
      seen.add(slug);
      steps.push({ step: ++step, course });
    }
    if (steps.length) resolved.push({ ...track, steps });
  }
  return resolved;
}

/** The whole path in numbers: how many courses it has and their minutes added up. */
export function pathTotals(tracks: readonly { steps: readonly TrackStep<{ totalMinutes: number }>[] }[]): {
  courses: number;
  minutes: number;
} {
  const steps = tracks.flatMap((t) => t.steps);
  return { courses: steps.length, minutes: steps.reduce((sum, s) => sum + s.course.totalMinutes, 0) };
}

/** Published courses no track names yet (a new course): listed last, so the order still covers everything. */
export function coursesOutsideTracks<C extends { slug: string }>(
  tracks: readonly TrackDefinition[],
  published: readonly C[],
): C[] {
  const named = new Set(tracks.flatMap((t) => t.courses));
  return published.filter((course) => !named.has(course.slug));
}
