// Reading a person's notifications: the bell's unread count and the list page.
import { db } from "../db/client";
import { preparedQuery, runPrepared } from "../db/prepared";
import { describeNotification } from "./categories";
import { notificationTarget } from "./mail";

// The bell polls this: a prepared statement (lib/db/prepared.ts), planned once per database session, on the
// (userId, readAt) index.
const UNREAD_COUNT = preparedQuery(
  "notifications_unread_count",
  1,
  `SELECT count(*)::int AS unread FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`,
);

export async function unreadCount(userId: string): Promise<number> {
  const [row] = await runPrepared<{ unread: number }>(UNREAD_COUNT, [userId]);
  return row?.unread ?? 0;
}

export type NotificationItem = { id: string; sentence: string; href: string | null; createdAt: Date; read: boolean };

const LIST_LIMIT = 50;

export async function listNotifications(userId: string): Promise<NotificationItem[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      kind: true,
      postId: true,
      createdAt: true,
      readAt: true,
      actor: { select: { name: true } },
      submission: { select: { cohortId: true, projectId: true, project: { select: { title: true } } } },
    },
  });
  return Promise.all(
    rows.map(async (row) => {
      const target = row.submission
        ? {
            thread: row.submission.project.title,
            path: `/cohorts/${row.submission.cohortId}/projects/${row.submission.projectId}`,
          }
        : await notificationTarget(db, row.postId);
      return {
        id: row.id,
        sentence: describeNotification(row.kind, row.actor?.name?.trim() || "Someone", target?.thread ?? "a question"),
        href: target?.path ?? null,
        createdAt: row.createdAt,
        read: row.readAt !== null,
      };
    }),
  );
}

export async function mailPreferences(userId: string) {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { category: true, mail: true } });
  return new Map(rows.map((row) => [row.category, row.mail]));
}
