import { jsonResult, routeScope } from "@/lib/actions/json-route";
import { runAction } from "@/lib/actions/run-action";
import { exportDefinition } from "@/lib/studio/routes";

export async function GET(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const result = await runAction(exportDefinition, { courseId: (await params).courseId }, routeScope(request));
  if (!result.ok) return jsonResult(result);
  return new Response(result.data.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${result.data.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
