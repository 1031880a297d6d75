// A project upload: a zip or a PDF, decided by its bytes (never the name or the browser's claim), size-capped.
import { fileTypeFromBuffer } from "file-type";
import { env } from "../env";
import { ProjectError } from "./errors";

const ACCEPTED = new Map([
  ["application/zip", "zip"],
  ["application/pdf", "pdf"],
]);

export function maxUploadBytes(): number {
  return env().PROJECT_UPLOAD_MAX_BYTES;
}

export function tooLargeMessage(): string {
  return `That file is too large: uploads may be up to ${(maxUploadBytes() / 1024 / 1024).toFixed(0)} MB.`;
}

/** The bytes and their checked type, or a refusal naming what to do. */
export async function readProjectUpload(file: File): Promise<{ bytes: Uint8Array; mime: string; ext: string }> {
  if (file.size > maxUploadBytes()) throw new ProjectError(tooLargeMessage(), { file: [tooLargeMessage()] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new ProjectError("That file is empty.", { file: ["Choose a zip or PDF file."] });
  const type = await fileTypeFromBuffer(bytes);
  const ext = type ? ACCEPTED.get(type.mime) : undefined;
  if (!type || !ext)
    throw new ProjectError("That file is not a zip or a PDF.", {
      file: ["Upload your project as a .zip archive or a PDF document."],
    });
  return { bytes, mime: type.mime, ext };
}
