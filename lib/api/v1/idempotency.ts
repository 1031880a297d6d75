// Idempotency-Key on creates: the first request claims (key, Idempotency-Key) by inserting a row; the answer is
// stored on it and replayed for a repeat. A twin that arrives while the first still runs is told to retry.
import { createHash } from "node:crypto";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { ApiProblem } from "./problem";

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** How long a stored answer is replayed; after that the same Idempotency-Key starts a new request. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export type StoredAnswer = { status: number; body: unknown; replayed: boolean };

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest("hex");
}

export function readIdempotencyKey(request: Request): string | null {
  const value = request.headers.get("idempotency-key");
  if (value === null) return null;
  if (!IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw new ApiProblem(
      400,
      "invalid-idempotency-key",
      "Invalid Idempotency-Key",
      "Send Idempotency-Key as 1 to 255 visible ASCII characters, for example a UUID made once per operation.",
    );
  }
  return value;
}

export async function runIdempotently(
  apiKeyId: string,
  key: string,
  fingerprint: string,
  run: () => Promise<{ status: number; body: unknown }>,
  now = new Date(),
): Promise<StoredAnswer> {
  // An answer older than the window no longer holds its key.
  await db.apiIdempotency.deleteMany({
    where: { apiKeyId, key, createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS) } },
  });
  const { count } = await db.apiIdempotency.createMany({
    data: [{ apiKeyId, key, fingerprint }],
    skipDuplicates: true,
  });
  if (count === 0) return replay(apiKeyId, key, fingerprint);
  let answer: { status: number; body: unknown };
  try {
    answer = await run();
  } catch (error) {
    // A refusal answered as a problem is the request's answer too; anything else frees the key for a retry.
    if (error instanceof ApiProblem && error.status < 500) {
      await store(apiKeyId, key, { status: error.status, body: error.body() });
    } else {
      await db.apiIdempotency.delete({ where: { apiKeyId_key: { apiKeyId, key } } }).catch(() => undefined);
    }
    throw error;
  }
  await store(apiKeyId, key, answer);
  return { ...answer, replayed: false };
}

async function store(apiKeyId: string, key: string, answer: { status: number; body: unknown }) {
  await db.apiIdempotency.update({
    where: { apiKeyId_key: { apiKeyId, key } },
    data: { status: answer.status, body: answer.body as Prisma.InputJsonValue },
  });
}

async function replay(apiKeyId: string, key: string, fingerprint: string): Promise<StoredAnswer> {
  const row = await db.apiIdempotency.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
  if (row && row.fingerprint !== fingerprint) {
    throw new ApiProblem(
      422,
      "idempotency-key-reused",
      "Idempotency-Key reused",
      "This Idempotency-Key was used for a different request. Make a new key for each distinct operation.",
    );
  }
  if (!row || row.status === null || row.body === null) {
    throw new ApiProblem(
      409,
      "idempotency-in-progress",
      "Request in progress",
      "A request with this Idempotency-Key is still running. Retry in a second to get its answer.",
    );
  }
  return { status: row.status, body: row.body, replayed: true };
}

/** Drops stored answers past their replay window (and claims whose request never finished); returns how many. */
export async function purgeExpiredIdempotency(now: Date): Promise<number> {
  const { count } = await db.apiIdempotency.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS) } },
  });
  return count;
}
