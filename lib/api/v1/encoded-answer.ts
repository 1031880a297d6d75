// A read's answer as it goes on the wire: the JSON as UTF-8 bytes and its ETag. An endpoint whose answer is the
// same for every caller (the course list) keeps this in the memo (lib/cache/memo.ts) beside the rows it was made
// from, so a repeat costs neither JSON encoding nor hashing, and a matching If-None-Match is a 304 straight away.
import { createHash } from "node:crypto";

export type EncodedAnswer = {
  status: number;
  /** The JSON, UTF-8 encoded (a kept answer is not encoded again for each request). */
  json: Buffer;
  etag: string;
};

export function encodeAnswer(answer: { status: number; body: unknown }): EncodedAnswer {
  const json = Buffer.from(JSON.stringify(answer.body), "utf8");
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

/**
 * The 200 (or 304) for a read; `headers` already holds the rate limit and Cache-Control headers. Compression is
 * left to the door that sends it (Next's server, or lib/http/web-endpoints.ts), as for every route: Next drops a
 * route's own Content-Encoding (send-response.js), so a kept gzip copy could not pass through it.
 */
export function answerRead(request: Request, encoded: EncodedAnswer, headers: Headers): Response {
  headers.set("ETag", encoded.etag);
  if (matchesEtag(request.headers.get("if-none-match"), encoded.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", "application/json");
  return new Response(new Uint8Array(encoded.json), { status: encoded.status, headers });
}
