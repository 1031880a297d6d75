import { createJsonRoute, multipartInput } from "@/lib/actions/json-route";
import { MAX_MULTIPART_BYTES, uploadDefinition } from "@/lib/studio/definitions";

export const POST = createJsonRoute(uploadDefinition, {
  input: multipartInput(["courseId", "file"], MAX_MULTIPART_BYTES),
});
