// Whether a request comes from this machine: for pages that exist only for a local developer (the dev
// mailbox). Decided from what scripts/serve.ts stamped from the socket, never from what the client sent.
import { PEER_HEADER } from "../http/request-hygiene";

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
 * True only when the socket peer is loopback and so is the client behind any trusted proxy: a reverse
 * proxy on this machine makes every peer loopback, so the forwarded address must be local as well.
 * A server that did not stamp the peer (not started by scripts/serve.ts) answers false.
 */
export function isLoopbackRequest(headers: HeaderSource): boolean {
  const forwarded = read(headers, "x-forwarded-for")?.split(",").at(-1)?.trim();
  return isLoopbackAddress(read(headers, PEER_HEADER)) && isLoopbackAddress(forwarded);
}
