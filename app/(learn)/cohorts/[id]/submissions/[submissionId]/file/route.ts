// Not a JSON route: it answers a submission's uploaded file, for its author and the cohort's staff only.
import { jsonRoute, routeScope } from "@/lib/actions/json-route";
import { runAction } from "@/lib/actions/run-action";
import { submissionFileDefinition } from "@/lib/projects/definitions";
import { UPLOADED_FILE_CSP } from "@/lib/security/headers";
import { getFileStorage } from "@/lib/storage/file-storage";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; submissionId: string }> };

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });

export const GET = jsonRoute<Context>(async (request, { params }) => {
  const { submissionId } = await params;
  const result = await runAction(submissionFileDefinition, { submissionId }, routeScope(request));
  if (!result.ok) return notFound();
  const file = await getFileStorage().get(result.data.key);
  if (!file) return notFound();
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": result.data.mime,
      "Content-Disposition": `attachment; filename="${result.data.name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": UPLOADED_FILE_CSP,
    },
  });
});
