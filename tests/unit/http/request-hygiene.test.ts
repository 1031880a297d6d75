import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import {
  normaliseAcceptEncoding,
  PEER_HEADER,
  PROXIED_HEADER,
  sanitiseRequestHeaders,
} from "@/lib/http/request-hygiene";
import { isLoopbackAddress, isLoopbackRequest } from "@/lib/security/loopback";

function sanitised(headers: IncomingHttpHeaders, peer: string | undefined, hops = 0): IncomingHttpHeaders {
  const copy = { ...headers };
  sanitiseRequestHeaders(copy, peer, hops);
  return copy;
}

describe("sanitiseRequestHeaders", () => {
  it("drops headers a client must not set: CSP, Next's middleware markers, our own peer stamp", () => {
    const out = sanitised(
      {
        "content-security-policy": "script-src *",
        "content-security-policy-report-only": "default-src *",
        "x-middleware-subrequest": "middleware",
        "x-middleware-rewrite": "/admin",
        [PEER_HEADER]: "127.0.0.1",
        [PROXIED_HEADER]: "0",
        accept: "text/html",
      },
      "203.0.113.5",
    );
    expect(Object.keys(out).sort()).toEqual(["accept", PEER_HEADER, PROXIED_HEADER, "x-forwarded-for"].sort());
    expect(out[PROXIED_HEADER]).toBe("0");
    expect(out[PEER_HEADER]).toBe("203.0.113.5");
    expect(out["x-forwarded-for"]).toBe("203.0.113.5");
  });

  it("drops forwarded host and protocol unless a trusted proxy is in front", () => {
    const sent = {
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "http",
      forwarded: "host=evil.example",
      "x-real-ip": "198.51.100.1",
    };
    const direct = sanitised(sent, "203.0.113.5", 0);
    expect(direct["x-forwarded-host"]).toBeUndefined();
    expect(direct["x-forwarded-proto"]).toBeUndefined();
    expect(direct.forwarded).toBeUndefined();
    expect(direct["x-real-ip"]).toBeUndefined();
    const proxied = sanitised({ ...sent, "x-forwarded-for": "198.51.100.7" }, "10.0.0.2", 1);
    expect(proxied["x-forwarded-host"]).toBe("evil.example");
    expect(proxied["x-forwarded-proto"]).toBe("http");
    expect(proxied["x-forwarded-for"]).toBe("198.51.100.7");
    expect(proxied["x-real-ip"]).toBeUndefined();
  });

  it("normalises Accept-Encoding to the one encoding served, so the cache keeps one copy per real variant", () => {
    expect(normaliseAcceptEncoding("gzip, deflate, br, zstd")).toBe("gzip");
    expect(normaliseAcceptEncoding("br;q=1.0, gzip;q=0.5")).toBe("gzip");
    expect(normaliseAcceptEncoding("gzip;q=0, br")).toBeUndefined();
    expect(normaliseAcceptEncoding("*")).toBe("gzip");
    expect(normaliseAcceptEncoding("identity")).toBeUndefined();
    expect(normaliseAcceptEncoding(undefined)).toBeUndefined();
    expect(
      sanitised({ "accept-encoding": "x-made-up-" + "a".repeat(500) }, "127.0.0.1")["accept-encoding"],
    ).toBeUndefined();
  });
});

describe("isLoopbackRequest", () => {
  it("knows loopback addresses in both families", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
      expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of ["198.18.0.2", "10.0.0.1", "::ffff:10.0.0.1", "fe80::1", "", undefined])
      expect(isLoopbackAddress(address), String(address)).toBe(false);
  });

  it("believes only the stamped socket peer, and also needs the proxied client to be local", () => {
    expect(isLoopbackRequest(sanitised({}, "127.0.0.1"))).toBe(true);
    // A remote client that sends our header or a forged X-Forwarded-For gets neither believed.
    expect(
      isLoopbackRequest(sanitised({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1" }, "198.18.0.2")),
    ).toBe(false);
    // A proxy on this machine makes the peer local; the client it forwards for is not.
    expect(isLoopbackRequest(sanitised({ "x-forwarded-for": "198.18.0.2" }, "127.0.0.1", 1))).toBe(false);
    // A server that never stamped the peer (not started by scripts/serve.ts) refuses.
    expect(isLoopbackRequest({ "x-forwarded-for": "127.0.0.1" })).toBe(false);
  });

  it("never takes a request that came through a proxy for this machine, whatever TRUSTED_PROXY_HOPS says", () => {
    // nginx on this machine, the default TRUSTED_PROXY_HOPS=0: the peer is loopback and the forwarded address
    // is dropped, but the request still carried forwarding headers.
    for (const header of ["x-forwarded-for", "forwarded", "x-real-ip", "x-forwarded-proto", "via"]) {
      for (const hops of [0, 1, 2])
        expect(isLoopbackRequest(sanitised({ [header]: "127.0.0.1" }, "127.0.0.1", hops)), `${header}, ${hops}`).toBe(
          false,
        );
    }
    // A client cannot clear the mark by sending its own.
    expect(isLoopbackRequest(sanitised({ [PROXIED_HEADER]: "0", "x-real-ip": "203.0.113.9" }, "127.0.0.1", 0))).toBe(
      false,
    );
  });
});
