// One HTTP POST of a signed webhook: to the address the guard checked (the request's DNS lookup is answered with
// it, so the connection cannot go anywhere else), no redirect followed (a 3xx is an answer like any non-2xx),
// cut off after the timeout, the answer's body read up to a small limit.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { resolveTarget, type TargetPolicy, parseTargetUrl } from "./target";

export const WEBHOOK_TIMEOUT_MS = 10_000;

// Connections are kept open between deliveries (a busy endpoint is not dialled anew for each event). A socket is
// only ever opened to an address the guard passed, and a kept one stays bound to it.
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 32, maxFreeSockets: 8, timeout: 30_000 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 32, maxFreeSockets: 8, timeout: 30_000 }),
};
export const RESPONSE_BODY_LIMIT = 1_000;

export type SendOutcome =
  | { kind: "answered"; statusCode: number; body: string; durationMs: number }
  | { kind: "failed"; error: string; durationMs: number };

export type SendRequest = { url: string; headers: Record<string, string>; body: string };

/** A lookup that answers every query with the one checked address (both of Node's callback shapes). */
function pinnedLookup(address: string, family: number): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

export async function sendWebhook(
  request: SendRequest,
  policy: TargetPolicy,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let target: { address: string; family: number };
  let url: URL;
  try {
    url = parseTargetUrl(request.url, policy);
    target = await resolveTarget(url.hostname, policy);
  } catch (error) {
    return { kind: "failed", error: error instanceof Error ? error.message : String(error), durationMs: elapsed() };
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const outgoing = client.request(
      url,
      {
        method: "POST",
        lookup: pinnedLookup(target.address, target.family),
        headers: {
          ...request.headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(request.body)),
          "user-agent": "BackendAcademy-Webhooks/1",
        },
        agent: url.protocol === "https:" ? agents.https : agents.http,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () =>
          finish({
            kind: "answered",
            statusCode: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8").slice(0, RESPONSE_BODY_LIMIT),
            durationMs: elapsed(),
          });
        response.on("data", (chunk: Buffer) => {
          if (size < RESPONSE_BODY_LIMIT * 4) chunks.push(chunk);
          size += chunk.length;
          // Enough read: the rest of a large answer is not waited for.
          if (size >= RESPONSE_BODY_LIMIT * 4) {
            done();
            response.destroy();
          }
        });
        response.on("end", done);
        response.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      finish({ kind: "failed", error: `no answer within ${timeoutMs / 1000} s`, durationMs: elapsed() });
      outgoing.destroy();
    }, timeoutMs);
    outgoing.on("error", (error) => finish({ kind: "failed", error: error.message, durationMs: elapsed() }));
    outgoing.end(request.body);
  });
}
