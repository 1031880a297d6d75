// Course images: the type is decided by the file's bytes (never its name or the browser's claim), the size is
// capped, and the bytes go to the storage interface; a StudioUpload row ties them to the course.
import { randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { db } from "../db/client";
import { getFileStorage } from "../storage/file-storage";
import { getEditableCourseOrThrow, type StudioUser } from "./access";
import { StudioError } from "./errors";

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
// No SVG: it can carry scripts.
const ALLOWED = new Map([
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/gif", "gif"],
  ["image/webp", "webp"],
  ["image/avif", "avif"],
]);

export async function sniffImage(bytes: Uint8Array): Promise<{ mime: string; ext: string } | null> {
  const type = await fileTypeFromBuffer(bytes);
  const ext = type ? ALLOWED.get(type.mime) : undefined;
  return type && ext ? { mime: type.mime, ext } : null;
}

export async function uploadCourseImage(user: StudioUser, input: { courseId: string; file: File }) {
  const course = await getEditableCourseOrThrow(user, input.courseId);
  if (input.file.size > MAX_UPLOAD_BYTES)
    throw new StudioError("That image is too large.", {
      file: [`Images may be up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`],
    });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  if (bytes.length === 0) throw new StudioError("That file is empty.", { file: ["Choose an image file."] });
  const type = await sniffImage(bytes);
  if (!type)
    throw new StudioError("That file is not an image we accept.", {
      file: ["Upload a PNG, JPEG, GIF, WebP or AVIF image."],
    });
  const key = `${randomBytes(12).toString("hex")}.${type.ext}`;
  await getFileStorage().put(key, { bytes, mime: type.mime });
  try {
    await db.studioUpload.create({
      data: { courseId: course.id, ownerId: user.id, storageKey: key, mime: type.mime, bytes: bytes.length },
    });
  } catch (error) {
    await getFileStorage().delete(key);
    throw error;
  }
  return { url: `/uploads/${key}`, mime: type.mime, bytes: bytes.length };
}

/** An uploaded file for the public /uploads/<key> route: images in lessons are as public as the lessons. */
export async function readUpload(key: string) {
  const row = await db.studioUpload.findUnique({ where: { storageKey: key }, select: { mime: true } });
  if (!row) return null;
  return getFileStorage().get(key);
}
