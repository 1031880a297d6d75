// What the outside probe sent a production server: malformed percent-encoding in a dynamic segment, and
// server actions from a foreign Origin, with a 10 MB body, or naming an action this build does not have.
// Each is a 4xx with a short plain-text message, no stack and no error-log line. And an uploaded image keeps
// its own Content-Security-Policy, which the proxy used to replace with the pages' one.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPLOADED_FILE_CSP } from "@/lib/security/headers";
import { pgliteDir, prepareDatabase, startServer, type AppServer } from "./harness";

const PORT = 3311;
const data = pgliteDir();
let server: AppServer;

beforeAll(async () => {
  prepareDatabase({ PGLITE_DIR: data.dir });
  server = await startServer(PORT, { PGLITE_DIR: data.dir });
}, 240_000);

afterAll(async () => {
  await server?.stop("SIGKILL");
  data.cleanup();
});

/** A request line sent byte for byte (fetch would re-encode a malformed path). */
function rawGet(path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(PORT, "127.0.0.1", () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost:${PORT}\r\nConnection: close\r\n\r\n`),
    );
    let raw = "";
    socket.on("data", (chunk: Buffer) => (raw += chunk.toString("latin1")));
    socket.on("end", () =>
      resolve({ status: Number(raw.split(" ")[1]), text: raw.split("\r\n\r\n").slice(1).join("") }),
    );
    socket.on("error", reject);
  });
}

function errorLines() {
  return server.logLines().filter((line) => typeof line.level === "number" && line.level >= 50);
}

function expectShortAnswer(text: string) {
  expect(text.length).toBeLessThan(200);
  expect(text).not.toMatch(/at \S+ \(|Error:|node_modules/);
}

describe("requests the app cannot serve", () => {
  it("malformed percent-encoding in a dynamic segment is a 400", async () => {
    const before = errorLines().length;
    for (const path of ["/courses/%E0%A4%A", "/instructors/%FF", "/certificates/%FF", "/consultation/booked/%FF"]) {
      const answer = await rawGet(path);
      expect(answer.status, path).toBe(400);
      expectShortAnswer(answer.text);
    }
    expect(errorLines().length).toBe(before);
    expect(server.output()).not.toMatch(/URIError|DecodeError/);
  });

  it("server actions from another site, too large, or unknown are 4xx", async () => {
    const before = errorLines().length;
    const post = (headers: Record<string, string>, body: string | Blob = "[]") =>
      fetch(`${server.base}/consultation`, {
        method: "POST",
        headers: { "next-action": "7f".repeat(21), accept: "text/x-component", ...headers },
        body,
      });
    const answers = [
      await post({ origin: "https://evil.example" }),
      await post({ origin: `http://localhost:${PORT}` }, new Blob([new Uint8Array(10 * 1024 * 1024)])),
      await post({ origin: `http://localhost:${PORT}` }),
    ];
    expect(answers.map((a) => a.status)).toEqual([403, 413, 404]);
    for (const answer of answers) expectShortAnswer(await answer.text());
    expect(errorLines().length).toBe(before);
    expect(server.output()).not.toMatch(/Invalid Server Actions request|Body exceeded|Failed to find Server Action/);
  });

  it("an uploaded image keeps its own Content-Security-Policy", async () => {
    // A key no upload has: the route answers it with its policy, which the proxy must leave alone.
    const missing = await fetch(`${server.base}/uploads/abcdefgh12.png`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-security-policy")).toBe(UPLOADED_FILE_CSP);
    expect(UPLOADED_FILE_CSP).toBe("default-src 'none'; sandbox");
    // Pages still get the proxy's policy with its nonce.
    const page = await fetch(`${server.base}/about`);
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });
});
