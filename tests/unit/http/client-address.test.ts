import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { withTrustedHeaders } from "@/lib/http/request-hygiene";

describe("clientAddress", () => {
  it("with no trusted proxy, believes only the connection, whatever the client writes", () => {
    expect(clientAddress(undefined, "198.51.100.7", 0)).toBe("198.51.100.7");
    expect(clientAddress("203.0.113.9", "198.51.100.7", 0)).toBe("198.51.100.7");
    expect(clientAddress(["203.0.113.9", "10.0.0.1"], "198.51.100.7", 0)).toBe("198.51.100.7");
  });

  it("behind n trusted proxies, takes the address the outermost one saw", () => {
    // client-written, then what the outer proxy saw, then what the inner proxy saw; socket = inner proxy
    const header = "203.0.113.9, 198.51.100.20, 10.0.0.2";
    expect(clientAddress(header, "10.0.0.3", 1)).toBe("10.0.0.2");
    expect(clientAddress(header, "10.0.0.3", 2)).toBe("198.51.100.20");
    // More hops than entries: the left-most is all there is.
    expect(clientAddress("198.51.100.20", "10.0.0.3", 5)).toBe("198.51.100.20");
  });

  it("spells an IPv4 peer on a dual-stack socket one way, and caps the length", () => {
    expect(clientAddress(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "::1", 0)).toBe("::1");
    expect(clientAddress("x".repeat(200), "::1", 1)).toHaveLength(64);
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("is configured by TRUSTED_PROXY_HOPS, 0 unless set, refusing nonsense", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "1.5" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("withTrustedHeaders", () => {
  it("hands the app one believable X-Forwarded-For over real HTTP", async () => {
    server = createServer(
      withTrustedHeaders(
        (request, response) =>
          response.end(`${request.headers["x-forwarded-for"]}|${request.headers["x-real-ip"] ?? ""}`),
        0,
      ),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const spoofed = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.10" },
    });
    expect(await spoofed.text()).toBe("127.0.0.1|");
  });
});
