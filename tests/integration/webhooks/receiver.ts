// A webhook receiver on loopback for tests: it records every request (headers and raw body) and answers from a
// script (status per request, the last one repeating), optionally redirecting.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { headers: IncomingHttpHeaders; body: string; path: string };

export type Receiver = {
  url: string;
  port: number;
  received: Received[];
  /** Statuses to answer, in order; the last repeats. */
  answer: (statuses: number[], options?: { location?: string; body?: string }) => void;
  close: () => Promise<void>;
};

export async function startReceiver(path = "/hooks"): Promise<Receiver> {
  const received: Received[] = [];
  let statuses = [200];
  let extra: { location?: string; body?: string } = {};
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        path: request.url ?? "",
      });
      const status = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
      response.writeHead(status, extra.location ? { location: extra.location } : { "content-type": "text/plain" });
      response.end(extra.body ?? (status < 300 ? "ok" : `failed with ${status}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    port,
    received,
    answer: (next, options = {}) => {
      statuses = [...next];
      extra = options;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
