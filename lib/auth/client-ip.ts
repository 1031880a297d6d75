/**
 * The client address for rate limits and the audit log. The right-most X-Forwarded-For entry is the one
 * added by the nearest proxy (or by Next itself), so a client cannot pick its own bucket by prepending values.
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
