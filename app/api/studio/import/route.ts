import { createJsonRoute, multipartInput } from "@/lib/actions/json-route";
import { importDefinition, MAX_MULTIPART_BYTES } from "@/lib/studio/definitions";

export const POST = createJsonRoute(importDefinition, { input: multipartInput(["file"], MAX_MULTIPART_BYTES) });
