// The gate in front of Next (scripts/serve.ts) over real HTTP: malformed paths and bad server-action requests
// get a short 4xx before the app sees them; everything else passes through. And the proxy leaves an uploaded
// file's own Content-Security-Policy alone. The whole production server is checked in
// tests/integration/ops/servers/bad-requests.server-test.ts.
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRequestGate } from "@/lib/http/request-gate";
import { proxy } from "@/proxy";

const KNOWN_ACTION = "40".repeat(21);
let server: Server;
let port = 0;
let reached = 0;

beforeAll(async () => {
  const app = withRequestGate(
    (_request, response) => {
      reached += 1;
      response.end("the app");
    },
    { allowedHosts: ["academy.example"], actionIds: new Set([KNOWN_ACTION]) },
  );
  server = createServer((request, response) => void app(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sent byte for byte: fetch would re-encode a malformed path. */
function raw(lines: string[], body = ""): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`));
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("end", () =>
      resolve({ status: Number(answer.split(" ")[1]), text: answer.split("\r\n\r\n").slice(1).join("") }),
    );
    socket.on("error", reject);
  });
}

const action = (headers: string[], contentLength = 2) =>
  raw(
    [
      "POST /consultation HTTP/1.1",
      `Host: localhost:${port}`,
      "Connection: close",
      `Next-Action: ${headers.includes("unknown") ? "7f".repeat(21) : KNOWN_ACTION}`,
      `Content-Length: ${contentLength}`,
      ...headers.filter((h) => h !== "unknown"),
    ],
    "[]",
  );

describe("the request gate", () => {
  it("answers malformed percent-encoding with a 400 and passes good encodings on", async () => {
    const before = reached;
    for (const path of ["/courses/%E0%A4%A", "/instructors/%FF", "/certificates/%FF", "/consultation/booked/%FF"])
      expect(await raw([`GET ${path} HTTP/1.1`, "Host: x", "Connection: close"])).toEqual({
        status: 400,
        text: "Bad request: this address is not valid.",
      });
    expect(reached).toBe(before);
    expect((await raw(["GET /courses/caf%C3%A9?q=%FF HTTP/1.1", "Host: x", "Connection: close"])).status).toBe(200);
    expect(reached).toBe(before + 1);
  });

  it("refuses server actions from another site, over the size limit, or unknown to the build", async () => {
    const before = reached;
    expect(await action(["Origin: https://evil.example"])).toMatchObject({ status: 403 });
    expect(await action(["Origin: null"])).toMatchObject({ status: 403 });
    expect(await action([`Origin: http://localhost:${port}`], 10 * 1024 * 1024)).toMatchObject({ status: 413 });
    expect(await action([`Origin: http://localhost:${port}`, "unknown"])).toMatchObject({
      status: 404,
      text: "This form is out of date. Reload the page and try again.",
    });
    expect(reached).toBe(before);
    // Its own host, the public host, or no Origin at all (a non-browser client) reach the app.
    expect(await action([`Origin: http://localhost:${port}`])).toMatchObject({ status: 200, text: "the app" });
    expect(await action(["Origin: https://academy.example"])).toMatchObject({ status: 200 });
    expect(await action([])).toMatchObject({ status: 200 });
    expect(reached).toBe(before + 3);
  });
});

describe("the proxy and uploaded files", () => {
  it("keeps an uploaded file's own policy and still sends the pages' one", async () => {
    const upload = await proxy(new NextRequest("http://localhost/uploads/abcdefgh12.png"));
    expect(upload.headers.get("content-security-policy")).toBeNull();
    expect(upload.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await proxy(new NextRequest("http://localhost/about"));
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });
});
