import { createJsonRoute, jsonResult, type InputReader } from "@/lib/actions/json-route";
import { submitProjectDefinition } from "@/lib/projects/definitions";
import { maxUploadBytes, tooLargeMessage } from "@/lib/projects/upload";

const FIELDS = ["projectId", "cohortId", "repositoryUrl", "notes", "textAnswer", "file"] as const;
// Room for the form's other fields beside the largest file.
const FORM_OVERHEAD_BYTES = 128 * 1024;

/** The submission form; a body over the upload limit is refused with the limit named, before it is read. */
const submissionInput: InputReader = async (request) => {
  if (Number(request.headers.get("content-length") ?? "0") > maxUploadBytes() + FORM_OVERHEAD_BYTES)
    return jsonResult({
      ok: false,
      error: tooLargeMessage(),
      code: "INVALID",
      fieldErrors: { file: [tooLargeMessage()] },
    });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonResult({ ok: false, error: "Send the submission as a form.", code: "INVALID" });
  }
  const input: Record<string, unknown> = {};
  for (const name of FIELDS) {
    const value = form.get(name);
    // An empty file input sends a nameless, empty file: the same as none.
    if (value instanceof File && value.size === 0 && !value.name) continue;
    if (value !== null) input[name] = value;
  }
  return input;
};

export const POST = createJsonRoute(submitProjectDefinition, { input: submissionInput });
