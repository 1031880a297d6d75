// Not a JSON route: a member follows it from the cohort page. It records attendance, then redirects to the
// video room; outside the join window it sends them back to the cohort page, which says when the link opens.
import { jsonRoute, routeScope } from "@/lib/actions/json-route";
import { runAction } from "@/lib/actions/run-action";
import { joinSessionDefinition } from "@/lib/cohorts/definitions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; sessionId: string }> };

export const GET = jsonRoute<Context>(async (request, { params }) => {
  const { id, sessionId } = await params;
  const result = await runAction(joinSessionDefinition, { cohortId: id, sessionId }, routeScope(request));
  const headers = { "Cache-Control": "no-store" };
  if (result.ok) return new Response(null, { status: 303, headers: { ...headers, Location: result.data.url } });
  // Relative locations: the browser resolves them against the address it used, whatever APP_URL says.
  const home = `/cohorts/${encodeURIComponent(id)}`;
  const location =
    result.code === "UNAUTHENTICATED" ? `/sign-in?callbackUrl=${encodeURIComponent(home)}` : `${home}?join=closed`;
  return new Response(null, { status: 303, headers: { ...headers, Location: location } });
});
