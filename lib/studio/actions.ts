"use server";
// Every studio server action. Each is for instructors and admins; each service checks the course is theirs.

import { z } from "zod";
import { createAction } from "../actions/server-action";
import { renderMarkdown } from "../content/render-markdown";
import { STUDIO_ROLES } from "./access";
import {
  addCoInstructor,
  addCohort,
  createCourse,
  deleteCohort,
  removeCoInstructor,
  setCourseArchived,
  updateCourseSettings,
} from "./course-service";
import { currentDraft, discardDraft, restoreVersion, saveDraft } from "./draft-service";
import {
  createLesson,
  createModule,
  deleteLesson,
  deleteModule,
  lessonDeletionImpact,
  moduleDeletionImpact,
  moveLesson,
  renameLesson,
  renameModule,
  reorderLessons,
  reorderModules,
} from "./outline-service";
import { publishCourse } from "./publish-service";
import { checkExercisePreview, gradeQuizPreview } from "./learner-preview";
import { submitExerciseSchema, submitQuizSchema } from "../learning/schema";
import * as s from "./schema";

const auth = STUDIO_ROLES;

export const createCourseAction = createAction({
  schema: s.createCourseSchema,
  auth,
  revalidate: ["/studio"],
  handler: (input, { user }) => createCourse(user, input),
});
export const updateCourseSettingsAction = createAction({
  schema: s.courseSettingsSchema,
  auth,
  handler: (input, { user }) => updateCourseSettings(user, input),
});
export const addCohortAction = createAction({
  schema: s.cohortSchema,
  auth,
  handler: (input, { user }) => addCohort(user, input),
});
export const deleteCohortAction = createAction({
  schema: s.cohortRefSchema,
  auth,
  handler: (input, { user }) => deleteCohort(user, input),
});
export const addCoInstructorAction = createAction({
  schema: s.coInstructorSchema,
  auth,
  handler: (input, { user }) => addCoInstructor(user, input),
});
export const removeCoInstructorAction = createAction({
  schema: s.coInstructorRefSchema,
  auth,
  handler: (input, { user }) => removeCoInstructor(user, input),
});
export const archiveCourseAction = createAction({
  schema: s.courseRefSchema,
  auth,
  handler: (input, { user }) => setCourseArchived(user, input, true),
});
export const unarchiveCourseAction = createAction({
  schema: s.courseRefSchema,
  auth,
  handler: (input, { user }) => setCourseArchived(user, input, false),
});

export const createModuleAction = createAction({
  schema: s.createModuleSchema,
  auth,
  handler: (input, { user }) => createModule(user, input),
});
export const renameModuleAction = createAction({
  schema: s.renameModuleSchema,
  auth,
  handler: (input, { user }) => renameModule(user, input),
});
export const deleteModuleAction = createAction({
  schema: s.deleteModuleSchema,
  auth,
  handler: (input, { user }) => deleteModule(user, input),
});
export const reorderModulesAction = createAction({
  schema: s.reorderModulesSchema,
  auth,
  handler: (input, { user }) => reorderModules(user, input),
});

export const createLessonAction = createAction({
  schema: s.createLessonSchema,
  auth,
  handler: (input, { user }) => createLesson(user, input),
});
export const renameLessonAction = createAction({
  schema: s.renameLessonSchema,
  auth,
  handler: (input, { user }) => renameLesson(user, input),
});
export const deleteLessonAction = createAction({
  schema: s.deleteLessonSchema,
  auth,
  handler: (input, { user }) => deleteLesson(user, input),
});
export const moveLessonAction = createAction({
  schema: s.moveLessonSchema,
  auth,
  handler: (input, { user }) => moveLesson(user, input),
});
export const reorderLessonsAction = createAction({
  schema: s.reorderLessonsSchema,
  auth,
  handler: (input, { user }) => reorderLessons(user, input),
});

const impactSchema = z
  .object({ moduleId: z.string().max(64).optional(), lessonId: z.string().max(64).optional() })
  .refine((v) => Boolean(v.moduleId) !== Boolean(v.lessonId), "Name one module or one lesson.");
export const deletionImpactAction = createAction({
  schema: impactSchema,
  auth,
  handler: async (input, { user }) =>
    input.moduleId
      ? moduleDeletionImpact(user, input.moduleId)
      : { lessons: 1, ...(await lessonDeletionImpact(user, input.lessonId!)) },
});

export const saveDraftAction = createAction({
  schema: s.saveDraftSchema,
  auth,
  handler: (input, { user }) => saveDraft(user, input),
});
export const restoreVersionAction = createAction({
  schema: s.restoreVersionSchema,
  auth,
  handler: (input, { user }) => restoreVersion(user, input),
});
export const discardDraftAction = createAction({
  schema: s.lessonRefSchema,
  auth,
  handler: (input, { user }) => discardDraft(user, input),
});
export const currentDraftAction = createAction({
  schema: s.lessonRefSchema,
  auth,
  handler: (input, { user }) => currentDraft(user, input.lessonId),
});

/** The lesson page's own renderer, so the preview is what learners will see. */
export const previewMarkdownAction = createAction({
  schema: s.previewSchema,
  auth,
  handler: async (input) => (await renderMarkdown(input.markdown)).html,
});

export const publishCourseAction = createAction({
  schema: s.courseRefSchema,
  auth,
  handler: (input, { user, ip }) => publishCourse(user, input, ip),
});

/** "Preview as a learner": a quiz attempt graded as a learner's first, nothing recorded. */
export const previewQuizAction = createAction({
  schema: submitQuizSchema,
  auth,
  rateLimit: ({ lessonId }, { user }) => [["quiz-attempt-user", `${user.id}:${lessonId}`]],
  handler: (input, { user }) => gradeQuizPreview(user, input),
});
/** "Preview as a learner": an exercise answer checked in the sandbox as a learner's is, nothing recorded. */
export const previewExerciseAction = createAction({
  schema: submitExerciseSchema,
  auth,
  rateLimit: (_input, { user, ip }) => [
    ["exercise-check-user", user.id],
    ["exercise-check-ip", ip],
  ],
  handler: (input, { user }) => checkExercisePreview(user, input),
});
