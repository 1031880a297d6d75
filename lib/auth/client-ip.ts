/**
 * The client address for rate limits and the audit log. The server (scripts/serve.ts, lib/http/client-address.ts)
 * has already replaced X-Forwarded-For with the one address it trusts; the right-most entry is taken so that
 * under `next dev`, where Next appends nothing, a client still cannot pick its bucket by prepending values.
 */
export function clientIpFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const read = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = read("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const candidate = forwarded?.at(-1) ?? read("x-real-ip") ?? "unknown";
  return candidate.slice(0, 64);
}
