// The submission route's input: the multipart form's fields, with the upload limit enforced while it arrives.
import { jsonResult, type InputReader } from "../actions/json-route";
import { readFormUpTo } from "../http/limited-body";
import { maxUploadBytes, tooLargeMessage } from "./upload";

const FIELDS = ["projectId", "cohortId", "repositoryUrl", "notes", "textAnswer", "file"] as const;
/** Room for the form's other fields beside the largest file. */
export const FORM_OVERHEAD_BYTES = 128 * 1024;

/**
 * The submission form; a body over the upload limit is refused (413, the limit named) before it is read when
 * Content-Length says so, and otherwise as soon as that many bytes have arrived (a chunked upload).
 */
export const submissionInput: InputReader = async (request) => {
  const read = await readFormUpTo(request, maxUploadBytes() + FORM_OVERHEAD_BYTES);
  if ("refused" in read)
    return read.refused === "too-large"
      ? Response.json(
          { ok: false, error: tooLargeMessage(), code: "INVALID", fieldErrors: { file: [tooLargeMessage()] } },
          { status: 413, headers: { "Cache-Control": "no-store" } },
        )
      : jsonResult({ ok: false, error: "Send the submission as a form.", code: "INVALID" });
  const input: Record<string, unknown> = {};
  for (const name of FIELDS) {
    const value = read.form.get(name);
    // An empty file input sends a nameless, empty file: the same as none.
    if (value instanceof File && value.size === 0 && !value.name) continue;
    if (value !== null) input[name] = value;
  }
  return input;
};
