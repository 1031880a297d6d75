import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { lessonThreadsDefinition, qaJson } from "@/lib/discussions/definitions";

export const dynamic = "force-dynamic";

/** A lesson's questions as this viewer may see them (?lessonId=&sort=); loaded after the cached lesson page. */
export const GET = createJsonRoute(lessonThreadsDefinition, { input: queryInput, respond: qaJson });
