import { env } from "@/lib/env";
import { BackupUnavailableError, dumpRunningEmbeddedDatabase } from "@/lib/ops/backup";
import { isLoopbackRequest } from "@/lib/security/loopback";

export const dynamic = "force-dynamic";

/** `npm run db:backup` asks the running server for a copy of the embedded database; only from this machine. */
export async function POST(request: Request) {
  if (!isLoopbackRequest(request.headers) || env().APP_ENV === "production") return new Response(null, { status: 404 });
  try {
    const tarball = await dumpRunningEmbeddedDatabase();
    return new Response(tarball, { headers: { "Content-Type": "application/gzip", "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof BackupUnavailableError)
      return Response.json({ ok: false, error: error.message }, { status: 409 });
    throw error;
  }
}
