// Whether a request comes from this machine: for pages that exist only for a local developer (the dev
// mailbox, metrics without a token). Decided from what scripts/serve.ts stamped from the socket, never from
// what the client sent. A reverse proxy on this machine makes every peer loopback, so a request that came
// through any proxy (it carries a forwarding header) is never "this machine", whatever TRUSTED_PROXY_HOPS says.
import { PEER_HEADER, PROXIED_HEADER } from "../http/request-hygiene";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.replace(/^::ffff:/i, "");
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === "::1";
}

/**
 * True only when the socket peer is loopback and the request came through no proxy. A server that did not
 * stamp the request (not started by scripts/serve.ts) answers false.
 */
export function isLoopbackRequest(headers: HeaderSource): boolean {
  return read(headers, PROXIED_HEADER) === "0" && isLoopbackAddress(read(headers, PEER_HEADER));
}
