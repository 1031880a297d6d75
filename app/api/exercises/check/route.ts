import { createJsonRoute } from "@/lib/actions/json-route";
import { submitExerciseDefinition } from "@/lib/learning/definitions";

export const dynamic = "force-dynamic";

/** An enrolled learner's answer, as the lesson page's action checks it; 429 with Retry-After when busy. */
export const POST = createJsonRoute(submitExerciseDefinition);
