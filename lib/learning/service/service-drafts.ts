// A learner's work on each file of a small-service project, kept on the server as they type (the page saves a
// file a moment after the last keystroke), so that another device opens the project as they left it. Only an
// enrolled learner's own rows, only the exercise's editable files; the checked answer is LessonProgress.lastAnswer.
import { db } from "../../db/client";
import { LearningError } from "../errors";
import { findExerciseLesson, isEnrolled } from "../exercise-submission";
import { isService } from "../schema";

export type ServiceFileDrafts = Record<string, { source: string; savedAt: string }>;

export async function saveServiceFileDraft(
  userId: string,
  lessonId: string,
  path: string,
  source: string,
): Promise<{ savedAt: string }> {
  const lesson = await findExerciseLesson(lessonId);
  if (!isService(lesson.exercise)) throw new LearningError("This exercise has no project files to save.");
  if (!(await isEnrolled(userId, lesson.courseId))) throw new LearningError("Enrol in this course to save your files.");
  const file = lesson.exercise.files.find((f) => f.path === path);
  if (!file) throw new LearningError(`This project has no file named ${path}.`);
  if (!file.editable) throw new LearningError(`${path} is given with the project and cannot be changed.`);
  const row = await db.serviceFileDraft.upsert({
    where: { userId_lessonId_path: { userId, lessonId, path } },
    create: { userId, lessonId, path, source },
    update: { source },
    select: { updatedAt: true },
  });
  return { savedAt: row.updatedAt.toISOString() };
}

/** The learner's saved files of one exercise, path → source and when it was saved. */
export async function serviceFileDrafts(userId: string, lessonId: string): Promise<ServiceFileDrafts> {
  const rows = await db.serviceFileDraft.findMany({
    where: { userId, lessonId },
    select: { path: true, source: true, updatedAt: true },
  });
  return Object.fromEntries(rows.map((r) => [r.path, { source: r.source, savedAt: r.updatedAt.toISOString() }]));
}
