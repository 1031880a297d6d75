import { createJsonRoute, queryInput } from "@/lib/actions/json-route";
import { qaJson, similarQuestionsDefinition } from "@/lib/discussions/definitions";

export const dynamic = "force-dynamic";

/** Questions of the same course like the one being typed (?lessonId=&q=), for the ask form. */
export const GET = createJsonRoute(similarQuestionsDefinition, { input: queryInput, respond: qaJson });
