// Copies what the app writes to a response (status, headers, body bytes, after any compression, which wraps these
// same methods later) while it goes out unchanged, for the servers' keepers of whole answers: the shared page cache
// (with-page-cache.ts) and the members' shells (member-shells.ts).
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

type Recording = {
  /** writeHead's header object (undefined when none was given) just before the headers go out; it may be edited.
   * False gives the copy up. */
  onWriteHead?: (headers: Record<string, unknown> | undefined) => boolean;
  /** At the first body byte (or an empty end), when the headers are final. False gives the copy up. */
  onFirstChunk?: (headersFromWriteHead: OutgoingHttpHeaders) => boolean;
  /** The whole answer once it is finished, unless the copy was given up; null copies nothing. */
  onFinish: ((status: number, headers: OutgoingHttpHeaders, body: Buffer) => void) | null;
};

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return null;
}

export function recordResponse(response: ServerResponse, recording: Recording): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let usable = recording.onFinish !== null;
  let started = false;
  const headersFromWriteHead: OutgoingHttpHeaders = {};
  const take = (chunk: unknown, encoding: unknown) => {
    if (!started) {
      started = true;
      if (recording.onFirstChunk && !recording.onFirstChunk(headersFromWriteHead)) usable = false;
    }
    if (!usable || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = toBuffer(chunk, encoding);
    if (!buffer) usable = false;
    else {
      chunks.push(buffer);
      bytes += buffer.length;
    }
  };
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg) => typeof arg === "object" && arg !== null);
    if (
      recording.onWriteHead?.(headers && !Array.isArray(headers) ? (headers as Record<string, unknown>) : undefined) ===
      false
    )
      usable = false;
    if (Array.isArray(headers))
      usable = false; // raw header arrays are not used by the app; do not guess
    else if (headers)
      for (const [name, value] of Object.entries(headers)) headersFromWriteHead[name.toLowerCase()] = value as string;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  const write = response.write;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    take(args[0], args[1]);
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  const end = response.end;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    take(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
  response.on("finish", () => {
    if (usable && recording.onFinish)
      recording.onFinish(
        response.statusCode,
        { ...response.getHeaders(), ...headersFromWriteHead },
        Buffer.concat(chunks, bytes),
      );
  });
}
