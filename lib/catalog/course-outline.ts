// Pure helpers over a course's module/lesson tree (no I/O).

type OutlineLesson = { slug: string; title: string; minutes: number; freePreview: boolean };
type OutlineModule<L extends OutlineLesson> = { lessons: L[] };

export function flattenLessons<L extends OutlineLesson>(modules: OutlineModule<L>[]): L[] {
  return modules.flatMap((m) => m.lessons);
}

export function totalMinutes(modules: OutlineModule<OutlineLesson>[]): number {
  return flattenLessons(modules).reduce((sum, lesson) => sum + lesson.minutes, 0);
}

export function neighbours<L extends OutlineLesson>(
  modules: OutlineModule<L>[],
  slug: string,
): { previous: L | null; next: L | null } {
  const lessons = flattenLessons(modules);
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index === -1) return { previous: null, next: null };
  return { previous: lessons[index - 1] ?? null, next: lessons[index + 1] ?? null };
}

/**
 * Free-preview lessons are open to everyone; the rest needs an enrolment (one click for a free course).
 * With sequential gating, an enrolled learner's lessons past the first unfinished one stay locked.
 */
export function canReadLesson(
  lesson: { id: string; freePreview: boolean },
  enrolled: boolean,
  locked: ReadonlySet<string> = new Set(),
): boolean {
  return lesson.freePreview || (enrolled && !locked.has(lesson.id));
}

/** Open checkouts (`payments`) hold a seat until they are paid or expire. */
export function seatsLeft(cohort: { seats: number; _count: { enrollments: number; payments?: number } }): number {
  return Math.max(0, cohort.seats - cohort._count.enrollments - (cohort._count.payments ?? 0));
}
