import { createJsonRoute } from "@/lib/actions/json-route";
import { submitProjectDefinition } from "@/lib/projects/definitions";
import { submissionInput } from "@/lib/projects/submission-form";

export const POST = createJsonRoute(submitProjectDefinition, { input: submissionInput });
