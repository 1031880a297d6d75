// The database gate's answer to a request that lost its database connection before the monitor noticed the
// outage (lib/ops/db-gate.ts): its 5xx becomes the gate's 503 at once, an action's "unavailable" answer goes out
// as 503 with Retry-After, and nothing else changes: no other answer is held, rewritten or probed for.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// @ts-expect-error Next ships its compression middleware without types
import compression from "next/dist/compiled/compression";
import { afterEach, describe, expect, it, vi } from "vitest";
import { noteAnsweredUnavailable, noteConnectionFailure } from "@/lib/db/connection-failure";
import { withDbGate } from "@/lib/ops/db-gate";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let server: Server | undefined;

async function serve(app: Handler, outer?: (response: ServerResponse) => void) {
  const gated = vi.fn();
  const handle = withDbGate(app, { onGated: gated });
  server = createServer((request, response) => {
    outer?.(response);
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, gated };
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** What node-postgres throws when the server refuses the connection. */
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
  code: "ECONNREFUSED",
  syscall: "connect",
  errno: -111,
});

/** Loses the connection after a tick (as a query would), then fails the way Next does: a 500, written in parts. */
const losesConnection: Handler = (_request, response) => {
  setImmediate(() => {
    noteConnectionFailure(refused);
    response.statusCode = 500;
    response.setHeader("x-from-app", "yes");
    response.write("<html>error digest", () => response.end("</html>"));
  });
};

describe("withDbGate: a request that lost its database connection", () => {
  it("answers the gate's JSON 503 with Retry-After on an API, without the app's headers or body, and counts it", async () => {
    const { base, gated } = await serve(losesConnection);
    const response = await fetch(`${base}/api/me`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("x-from-app")).toBeNull();
    expect(await response.json()).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect(gated).toHaveBeenCalledTimes(1);
  });

  it("answers a page with the gate's HTML, and a server action with JSON", async () => {
    const { base } = await serve(losesConnection);
    const page = await fetch(`${base}/courses/http`);
    expect([page.status, page.headers.get("retry-after")]).toEqual([503, "5"]);
    expect(await page.text()).toContain("We'll be back in a moment");
    const action = await fetch(`${base}/courses/http`, {
      method: "POST",
      headers: { "next-action": "0123abcd", accept: "text/x-component" },
    });
    expect(action.status).toBe(503);
    expect(await action.json()).toMatchObject({ ok: false, code: "UNAVAILABLE" });
  });

  it("sends an action's own unavailable answer (200 from Next) as 503 with Retry-After, body unchanged", async () => {
    const answered: Handler = (_request, response) => {
      setImmediate(() => {
        noteConnectionFailure(refused);
        noteAnsweredUnavailable();
        response.writeHead(200, { "content-type": "text/x-component" });
        response.end('1:{"ok":false,"code":"UNAVAILABLE"}\n');
      });
    };
    const { base, gated } = await serve(answered);
    const response = await fetch(`${base}/consultation`, { method: "POST", headers: { "next-action": "0123abcd" } });
    expect([response.status, response.headers.get("retry-after")]).toEqual([503, "5"]);
    expect(response.headers.get("content-type")).toBe("text/x-component");
    expect(await response.text()).toBe('1:{"ok":false,"code":"UNAVAILABLE"}\n');
    expect(gated).not.toHaveBeenCalled();
  });

  it("answers in full and ends when the failed answer went through Next's compression (a client that takes gzip)", async () => {
    const compress = compression() as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
    // As Next sends a JSON route's 500 (the route's body streamed: written, then ended) through the compression it
    // wrapped around the response: the first write decides, the compressed bytes come later.
    const { base, gated } = await serve((request, response) =>
      compress(request, response, () => {
        setImmediate(() => {
          noteConnectionFailure(refused);
          response.statusCode = 500;
          response.setHeader("content-type", "application/json");
          response.write(JSON.stringify({ ok: false, error: "Something went wrong", code: "FAILED" }));
          response.end();
        });
      }),
    );
    for (const path of ["/api/me", "/dashboard"]) {
      const answer = await fetch(`${base}${path}`, {
        headers: { "accept-encoding": "gzip" },
        signal: AbortSignal.timeout(5_000),
      });
      expect([answer.status, answer.headers.get("retry-after")], path).toEqual([503, "5"]);
      const body = await answer.text();
      expect(body, path).toMatch(path === "/api/me" ? /"code":"UNAVAILABLE"/ : /We'll be back in a moment/);
    }
    expect(gated).toHaveBeenCalledTimes(2);
  });

  it("answers next-auth's refusal of a sign-in that lost its connection with the gate's 503", async () => {
    const refusedSignIn: Handler = (_request, response) => {
      noteConnectionFailure(refused);
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ url: "/sign-in?error=connect%20ECONNREFUSED" }));
    };
    const { base } = await serve(refusedSignIn);
    const response = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST" });
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("ECONNREFUSED");
  });
});

