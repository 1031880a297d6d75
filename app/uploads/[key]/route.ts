// Not a JSON route: it answers the uploaded image itself.
import { UPLOADED_FILE_CSP } from "@/lib/security/headers";
import { readUpload } from "@/lib/studio/upload-service";

// Uploaded course images. Their type was sniffed at upload; nosniff and a locked-down CSP keep them images.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const key = (await params).key;
  const file = /^[a-z0-9]{8,80}\.[a-z0-9]{2,5}$/.test(key) ? await readUpload(key) : null;
  if (!file)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain", "Content-Security-Policy": UPLOADED_FILE_CSP },
    });
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.mime,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": UPLOADED_FILE_CSP,
    },
  });
}
