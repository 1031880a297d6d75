// API key secrets: 32 random bytes behind a recognisable prefix; only the SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "ba_key_";
/** Characters of the secret shown in lists (the prefix and a few more), enough to tell keys apart. */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 6;

export function generateApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const secret = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, SHOWN_LENGTH), hash: hashApiKeySecret(secret) };
}

export function hashApiKeySecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A bearer value that could be one of our keys (so a malformed one is refused without a query). */
export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(API_KEY_PREFIX) && /^[A-Za-z0-9_-]{40,60}$/.test(value);
}
