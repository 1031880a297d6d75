import { runAction } from "@/lib/actions/run-action";
import { jsonResult } from "@/lib/actions/json-route";
import { serverActionScope } from "@/lib/actions/server-action";
import { exportDataDefinition } from "@/lib/users/export-route";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await runAction(exportDataDefinition, {}, serverActionScope());
  if (!result.ok) return jsonResult(result);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(result.data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="backend-academy-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
