// Not a JSON route: it answers a PDF file (a missing certificate is a plain 404).
import { env } from "@/lib/env";
import { renderCertificatePdf } from "@/lib/learning/certificate-pdf";
import { getCertificateOrNull } from "@/lib/learning/queries";

type Context = { params: Promise<{ id: string }> };

/** The certificate as a PDF: public like the certificate page itself, which is what it links to. */
export async function GET(_request: Request, { params }: Context) {
  const certificate = await getCertificateOrNull((await params).id);
  if (!certificate) return new Response("There is no such certificate.", { status: 404 });
  const body = await renderCertificatePdf(certificate, env().APP_URL);
  const filename = `backend-academy-certificate-${certificate.id}.pdf`;
  return new Response(Buffer.from(body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
