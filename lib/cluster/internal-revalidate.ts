// Next's cache of rendered pages can only be revalidated from inside a request Next is handling, so an instance
// that hears of a purge asks itself over loopback (POST /api/ops/revalidate), carrying a random token that
// exists only in this process's memory.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { processWide } from "../process-wide";

export const INTERNAL_TOKEN_HEADER = "x-ba-internal-token";

export function internalToken(): string {
  return processWide("internal-token", () => randomBytes(32).toString("base64url"));
}

export function isInternalToken(value: string | null | undefined): boolean {
  if (!value) return false;
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Asks this instance's Next to revalidate `prefix` (the page and everything under it). */
export async function revalidateOwnNextCache(origin: string, prefix: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/ops/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_TOKEN_HEADER]: internalToken() },
      body: JSON.stringify({ prefix }),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
