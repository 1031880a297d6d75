import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up", latencyMs: Math.round(performance.now() - started) });
  } catch {
    return Response.json({ status: "error", database: "down" }, { status: 503 });
  }
}
