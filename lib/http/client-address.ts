// Which address a request came from, decided once where the connection arrives (scripts/serve.ts).
// Next fills X-Forwarded-For only when it is absent, so without this a client could name any address it
// liked and pick its own rate-limit bucket. With TRUSTED_PROXY_HOPS reverse proxies in front of the app,
// the address is the one the outermost of them saw; everything further left was written by the client.

/** The client's address: the socket's peer, or with `trustedHops` proxies, the entry they vouch for. */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? "unknown"];
  const address = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; one spelling per client keeps one bucket.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 64);
}
