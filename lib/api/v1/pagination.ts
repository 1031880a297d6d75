// Cursor pagination: `limit` and an opaque `cursor`; the answer's `next` is the link to the following page.
import { z } from "zod";

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export const pageQuerySchema = z.object({
  limit: z.coerce
    .number({ message: `Give limit as a whole number from 1 to ${MAX_LIMIT}.` })
    .int(`Give limit as a whole number from 1 to ${MAX_LIMIT}.`)
    .min(1, `Give limit as a whole number from 1 to ${MAX_LIMIT}.`)
    .max(MAX_LIMIT, `Ask for at most ${MAX_LIMIT} items per page; follow \`next\` for more.`)
    .default(DEFAULT_LIMIT),
  cursor: z
    .string()
    .max(200, "Pass the cursor exactly as the previous page's `next` link gave it.")
    .regex(/^[A-Za-z0-9_-]+$/, "Pass the cursor exactly as the previous page's `next` link gave it.")
    .optional(),
});

export function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  return cursor === undefined ? undefined : Buffer.from(cursor, "base64url").toString("utf8");
}

/**
 * One page out of `limit + 1` rows ordered by id: the extra row only says that a next page exists.
 * `next` keeps the request's other query parameters.
 */
export function pageOf<T extends { id: string }>(
  rows: T[],
  limit: number,
  url: URL,
): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  if (rows.length <= limit || !items.length) return { items, next: null };
  const next = new URL(url);
  next.searchParams.set("cursor", encodeCursor(items[items.length - 1]!.id));
  next.searchParams.set("limit", String(limit));
  return { items, next: next.pathname + next.search };
}
