// Authoring a cohort course's projects in the studio: the brief, a deadline day that falls inside every
// cohort of the course, a rubric typed as text (one criterion a line) with a pass mark it can reach.
import { db } from "../db/client";
import { cohortLengthInDays } from "../cohorts/cohort-days";
import { maxPoints, parseRubricText, rubricSchema, rubricToText } from "../projects/rubric";
import type { ProjectFormInput } from "../projects/schema";
import { getEditableCourseOrThrow, getEditableModuleOrThrow, type StudioUser } from "./access";
import { StudioError } from "./errors";
import { slugify, uniqueSlug } from "./slug";

export async function saveCourseProject(user: StudioUser, input: ProjectFormInput) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  const parsed = parseRubricText(input.rubric);
  if ("error" in parsed) throw new StudioError(parsed.error, { rubric: [parsed.error] });
  const most = maxPoints(parsed.rubric);
  if (input.passMark > most)
    throw new StudioError(`The pass mark is more than the rubric's ${most} points.`, {
      passMark: [`Choose a pass mark of ${most} points or fewer.`],
    });
  await assertInsideEveryCohort(course.id, input.deadlineDay, "deadlineDay", "deadline");
  const data = {
    title: input.title,
    brief: input.brief,
    deadlineDay: input.deadlineDay,
    submissionKind: input.submissionKind,
    latePolicy: input.latePolicy,
    required: input.required,
    reviewCall: input.reviewCall,
    passMark: input.passMark,
    rubric: parsed.rubric,
  };
  if (input.projectId) {
    const updated = await db.courseProject.updateMany({ where: { id: input.projectId, courseId: course.id }, data });
    if (updated.count !== 1) throw new StudioError("This project was not found in the course.");
    return { projectId: input.projectId, courseId: course.id };
  }
  const taken = await db.courseProject.findMany({
    where: { courseId: course.id },
    select: { slug: true, position: true },
  });
  const created = await db.courseProject.create({
    data: {
      ...data,
      courseId: course.id,
      slug: uniqueSlug(
        slugify(input.title, "project"),
        taken.map((p) => p.slug),
      ),
      position: Math.max(0, ...taken.map((p) => p.position)) + 1,
    },
    select: { id: true },
  });
  return { projectId: created.id, courseId: course.id };
}

/** A cohort course's module opens this many days after each cohort's start (empty: from the start). */
export async function saveModuleReleaseDay(user: StudioUser, input: { moduleId: string; releaseDay: number | null }) {
  const mod = await getEditableModuleOrThrow(user, input.moduleId);
  if (input.releaseDay !== null)
    await assertInsideEveryCohort(mod.course.id, input.releaseDay, "releaseDay", "release day");
  await db.module.update({ where: { id: mod.id }, data: { releaseDay: input.releaseDay } });
  return { moduleId: mod.id, releaseDay: input.releaseDay };
}

async function assertInsideEveryCohort(courseId: string, day: number, field: string, what: string) {
  const cohorts = await db.cohort.findMany({
    where: { courseId },
    select: { title: true, startsAt: true, endsAt: true, timeZone: true },
  });
  const tooShort = cohorts.find((c) => cohortLengthInDays(c.startsAt, c.endsAt, c.timeZone) < day);
  if (!tooShort) return;
  const days = cohortLengthInDays(tooShort.startsAt, tooShort.endsAt, tooShort.timeZone);
  throw new StudioError(`That ${what} falls after the end of ${tooShort.title}.`, {
    [field]: [`Choose a day from 0 to ${days}: ${tooShort.title} lasts ${days} days.`],
  });
}

/** The studio's list of a course's projects, with each rubric as the text the form edits. */
export async function listCourseProjects(user: StudioUser, courseId: string) {
  const course = await getEditableCourseOrThrow(user, courseId);
  const projects = await db.courseProject.findMany({
    where: { courseId: course.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { _count: { select: { submissions: true } } },
  });
  const modules = await db.module.findMany({
    where: { courseId: course.id },
    orderBy: { position: "asc" },
    select: { id: true, title: true, releaseDay: true },
  });
  const list = projects.map((p) => ({
    id: p.id,
    title: p.title,
    brief: p.brief,
    deadlineDay: p.deadlineDay,
    submissionKind: p.submissionKind,
    latePolicy: p.latePolicy,
    required: p.required,
    reviewCall: p.reviewCall,
    passMark: p.passMark,
    rubricText: rubricToText(rubricSchema.parse(p.rubric)),
    archivedAt: p.archivedAt,
    submissions: p._count.submissions,
  }));
  return { projects: list, modules };
}
