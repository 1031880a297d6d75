// A read's answer as it goes on the wire: the JSON text, its ETag and, once a client has asked for it, its gzip
// copy. An endpoint whose answer is the same for every caller (the course list) keeps this in the memo
// (lib/cache/memo.ts) beside the rows it was made from, so a repeat costs neither JSON encoding, hashing nor
// compression, and a matching If-None-Match is a 304 straight away.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

export type EncodedAnswer = {
  status: number;
  json: string;
  etag: string;
  /** Made by the first request that accepts gzip, then kept with the rest. */
  gzipped?: Buffer;
};

export function encodeAnswer(answer: { status: number; body: unknown }): EncodedAnswer {
  const json = JSON.stringify(answer.body);
  const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`;
  return { status: answer.status, json, etag };
}

/** Whether an If-None-Match header names `etag` (weak or strong) or is `*`. */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const value = candidate.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}

// Below this, compressing is not worth it (Next's server compresses from 1 KB, as its compression module does).
const GZIP_FROM_BYTES = 1024;

/** Whether the request takes gzip (with a q-value above zero, when one is given). */
function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    if (coding?.trim().toLowerCase() !== "gzip") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The 200 (or 304) for a read. `headers` already holds the rate limit and Cache-Control headers. When the answer
 * is `shared` (memoised), a gzip-taking client gets its kept gzip copy with `Content-Encoding: gzip`: Next's
 * compression leaves an encoded answer alone.
 */
export function answerRead(request: Request, encoded: EncodedAnswer, headers: Headers, shared: boolean): Response {
  headers.set("ETag", encoded.etag);
  if (matchesEtag(request.headers.get("if-none-match"), encoded.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", "application/json");
  // An answer made for this request alone is left to Next's compression, as every route's is.
  if (!shared || encoded.json.length < GZIP_FROM_BYTES)
    return new Response(encoded.json, { status: encoded.status, headers });
  headers.append("Vary", "Accept-Encoding");
  if (!acceptsGzip(request.headers.get("accept-encoding"))) {
    return new Response(encoded.json, { status: encoded.status, headers });
  }
  encoded.gzipped ??= gzipSync(encoded.json);
  headers.set("Content-Encoding", "gzip");
  return new Response(new Uint8Array(encoded.gzipped), { status: encoded.status, headers });
}
