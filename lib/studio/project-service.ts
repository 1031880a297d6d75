// Authoring a cohort course's projects in the studio: the brief, a deadline day that falls inside every
// cohort of the course, a rubric typed as text (one criterion a line) with a pass mark it can reach.
import { db } from "../db/client";
import { cohortLengthInDays } from "../cohorts/cohort-days";
import { maxPoints, parseRubricText, rubricSchema, rubricToText } from "../projects/rubric";
import type { ProjectFormInput } from "../projects/schema";
import { getEditableCourseOrThrow, type StudioUser } from "./access";
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
  const cohorts = await db.cohort.findMany({
    where: { courseId: course.id },
    select: { title: true, startsAt: true, endsAt: true, timeZone: true },
  });
  const tooShort = cohorts.find((c) => cohortLengthInDays(c.startsAt, c.endsAt, c.timeZone) < input.deadlineDay);
  if (tooShort) {
    const days = cohortLengthInDays(tooShort.startsAt, tooShort.endsAt, tooShort.timeZone);
    throw new StudioError(`That deadline falls after the end of ${tooShort.title}.`, {
      deadlineDay: [`Choose a day from 0 to ${days}: ${tooShort.title} lasts ${days} days.`],
    });
  }
  const data = {
    title: input.title,
    brief: input.brief,
    deadlineDay: input.deadlineDay,
    submissionKind: input.submissionKind,
    latePolicy: input.latePolicy,
    required: input.required,
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

/** The studio's list of a course's projects, with each rubric as the text the form edits. */
export async function listCourseProjects(user: StudioUser, courseId: string) {
  const course = await getEditableCourseOrThrow(user, courseId);
  const projects = await db.courseProject.findMany({
    where: { courseId: course.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return projects.map((p) => ({
    id: p.id,
    title: p.title,
    brief: p.brief,
    deadlineDay: p.deadlineDay,
    submissionKind: p.submissionKind,
    latePolicy: p.latePolicy,
    required: p.required,
    passMark: p.passMark,
    rubricText: rubricToText(rubricSchema.parse(p.rubric)),
  }));
}
