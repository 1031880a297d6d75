import { createJsonRoute, paramsInput } from "@/lib/actions/json-route";
import { exportDefinition } from "@/lib/studio/definitions";

/** The course as a zip of its Markdown; refusals answer as JSON like every endpoint. */
export const GET = createJsonRoute(exportDefinition, {
  input: paramsInput<{ courseId: string }>(),
  respond: ({ bytes, filename }) =>
    new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    }),
});
