import { jsonRoute } from "@/lib/actions/json-route";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";

/** The document is the same for every request: built once per process. */
let document: string | undefined;

export const GET = jsonRoute(async () => {
  document ??= JSON.stringify(buildOpenApiDocument());
  return new Response(document, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
  });
});
