// Creating, listing, revoking and checking API keys. The secret is returned once, at creation, and never stored.
import { DomainError } from "../actions/errors";
import { recordAudit } from "../audit/record-audit";
import { ROLES, type UserRole } from "../auth/roles";
import { db, engineOf, getDb } from "../db/client";
import { preparedQuery, runPrepared } from "../db/prepared";
import { keptKeyRow } from "./principal-cache";
import { API_KEYS_PER_USER } from "./schema";
import { SCOPE_LABELS, SCOPE_ROLES, effectiveScopes, type ApiScope } from "./scopes";
import { generateApiKeySecret, hashApiKeySecret, looksLikeApiKey } from "./secret";

const DAY_MS = 24 * 60 * 60 * 1000;

export type CreatedApiKey = {
  id: string;
  name: string;
  prefix: string;
  /** Shown once; only its hash is kept. */
  secret: string;
  scopes: ApiScope[];
  expiresAt: string | null;
  ownerEmail: string;
};

type Actor = { id: string; role: UserRole };

export async function createApiKey(
  actor: Actor,
  input: { name: string; scopes: ApiScope[]; expiresInDays: string; forEmail: string },
  ip: string,
  now = new Date(),
): Promise<CreatedApiKey> {
  const owner = await keyOwner(actor, input.forEmail);
  const refused = input.scopes.filter((scope) => !SCOPE_ROLES[scope].includes(owner.role));
  if (refused.length) {
    throw new DomainError("Remove the scopes this account's role cannot use.", {
      scopes: [`Not available to this account: ${refused.map((scope) => SCOPE_LABELS[scope]).join(", ")}.`],
    });
  }
  const live = await db.apiKey.count({
    where: { userId: owner.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
  });
  if (live >= API_KEYS_PER_USER) {
    throw new DomainError(`An account holds at most ${API_KEYS_PER_USER} keys. Revoke one you no longer use first.`);
  }
  const { secret, prefix, hash } = generateApiKeySecret();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + Number(input.expiresInDays) * DAY_MS) : null;
  const key = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        userId: owner.id,
        name: input.name,
        prefix,
        secretHash: hash,
        scopes: input.scopes,
        expiresAt,
        createdById: actor.id,
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "api_key.created",
        targetType: "ApiKey",
        targetId: created.id,
        ip,
        meta: { ownerId: owner.id, name: input.name, prefix, scopes: input.scopes },
      },
      tx,
    );
    return created;
  });
  return {
    id: key.id,
    name: key.name,
    prefix,
    secret,
    scopes: input.scopes,
    expiresAt: expiresAt?.toISOString() ?? null,
    ownerEmail: owner.email,
  };
}

/** The account a new key acts for: the actor, or (admins only) a service account named by email. */
async function keyOwner(actor: Actor, forEmail: string) {
  if (!forEmail)
    return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, role: true, email: true } });
  if (actor.role !== "ADMIN") throw new DomainError("Only admins create keys for other accounts.");
  const owner = await db.user.findUnique({
    where: { email: forEmail.toLowerCase() },
    select: { id: true, role: true, email: true, disabledAt: true },
  });
  if (!owner || owner.disabledAt) {
    throw new DomainError("Check the account's email address.", { forEmail: ["No active account has that email."] });
  }
  return owner;
}

/** Revokes one of the person's keys (or, for an admin, a key they created for a service account). */
export async function revokeApiKey(actor: Actor, keyId: string, ip: string, now = new Date()) {
  const mine =
    actor.role === "ADMIN" ? { OR: [{ userId: actor.id }, { createdById: actor.id }] } : { userId: actor.id };
  const revoked = await db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({
      where: { id: keyId, revokedAt: null, ...mine },
      data: { revokedAt: now },
    });
    if (count) {
      await recordAudit(
        { actorId: actor.id, action: "api_key.revoked", targetType: "ApiKey", targetId: keyId, ip },
        tx,
      );
    }
    return count;
  });
  if (!revoked) throw new DomainError("That key is already revoked or isn't yours. Reload the page to see your keys.");
  return { keyId };
}

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  ownerEmail: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
};

