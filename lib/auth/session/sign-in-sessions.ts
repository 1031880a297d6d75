// The server-side record of each signed-in browser: what makes a copied token stop working on sign-out.
import { db } from "../../db/client";

/** lastSeenAt moves at most this often, so checking a session stays a read. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

export async function createSignInSession(userId: string, device: { userAgent: string; ip: string }): Promise<string> {
  const row = await db.signInSession.create({
    data: { userId, userAgent: device.userAgent.slice(0, 300), ip: device.ip.slice(0, 64) },
    select: { id: true },
  });
  return row.id;
}

export type ActiveSession = { id: string; userAgent: string; ip: string | null; createdAt: Date; lastSeenAt: Date };

export function listActiveSessions(userId: string): Promise<ActiveSession[]> {
  return db.signInSession.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
}

/** Records that the session was used, when the last record is over an hour old. Never fails the request. */
export function touchSignInSession(sessionId: string, lastSeenAt: Date, now: Date = new Date()): void {
  if (now.getTime() - lastSeenAt.getTime() < TOUCH_AFTER_MS) return;
  db.signInSession
    .updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } })
    .catch(() => undefined);
}
