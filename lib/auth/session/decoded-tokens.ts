// next-auth's decode derives its key (HKDF) and decrypts the JWE on every call, about 0.2 ms of the server's
// one thread, and a signed-in request decoded its cookie twice (the request log, then the session check). A
// token always decodes to the same claims, so recent ones are remembered: never past the token's own expiry,
// and for a minute at most. Whether the session still holds is checked against the database every time.
import { LRUCache } from "lru-cache";
import { decode, type JWT } from "next-auth/jwt";
import { getAuthSecret } from "../secret";

const decoded = new LRUCache<string, JWT>({ max: 5_000, ttl: 60_000 });

function expired(token: JWT, nowMs: number): boolean {
  return typeof token.exp !== "number" || token.exp * 1000 <= nowMs;
}

/** The payload of a session cookie's value; throws (as next-auth's decode does) when it is forged or malformed. */
export async function decodeSessionToken(value: string, nowMs: number = Date.now()): Promise<JWT | null> {
  const known = decoded.get(value);
  if (known && !expired(known, nowMs)) return known;
  const token = await decode({ token: value, secret: getAuthSecret() });
  // Only a good, unexpired token is remembered: garbage costs what it costs without the memo.
  if (token && !expired(token, nowMs)) decoded.set(value, token);
  else decoded.delete(value);
  return token;
}
