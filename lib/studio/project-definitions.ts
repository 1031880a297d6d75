import { z } from "zod";
import type { ActionDefinition } from "../actions/run-action";
import { projectFormSchema } from "../projects/schema";
import { STUDIO_ROLES } from "./access";
import { deleteCourseProject, setCourseProjectArchived } from "./project-archive";
import { listCourseProjects, saveCourseProject, saveModuleReleaseDay } from "./project-service";

/** saveCourseProjectAction: create or edit one of the course's projects. */
export const saveCourseProjectDefinition = {
  schema: projectFormSchema,
  auth: STUDIO_ROLES,
  revalidate: ["/studio"],
  handler: (input, { user }) => saveCourseProject(user, input),
} satisfies ActionDefinition<typeof projectFormSchema, typeof STUDIO_ROLES, { projectId: string; courseId: string }>;

const courseIdSchema = z.strictObject({ courseId: z.string().trim().min(1, "Missing course.").max(64) });

/** GET /studio/courses/[courseId]/projects. */
export const courseProjectsDefinition = {
  schema: courseIdSchema,
  auth: STUDIO_ROLES,
  handler: ({ courseId }, { user }) => listCourseProjects(user, courseId),
} satisfies ActionDefinition<
  typeof courseIdSchema,
  typeof STUDIO_ROLES,
  Awaited<ReturnType<typeof listCourseProjects>>
>;

const releaseDaySchema = z.strictObject({
  moduleId: z.string().trim().min(1, "Missing module.").max(64),
  releaseDay: z
    .string()
    .trim()
    .regex(/^\d{0,3}$/, "Enter a whole number of days, or leave it empty to open the module from the start.")
    .transform((value) => (value === "" ? null : Number(value))),
});

/** saveModuleReleaseDayAction: drip release, the days after a cohort's start when a module opens. */
export const saveModuleReleaseDayDefinition = {
  schema: releaseDaySchema,
  auth: STUDIO_ROLES,
  handler: (input, { user }) => saveModuleReleaseDay(user, input),
} satisfies ActionDefinition<
  typeof releaseDaySchema,
  typeof STUDIO_ROLES,
  { moduleId: string; releaseDay: number | null }
>;

const projectTargetSchema = z.strictObject({
  courseId: z.string().trim().min(1, "Missing course.").max(64),
  projectId: z.string().trim().min(1, "Missing project.").max(64),
});
const archiveSchema = projectTargetSchema.extend({
  archived: z.enum(["true", "false"], { error: "Choose archive or restore." }).transform((v) => v === "true"),
});

/** archiveCourseProjectAction: archive (archived "true") or restore a project; its submissions are kept. */
export const archiveCourseProjectDefinition = {
  schema: archiveSchema,
  auth: STUDIO_ROLES,
  revalidate: ["/studio"],
  handler: (input, { user, ip }) => setCourseProjectArchived(user, input, ip),
} satisfies ActionDefinition<typeof archiveSchema, typeof STUDIO_ROLES, { projectId: string; archived: boolean }>;

/** deleteCourseProjectAction: delete a project nobody has submitted to. */
export const deleteCourseProjectDefinition = {
  schema: projectTargetSchema,
  auth: STUDIO_ROLES,
  revalidate: ["/studio"],
  handler: (input, { user, ip }) => deleteCourseProject(user, input, ip),
} satisfies ActionDefinition<typeof projectTargetSchema, typeof STUDIO_ROLES, { projectId: string }>;
