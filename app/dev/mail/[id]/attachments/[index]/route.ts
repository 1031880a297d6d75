// Local development only: downloads one attachment of an outbox message (e.g. a calendar invite).
// Not a JSON route: it answers the attachment's own bytes.
import { getOutboxAttachment } from "@/lib/email/outbox-queries";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  if (env().APP_ENV === "production") return new Response("Not found", { status: 404 });
  const { id, index } = await params;
  const attachment = id.length <= 64 && /^\d{1,2}$/.test(index) ? await getOutboxAttachment(id, Number(index)) : null;
  if (!attachment) return new Response("Not found", { status: 404 });
  const filename = attachment.filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(attachment.content, {
    headers: {
      "content-type": attachment.contentType,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
