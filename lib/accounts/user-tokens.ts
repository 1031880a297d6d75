import { db } from "../db/client";
import type { UserTokenKind } from "../db/generated/enums";
import { generateToken, hashToken, tokenExpiry, tokenState, looksLikeToken, type TokenState } from "./tokens";

/** Creates a single-use token; earlier unused tokens of the same kind are deleted, so they read as "replaced". */
export async function issueUserToken(input: {
  userId: string;
  kind: UserTokenKind;
  payload?: string;
  now?: Date;
}): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const token = generateToken();
  const expiresAt = tokenExpiry(input.kind, now);
  await db.$transaction([
    db.userToken.deleteMany({ where: { userId: input.userId, kind: input.kind, usedAt: null } }),
    db.userToken.create({
      data: {
        userId: input.userId,
        kind: input.kind,
        tokenHash: hashToken(token),
        payload: input.payload ?? null,
        expiresAt,
      },
    }),
  ]);
  return { token, expiresAt };
}

export type ConsumedToken =
  | { ok: true; userId: string; payload: string | null; kind: UserTokenKind }
  | { ok: false; reason: Exclude<TokenState, "VALID"> | "UNKNOWN" };

/**
 * Marks the token used and returns its owner, at most once: the conditional update makes two
 * concurrent uses of the same link end with one success.
 */
export async function consumeUserToken(
  token: unknown,
  kinds: readonly UserTokenKind[],
  now: Date = new Date(),
): Promise<ConsumedToken> {
  if (!looksLikeToken(token)) return { ok: false, reason: "UNKNOWN" };
  const row = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || !kinds.includes(row.kind)) return { ok: false, reason: "UNKNOWN" };
  const state = tokenState(row, now);
  if (state !== "VALID") return { ok: false, reason: state };
  const claimed = await db.userToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) return { ok: false, reason: "USED" };
  return { ok: true, userId: row.userId, payload: row.payload, kind: row.kind };
}

/** Looks a token up without using it (to show the right page before the person confirms). */
export async function inspectUserToken(
  token: unknown,
  kinds: readonly UserTokenKind[],
  now: Date = new Date(),
): Promise<{ state: TokenState | "UNKNOWN"; kind?: UserTokenKind; payload?: string | null }> {
  if (!looksLikeToken(token)) return { state: "UNKNOWN" };
  const row = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || !kinds.includes(row.kind)) return { state: "UNKNOWN" };
  return { state: tokenState(row, now), kind: row.kind, payload: row.payload };
}
