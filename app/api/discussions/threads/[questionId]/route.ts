import { createJsonRoute, paramsInput } from "@/lib/actions/json-route";
import { qaJson, threadDefinition } from "@/lib/discussions/definitions";

export const dynamic = "force-dynamic";

/** One question with its answers, rendered for this viewer; 404 for a thread they may not read. */
export const GET = createJsonRoute(threadDefinition, {
  input: paramsInput<{ questionId: string }>(),
  respond: qaJson,
});
