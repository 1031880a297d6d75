import { jsonRoute } from "@/lib/actions/json-route";
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

/** For load balancers: 200 only when this instance can serve (database, migrations, job runner, not draining). */
export const GET = jsonRoute(async () => {
  const { ready, checks } = await checkReadiness();
  return Response.json(
    { status: ready ? "ready" : "not ready", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
