import { importDefinition, runMultipart } from "@/lib/studio/routes";

export const POST = (request: Request) => runMultipart(request, importDefinition, ["file"]);
