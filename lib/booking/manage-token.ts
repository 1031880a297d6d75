// The prospect's cancel/reschedule link: signed (HMAC-SHA256), expiring, and single-generation, because the
// booking stores the hash of the newest link and replaces it on every change.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export type ManageTokenCheck =
  { ok: true; bookingId: string; expiresAt: number } | { ok: false; reason: "MALFORMED" | "BAD_SIGNATURE" | "EXPIRED" };

function signature(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`booking-manage:${payload}`).digest("base64url");
}

export function createManageToken(
  secret: string,
  bookingId: string,
  expiresAt: number,
  nonce: string = randomBytes(12).toString("base64url"),
): string {
  const payload = `${bookingId}.${Math.floor(expiresAt / 1000)}.${nonce}`;
  return `${payload}.${signature(secret, payload)}`;
}

export function verifyManageToken(secret: string, token: string, now: number): ManageTokenCheck {
  const parts = token.split(".");
  if (parts.length !== 4 || token.length > 200 || !parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part)))
    return { ok: false, reason: "MALFORMED" };
  const [bookingId, exp, nonce, given] = parts as [string, string, string, string];
  const expected = Buffer.from(signature(secret, `${bookingId}.${exp}.${nonce}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { ok: false, reason: "BAD_SIGNATURE" };
  const expiresAt = Number(exp) * 1000;
  if (!Number.isFinite(expiresAt) || expiresAt <= now) return { ok: false, reason: "EXPIRED" };
  return { ok: true, bookingId, expiresAt };
}

/** What the booking row stores: a link is honoured only while its hash is the booking's newest. */
export function hashManageToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
