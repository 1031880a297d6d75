// A course row as the front matter of its course.md (lib/content courseFrontSchema input).
import type { Cohort, CourseFormat, Level, Topic } from "../db/generated/client";

type CourseForFront = {
  title: string;
  summary: string;
  topic: Topic;
  level: Level;
  format: CourseFormat;
  priceCents: number;
  currency: string;
  featured: boolean;
  sequential: boolean;
  outcomes: string[];
  instructor: { email: string };
  cohorts: Pick<Cohort, "title" | "startsAt" | "endsAt" | "seats" | "timeZone">[];
};

export function courseFrontOf(course: CourseForFront): Record<string, unknown> {
  return {
    title: course.title,
    summary: course.summary,
    topic: course.topic.toLowerCase(),
    level: course.level.toLowerCase(),
    format: course.format === "COHORT" ? "cohort" : "self-paced",
    priceCents: course.priceCents,
    currency: course.currency,
    instructor: course.instructor.email,
    featured: course.featured,
    sequential: course.sequential,
    outcomes: course.outcomes,
    cohorts: course.cohorts.map((c) => ({
      title: c.title,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      seats: c.seats,
      timeZone: c.timeZone,
    })),
  };
}
