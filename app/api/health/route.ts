import { pingDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ping = await pingDatabase();
  if (!ping.up) return Response.json({ status: "error", database: "down" }, { status: 503 });
  return Response.json({ status: "ok", database: "up", latencyMs: ping.latencyMs });
}
