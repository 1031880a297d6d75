// A read's answer as sent: the kept bytes, their ETag, and a 304 when If-None-Match names it.
import { describe, expect, it } from "vitest";
import { answerRead, encodeAnswer, matchesEtag } from "@/lib/api/v1/encoded-answer";

const big = { items: Array.from({ length: 60 }, (_, i) => ({ slug: `course-${i}`, title: `Cours n° ${i}` })) };

function read(headers: Record<string, string>, encoded = encodeAnswer({ status: 200, body: big })) {
  return answerRead(new Request("http://academy.test/api/v1/courses", { headers }), encoded, new Headers());
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

  it("sends the kept UTF-8 bytes as JSON, the same for every request", async () => {
    const encoded = encodeAnswer({ status: 200, body: big });
    for (const response of [read({}, encoded), read({ "if-none-match": '"stale"' }, encoded)]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.get("etag")).toBe(encoded.etag);
      expect(await response.json()).toEqual(big);
    }
    expect(encoded.json.toString("utf8")).toBe(JSON.stringify(big));
  });
});
