// What learners may see of a course: lessons and modules the studio has published. A lesson or module added
// to a live course stays out of every learner-facing query (outline, lesson route, search, sitemap, progress
// and certificate totals) until the course is published again.
import type { Prisma } from "../db/generated/client";

export const PUBLISHED_MODULE = { published: true } satisfies Prisma.ModuleWhereInput;

export const PUBLISHED_LESSON = { published: true, module: PUBLISHED_MODULE } satisfies Prisma.LessonWhereInput;

/** The same rule for raw SQL over "Lesson" under the alias `l`. */
export const PUBLISHED_LESSON_SQL = `l."published" AND EXISTS (SELECT 1 FROM "Module" pm WHERE pm."id" = l."moduleId" AND pm."published")`;
