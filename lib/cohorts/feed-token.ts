// The secret part of a member's calendar feed URL: the feed row's id and its current nonce, signed with
// HMAC-SHA256. A URL is honoured only while its nonce is the row's ("reset my link" replaces it). Pure.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const PART = /^[A-Za-z0-9_-]{1,64}$/;

function signature(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(`cohort-feed:${payload}`).digest("base64url");
}

export function newFeedNonce(): string {
  return randomBytes(16).toString("base64url");
}

export function createFeedToken(secret: string, feedId: string, nonce: string): string {
  const payload = `${feedId}.${nonce}`;
  return `${payload}.${signature(secret, payload)}`;
}

/** The feed id and nonce a well-signed token names, or null for anything else. */
export function verifyFeedToken(secret: string, token: string): { feedId: string; nonce: string } | null {
  const parts = token.split(".");
  if (token.length > 200 || parts.length !== 3 || !parts.every((part) => PART.test(part))) return null;
  const [feedId, nonce, given] = parts as [string, string, string];
  const expected = Buffer.from(signature(secret, `${feedId}.${nonce}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { feedId, nonce };
}
