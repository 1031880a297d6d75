// The database gate's hold on 5xx answers (lib/ops/db-gate.ts): a 500 the app is about to send becomes the
// gate's 503 when the monitor finds the database unreachable, goes out unchanged when it answers, and nothing
// below 500 waits for a probe.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withDbGate } from "@/lib/ops/db-gate";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let server: Server | undefined;

async function serve(app: Handler, outage: boolean | "throws", outer?: (response: ServerResponse) => void) {
  const check = vi.fn(async () => {
    if (outage === "throws") throw new Error("probe failed to run");
    return outage;
  });
  const gated = vi.fn();
  const handle = withDbGate(app, { checkAfterServerError: check, onGated: gated });
  server = createServer((request, response) => {
    outer?.(response);
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, check, gated };
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const failsLikeNext: Handler = (_request, response) => {
  response.statusCode = 500;
  response.setHeader("x-from-app", "yes");
  response.end("");
};

describe("withDbGate: a 5xx during an unnoticed outage", () => {
  it("answers the gate's 503 with Retry-After, without the app's headers, and counts it", async () => {
    const { base, check, gated } = await serve(failsLikeNext, true);
    const response = await fetch(`${base}/api/me`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("x-from-app")).toBeNull();
    expect(await response.json()).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect(check).toHaveBeenCalledTimes(1);
    expect(gated).toHaveBeenCalledTimes(1);
  });

  it("sends the app's own 500 unchanged when the database answers (or the check fails)", async () => {
    const streamed: Handler = (_request, response) => {
      response.writeHead(500, { "content-type": "text/plain", "x-from-app": "yes" });
      response.write("part one, ");
      response.end("part two");
    };
    for (const outage of [false, "throws"] as const) {
      const { base, check, gated } = await serve(streamed, outage);
      const response = await fetch(`${base}/courses`);
      expect([response.status, response.headers.get("x-from-app")]).toEqual([500, "yes"]);
      expect(await response.text()).toBe("part one, part two");
      expect(check).toHaveBeenCalledTimes(1);
      expect(gated).not.toHaveBeenCalled();
      await new Promise((resolve) => server?.close(resolve));
    }
  });

  it("does not hold or probe an answer below 500", async () => {
    const fine: Handler = (_request, response) => {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not here");
    };
    const { base, check } = await serve(fine, true);
    const response = await fetch(`${base}/nothing`);
    expect([response.status, await response.text()]).toEqual([404, "not here"]);
    expect(check).not.toHaveBeenCalled();
  });

  it("leaves an outer layer's own wrappers of write and end in place (the page cache records what it serves)", async () => {
    const recorded: string[] = [];
    const recordEnd = (response: ServerResponse) => {
      const end = response.end;
      response.end = function (this: ServerResponse, ...args: unknown[]) {
        recorded.push(String(args[0] ?? ""));
        return (end as (...rest: unknown[]) => ServerResponse).apply(this, args);
      } as ServerResponse["end"];
    };
    const fine: Handler = (_request, response) => response.end("page");
    const failing: Handler = (_request, response) => {
      response.statusCode = 500;
      response.end("oops");
    };
    const first = await serve(fine, true, recordEnd);
    expect(await (await fetch(`${first.base}/`)).text()).toBe("page");
    await new Promise((resolve) => server?.close(resolve));
    const second = await serve(failing, false, recordEnd);
    expect(await (await fetch(`${second.base}/`)).text()).toBe("oops");
    expect(recorded).toEqual(["page", "oops"]);
  });
});