/** The person's keys and, for an admin, the keys they made for service accounts; newest first. */
export async function listApiKeys(actor: Actor): Promise<ApiKeyRow[]> {
  const rows = await db.apiKey.findMany({
    where: actor.role === "ADMIN" ? { OR: [{ userId: actor.id }, { createdById: actor.id }] } : { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      user: { select: { email: true } },
    },
  });
  return rows.map(({ user, ...row }) => ({ ...row, ownerEmail: user.email }));
}

export type ApiPrincipal = {
  keyId: string;
  user: { id: string; email: string; role: UserRole };
  scopes: Set<ApiScope>;
};

export type ApiKeyRefusal = "MISSING" | "UNKNOWN" | "REVOKED" | "EXPIRED" | "DISABLED";

// One round trip, prepared (it runs for every API request): the key and its owner. A revoked or expired key, a
// disabled owner or a lowered role counts from the next request, on every instance.
const KEY_WITH_OWNER = preparedQuery(
  "api_key_with_owner",
  1,
  `SELECT k."id", k."scopes", k."expiresAt", k."revokedAt", k."lastUsedAt", k."lastUsedIp",
          u."id" AS "userId", u."email", u."role"::text AS "role", u."disabledAt"
     FROM "ApiKey" k
     JOIN "User" u ON u."id" = k."userId"
    WHERE k."secretHash" = $1`,
);

type KeyWithOwner = {
  id: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  userId: string;
  email: string;
  role: UserRole;
  disabledAt: Date | null;
};

async function keyWithOwner(secretHash: string): Promise<KeyWithOwner | undefined> {
  const read = async () => (await runPrepared<KeyWithOwner>(KEY_WITH_OWNER, [secretHash]))[0];
  const engine = engineOf(getDb());
  return engine?.kind === "pglite" ? keptKeyRow(engine.pglite, secretHash, read) : read();
}

/**
 * Who a bearer secret acts for, decided on every request from the key and its owner as the database has them now
 * (on PGlite, kept until the database says they changed: ./principal-cache.ts): revocation counts at once.
 */
export async function authenticateApiKey(
  secret: string,
  ip: string,
  now = new Date(),
): Promise<{ ok: true; principal: ApiPrincipal } | { ok: false; reason: ApiKeyRefusal }> {
  if (!looksLikeApiKey(secret)) return { ok: false, reason: "UNKNOWN" };
  const key = await keyWithOwner(hashApiKeySecret(secret));
  if (!key || !ROLES.includes(key.role)) return { ok: false, reason: "UNKNOWN" };
  if (key.revokedAt) return { ok: false, reason: "REVOKED" };
  if (key.expiresAt && new Date(key.expiresAt) <= now) return { ok: false, reason: "EXPIRED" };
  if (key.disabledAt) return { ok: false, reason: "DISABLED" };
  await noteUse(key, ip, now);
  return {
    ok: true,
    principal: {
      keyId: key.id,
      user: { id: key.userId, email: key.email, role: key.role },
      scopes: effectiveScopes(key.scopes, key.role),
    },
  };
}

/** Last use is written at most once a minute per key (or when the address changes): reads stay reads. */
async function noteUse(key: { id: string; lastUsedAt: Date | null; lastUsedIp: string | null }, ip: string, now: Date) {
  if (key.lastUsedIp === ip && key.lastUsedAt && now.getTime() - new Date(key.lastUsedAt).getTime() < 60_000) return;
  await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now, lastUsedIp: ip } });
  // A kept row (./principal-cache.ts) learns its last use here: that write does not drop it.
  Object.assign(key, { lastUsedAt: now, lastUsedIp: ip });
}