describe("withDbGate: every other answer", () => {
  it("sends a 500 unchanged when no connection was lost, and an error that is not a lost connection is not one", async () => {
    const streamed: Handler = (_request, response) => {
      noteConnectionFailure(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }));
      response.writeHead(500, { "content-type": "text/plain", "x-from-app": "yes" });
      response.write("part one, ");
      response.end("part two");
    };
    const { base, gated } = await serve(streamed);
    const response = await fetch(`${base}/courses`);
    expect([response.status, response.headers.get("x-from-app")]).toEqual([500, "yes"]);
    expect(await response.text()).toBe("part one, part two");
    expect(gated).not.toHaveBeenCalled();
  });

  it("leaves a page that handled the lost connection itself, and health and readiness, as they answered", async () => {
    const handled: Handler = (request, response) => {
      noteConnectionFailure(refused);
      response.statusCode = request.url === "/api/ready" ? 503 : 200;
      response.end(request.url === "/api/ready" ? '{"status":"not ready"}' : "page");
    };
    const { base } = await serve(handled);
    expect([(await fetch(`${base}/`)).status, (await fetch(`${base}/`)).headers.get("retry-after")]).toEqual([
      200,
      null,
    ]);
    const ready = await fetch(`${base}/api/ready`);
    expect([ready.status, await ready.text()]).toEqual([503, '{"status":"not ready"}']);
  });

  it("keeps an outer layer's own wrappers of write and end (the page cache records what it serves)", async () => {
    const recorded: string[] = [];
    const recordEnd = (response: ServerResponse) => {
      const end = response.end;
      response.end = function (this: ServerResponse, ...args: unknown[]) {
        recorded.push(String(args[0] ?? ""));
        return (end as (...rest: unknown[]) => ServerResponse).apply(this, args);
      } as ServerResponse["end"];
    };
    const { base } = await serve((_request, response) => response.end("page"), recordEnd);
    expect(await (await fetch(`${base}/`)).text()).toBe("page");
    await new Promise((resolve) => server?.close(resolve));
    const gatedAnswer = await serve(losesConnection, recordEnd);
    expect((await fetch(`${gatedAnswer.base}/`)).status).toBe(503);
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toBe("page");
    expect(recorded[1]).toContain("We'll be back in a moment");
  });

  it("keeps an inner layer's wrappers too: a page gzipped by Next's compression arrives whole and ends", async () => {
    const compress = compression() as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
    const page = "<!doctype html><html><body>" + "lesson text ".repeat(2_000) + "</body></html>";
    const { base } = await serve((request, response) =>
      compress(request, response, () => {
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.write(page.slice(0, 1_000));
        setImmediate(() => response.end(page.slice(1_000)));
      }),
    );
    const answer = await fetch(`${base}/`, {
      headers: { "accept-encoding": "gzip" },
      signal: AbortSignal.timeout(5_000),
    });
    expect(answer.headers.get("content-encoding")).toBe("gzip");
    expect(await answer.text()).toBe(page);
  });
});
