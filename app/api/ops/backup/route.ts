// Not a JSON route: it answers a gzip tarball (only its 409 refusal is JSON).
import { env } from "@/lib/env";
import { BackupUnavailableError, dumpRunningEmbeddedDatabase } from "@/lib/ops/backup";
import { hasOpsToken } from "@/lib/ops/ops-token";
import { isLoopbackRequest } from "@/lib/security/loopback";

export const dynamic = "force-dynamic";

/**
 * `npm run db:backup` asks the running server for a copy of the embedded database: from this machine, through
 * no proxy, and with the ops token (lib/ops/ops-token.ts) that only this machine's user can read.
 */
export async function POST(request: Request) {
  if (
    env().APP_ENV === "production" ||
    !isLoopbackRequest(request.headers) ||
    !hasOpsToken(request.headers.get("authorization"))
  )
    return new Response(null, { status: 404 });
  try {
    const tarball = await dumpRunningEmbeddedDatabase();
    return new Response(tarball, { headers: { "Content-Type": "application/gzip", "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof BackupUnavailableError)
      return Response.json({ ok: false, error: error.message }, { status: 409 });
    throw error;
  }
}
