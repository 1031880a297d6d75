import { jsonRoute } from "@/lib/actions/json-route";
import { pingDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/**
 * Liveness: 200 while the process serves, whatever the database does (an orchestrator must not restart every
 * instance because PostgreSQL is away; /api/ready is what takes one out of rotation). The body says both.
 */
export const GET = jsonRoute(async () => {
  const ping = await pingDatabase();
  const headers = { "Cache-Control": "no-store" };
  if (!ping.up) return Response.json({ status: "ok", database: "down" }, { headers });
  return Response.json({ status: "ok", database: "up", latencyMs: ping.latencyMs }, { headers });
});
