// A request body read with a byte counter: reading stops at the first chunk past the limit, so a body sent
// without Content-Length (chunked) is never held in memory beyond the limit before it is refused.

/** The body's bytes, or null as soon as more than `maxBytes` have arrived (or Content-Length says so). */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      // Stop the sender's stream here; what is still in flight is dropped, never buffered.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export type LimitedForm = { form: FormData } | { refused: "too-large" | "not-a-form" };

/** A multipart (or URL-encoded) form of at most `maxBytes`, parsed only once all of it has arrived within the cap. */
export async function readFormUpTo(request: Request, maxBytes: number): Promise<LimitedForm> {
  const bytes = await readBodyUpTo(request, maxBytes);
  if (bytes === null) return { refused: "too-large" };
  try {
    const contentType = request.headers.get("content-type") ?? "";
    return { form: await new Response(bytes, { headers: { "content-type": contentType } }).formData() };
  } catch {
    return { refused: "not-a-form" };
  }
}
