// The one-click unsubscribe link of a notification mail: it names an account and a category and is signed with
// the app's secret (HMAC-SHA256), so it works without signing in and cannot be changed to another account or
// category. Using it again does nothing new (the preference is already off).
import { createHmac, timingSafeEqual } from "node:crypto";
import { MAIL_CATEGORIES, type MailCategory } from "./categories";

const sign = (secret: string, userId: string, category: string) =>
  createHmac("sha256", secret).update(`notification-unsubscribe:v1:${userId}:${category}`).digest("base64url");

export function unsubscribeToken(secret: string, userId: string, category: MailCategory): string {
  return `${userId}.${category}.${sign(secret, userId, category)}`;
}

export function readUnsubscribeToken(secret: string, token: string): { userId: string; category: MailCategory } | null {
  const [userId, category, signature, ...rest] = token.split(".");
  if (!userId || !category || !signature || rest.length) return null;
  if (!(MAIL_CATEGORIES as readonly string[]).includes(category)) return null;
  const expected = Buffer.from(sign(secret, userId, category));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, category: category as MailCategory };
}
