// The definitions behind the studio's routes (uploads, export, import): same auth and result shape as the actions.
import { z } from "zod";
import type { ActionDefinition } from "../actions/run-action";
import { STUDIO_ROLES } from "./access";
import { exportCourseZip } from "./export-course";
import { importCourseZip } from "./import-course";
import { uploadCourseImage } from "./upload-service";

const id = z.string().trim().min(1, "Missing id.").max(64);
const fileSchema = z.instanceof(File, { message: "Choose a file." });

const uploadSchema = z.object({ courseId: id, file: fileSchema });
export const uploadDefinition = {
  schema: uploadSchema,
  auth: STUDIO_ROLES,
  handler: (input, { user }) => uploadCourseImage(user, input),
} satisfies ActionDefinition<typeof uploadSchema, typeof STUDIO_ROLES, Awaited<ReturnType<typeof uploadCourseImage>>>;

const exportSchema = z.object({ courseId: id });
export const exportDefinition = {
  schema: exportSchema,
  auth: STUDIO_ROLES,
  handler: (input, { user }) => exportCourseZip(user, input.courseId),
} satisfies ActionDefinition<typeof exportSchema, typeof STUDIO_ROLES, Awaited<ReturnType<typeof exportCourseZip>>>;

const importSchema = z.object({ file: fileSchema });
export const importDefinition = {
  schema: importSchema,
  auth: STUDIO_ROLES,
  handler: (input, { user, ip }) => importCourseZip(user, input.file, ip),
} satisfies ActionDefinition<typeof importSchema, typeof STUDIO_ROLES, Awaited<ReturnType<typeof importCourseZip>>>;

/** Multipart bodies over this are refused before they are read. */
export const MAX_MULTIPART_BYTES = 5 * 1024 * 1024;
