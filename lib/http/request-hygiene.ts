// What the server believes about a request, decided once where the connection arrives (scripts/serve.ts),
// before Next or the page cache reads anything: the client address, the socket peer, and no header that
// only a trusted proxy or Next itself may set.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { clientAddress } from "./client-address";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** The socket peer as the server saw it; set here only, so a client cannot claim to be local. */
export const PEER_HEADER = "x-ba-socket-peer";
/** "1" when the request arrived with any forwarding header (it came through a proxy); set here only. */
export const PROXIED_HEADER = "x-ba-proxied";

/** Headers a proxy adds: a request carrying any of them is never "this machine", whatever the hops say. */
const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-real-ip",
  "x-forwarded-host",
  "x-forwarded-proto",
  "via",
];

/** Set by proxies we trust, or by Next for its own use: a client's copy would be believed otherwise. */
const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

function isUntrustedName(name: string): boolean {
  return (
    name.startsWith("content-security-policy") ||
    name.startsWith("x-middleware-") ||
    name === PEER_HEADER ||
    name === PROXIED_HEADER
  );
}

/** "gzip" when the client takes gzip (the only encoding Next compresses with), otherwise nothing. */
export function normaliseAcceptEncoding(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const accepted = value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
  return accepted ? "gzip" : undefined;
}

/** Rewrites the request's headers in place to what the app may believe. */
export function sanitiseRequestHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustedHops: number,
): void {
  const proxied = FORWARDING_HEADERS.some((name) => headers[name] !== undefined);
  headers["x-forwarded-for"] = clientAddress(headers["x-forwarded-for"], socketAddress, trustedHops);
  for (const name of Object.keys(headers)) {
    if (isUntrustedName(name) || (trustedHops === 0 && PROXY_HEADERS.includes(name)) || name === "x-real-ip")
      delete headers[name];
  }
  const encoding = normaliseAcceptEncoding(headers["accept-encoding"]);
  if (encoding) headers["accept-encoding"] = encoding;
  else delete headers["accept-encoding"];
  headers[PEER_HEADER] = (socketAddress ?? "unknown").slice(0, 64);
  headers[PROXIED_HEADER] = proxied ? "1" : "0";
}

export function withTrustedHeaders(handler: Handler, trustedHops: number): Handler {
  return (request, response) => {
    sanitiseRequestHeaders(request.headers, request.socket.remoteAddress, trustedHops);
    return handler(request, response);
  };
}
