// A read's answer as sent: ETag, 304, and the kept gzip copy for a shared answer.
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { answerRead, encodeAnswer, matchesEtag } from "@/lib/api/v1/encoded-answer";

const big = { items: Array.from({ length: 60 }, (_, i) => ({ slug: `course-${i}`, title: `Course number ${i}` })) };

function read(headers: Record<string, string>, encoded = encodeAnswer({ status: 200, body: big }), shared = true) {
  return answerRead(new Request("http://academy.test/api/v1/courses", { headers }), encoded, new Headers(), shared);
}

describe("encoded answers", () => {
  it("gives the same body the same ETag, and matches it weak, strong, in a list or as *", () => {
    const one = encodeAnswer({ status: 200, body: big });
    expect(encodeAnswer({ status: 200, body: structuredClone(big) }).etag).toBe(one.etag);
    expect(encodeAnswer({ status: 200, body: { items: [] } }).etag).not.toBe(one.etag);
    expect(matchesEtag(`"other", W/${one.etag}`, one.etag)).toBe(true);
    expect(matchesEtag("*", one.etag)).toBe(true);
    expect(matchesEtag('"other"', one.etag)).toBe(false);
    expect(matchesEtag(null, one.etag)).toBe(false);
  });

  it("answers 304 without a body or Content-Type when If-None-Match names the ETag", async () => {
    const encoded = encodeAnswer({ status: 200, body: big });
    const response = read({ "if-none-match": encoded.etag }, encoded);
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(encoded.etag);
    expect(response.headers.get("content-type")).toBeNull();
    expect(await response.text()).toBe("");
  });

  it("sends a shared answer gzipped to a client that takes gzip, making the copy once", async () => {
    const encoded = encodeAnswer({ status: 200, body: big });
    const zipped = read({ "accept-encoding": "br;q=1, gzip;q=0.5" }, encoded);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8")).toBe(encoded.json);
    const kept = encoded.gzipped;
    expect(kept).toBeInstanceOf(Buffer);
    read({ "accept-encoding": "gzip" }, encoded);
    expect(encoded.gzipped).toBe(kept);
  });

  it("sends plain JSON when gzip is refused, the answer is small, or it is this request's alone", async () => {
    const encoded = encodeAnswer({ status: 200, body: big });
    for (const response of [
      read({ "accept-encoding": "gzip;q=0" }, encoded),
      read({}, encoded),
      read({ "accept-encoding": "gzip" }, encodeAnswer({ status: 200, body: { items: [] } })),
      read({ "accept-encoding": "gzip" }, encoded, false),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(JSON.parse(await response.text())).toBeTypeOf("object");
    }
  });
});
