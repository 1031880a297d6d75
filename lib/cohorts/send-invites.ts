// Brings every member's calendar in line with the cohort's sessions, by mail: a member who has no invite for a
// future session gets one (REQUEST); a session changed since (a higher SEQUENCE) sends the update; a cancelled
// session, or a member who is no longer one (refund), gets a CANCEL for what they were sent. Run by the job
// runner every minute and after an edit. Each mail is claimed by one conditional upsert of CohortInvite in the
// transaction that puts it in the outbox, so two workers, or a run after a restart, never mail it twice.
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { enqueueSessionInvite } from "./cohort-mail";

type Due = { sessionId: string; userId: string; method: "REQUEST" | "CANCEL"; sequence: number };

const BATCH = 200;

async function dueInvites(now: Date): Promise<Due[]> {
  return db.$queryRaw<Due[]>`
    SELECT x."sessionId", x."userId", x.method, x.sequence FROM (
      SELECT p."sessionId", p."userId", s.sequence, s."startsAt",
        CASE WHEN s."cancelledAt" IS NULL AND EXISTS (
          SELECT 1 FROM "Enrollment" e
          WHERE e."cohortId" = s."cohortId" AND e."userId" = p."userId" AND e.status IN ('ACTIVE', 'COMPLETED')
        ) THEN 'REQUEST' ELSE 'CANCEL' END AS method,
        i.sequence AS "sentSequence", i.method AS "sentMethod"
      FROM (
        SELECT s.id AS "sessionId", e."userId" FROM "CohortSession" s
          JOIN "Enrollment" e ON e."cohortId" = s."cohortId" AND e.status IN ('ACTIVE', 'COMPLETED')
          WHERE s."endsAt" > ${now}
        UNION
        SELECT i."sessionId", i."userId" FROM "CohortInvite" i
          JOIN "CohortSession" s ON s.id = i."sessionId"
          WHERE s."endsAt" > ${now}
      ) p
      JOIN "CohortSession" s ON s.id = p."sessionId"
      LEFT JOIN "CohortInvite" i ON i."sessionId" = p."sessionId" AND i."userId" = p."userId"
    ) x
    WHERE (x."sentSequence" IS NULL AND x.method = 'REQUEST')
       OR (x."sentSequence" IS NOT NULL AND (x."sentSequence" < x.sequence OR x."sentMethod" <> x.method))
    ORDER BY x."startsAt", x."sessionId", x."userId"
    LIMIT ${BATCH}`;
}

/** Mails the invites, updates and cancellations that are due; returns how many this call sent. */
export async function sendDueCohortInvites(now: Date = new Date()): Promise<number> {
  let sent = 0;
  for (;;) {
    const due = await dueInvites(now);
    if (due.length === 0) break;
    const sessions = new Map(
      (
        await db.cohortSession.findMany({
          where: { id: { in: [...new Set(due.map((d) => d.sessionId))] } },
          include: { cohort: { select: { id: true, title: true, course: { select: { title: true } } } } },
        })
      ).map((s) => [s.id, s]),
    );
    const members = new Map(
      (
        await db.user.findMany({
          where: { id: { in: [...new Set(due.map((d) => d.userId))] } },
          select: { id: true, email: true, name: true, timeZone: true, hour12: true },
        })
      ).map((u) => [u.id, u]),
    );
    let claimedThisBatch = 0;
    for (const invite of due) {
      const session = sessions.get(invite.sessionId);
      const member = members.get(invite.userId);
      if (!session || !member) continue;
      const claimed = await db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<unknown[]>`
          INSERT INTO "CohortInvite" ("sessionId", "userId", sequence, method, "sentAt")
          VALUES (${invite.sessionId}, ${invite.userId}, ${session.sequence}, ${invite.method}, ${now})
          ON CONFLICT ("sessionId", "userId") DO UPDATE
            SET sequence = EXCLUDED.sequence, method = EXCLUDED.method, "sentAt" = EXCLUDED."sentAt"
            WHERE "CohortInvite".sequence < EXCLUDED.sequence OR "CohortInvite".method <> EXCLUDED.method
          RETURNING "sessionId"`;
        if (rows.length !== 1) return false; // another worker sent it, or nothing changed since
        await enqueueSessionInvite(tx, session.cohort, session, member, invite.method);
        return true;
      });
      if (claimed) claimedThisBatch += 1;
    }
    sent += claimedThisBatch;
    // Nothing claimed: what is left is another worker's to send (or rows we cannot mail); stop rather than spin.
    if (claimedThisBatch === 0 || due.length < BATCH) break;
  }
  if (sent > 0) await kickOutbox();
  return sent;
}
