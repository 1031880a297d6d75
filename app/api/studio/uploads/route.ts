import { runMultipart, uploadDefinition } from "@/lib/studio/routes";

export const POST = (request: Request) => runMultipart(request, uploadDefinition, ["courseId", "file"]);
