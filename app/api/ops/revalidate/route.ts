import { z } from "zod";
import { jsonRoute } from "@/lib/actions/json-route";
import { invalidateAfterRemotePurge } from "@/lib/cache/invalidate";
import { INTERNAL_TOKEN_HEADER, isInternalToken } from "@/lib/cluster/internal-revalidate";
import { isLoopbackRequest } from "@/lib/security/loopback";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ prefix: z.string().startsWith("/").max(2_000) });

/** Only this process calls this (lib/cluster/internal-revalidate.ts), after another instance purged a path. */
export const POST = jsonRoute(async (request) => {
  if (!isLoopbackRequest(request.headers) || !isInternalToken(request.headers.get(INTERNAL_TOKEN_HEADER)))
    return new Response(null, { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, error: "Send a path that starts with /." }, { status: 400 });
  // Published content this instance memoised (lib/cache/memo.ts, 30 s), then Next's rendered pages: the page
  // itself and (as "layout") every page beneath it.
  invalidateAfterRemotePurge(parsed.data.prefix);
  return Response.json({ ok: true });
});
