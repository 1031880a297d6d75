// The daily digest (a scheduled job, hourly): for each person who chose "daily digest" for a category and whose
// morning it is, one mail listing what that category brought since the last mail. The outbox's unique key
// `digest:<user>:<local date>` keeps it to one mail a day per person, across retries and restarts.
import { appUrl } from "../accounts/urls";
import { db } from "../db/client";
import { compose } from "../email/templates";
import { enqueue } from "../outbox/enqueue";
import { kickOutbox } from "../outbox/kick";
import { CATEGORY_OF, describeNotification, MAIL_CATEGORIES, type MailCategory } from "./categories";
import { isDigestHour, localClock } from "./digest-time";
import { listUnsubscribeHeaders, notificationTarget, unsubscribeUrl } from "./mail";

const DIGEST_MAX_ITEMS = 30;

export async function sendDueDigests(now = new Date()): Promise<number> {
  const choices = await db.notificationPreference.findMany({
    where: { mail: "DIGEST", user: { disabledAt: null } },
    select: { userId: true, category: true, user: { select: { timeZone: true } } },
  });
  const byUser = new Map<string, { timeZone: string; categories: MailCategory[] }>();
  for (const choice of choices) {
    if (!(MAIL_CATEGORIES as readonly string[]).includes(choice.category)) continue;
    const entry = byUser.get(choice.userId) ?? { timeZone: choice.user.timeZone, categories: [] };
    entry.categories.push(choice.category as MailCategory);
    byUser.set(choice.userId, entry);
  }
  let sent = 0;
  for (const [userId, { timeZone, categories }] of byUser) {
    if (!isDigestHour(now, timeZone)) continue;
    if (await sendDigest(userId, categories, localClock(now, timeZone).date)) sent += 1;
  }
  if (sent) await kickOutbox();
  return sent;
}

async function sendDigest(userId: string, categories: MailCategory[], localDate: string): Promise<boolean> {
  const kinds = Object.entries(CATEGORY_OF)
    .filter(([, category]) => categories.includes(category))
    .map(([kind]) => kind as keyof typeof CATEGORY_OF);
  return db.$transaction(async (tx) => {
    const dedupeKey = `digest:${userId}:${localDate}`;
    if (await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) return false;
    const notes = await tx.notification.findMany({
      where: { userId, mailedAt: null, kind: { in: kinds } },
      orderBy: { createdAt: "asc" },
      take: DIGEST_MAX_ITEMS,
      select: { id: true, kind: true, postId: true, actor: { select: { name: true } } },
    });
    if (!notes.length) return false;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    const lines: string[] = [];
    for (const note of notes) {
      const target = await notificationTarget(tx, note.postId);
      if (!target) continue;
      lines.push(
        `• ${describeNotification(note.kind, note.actor?.name?.trim() || "Someone", target.thread)}: ${appUrl(target.path)}`,
      );
    }
    if (!lines.length) return false;
    const first = categories[0]!;
    const content = compose(
      `Your daily summary: ${lines.length} update${lines.length === 1 ? "" : "s"} in course questions`,
      [
        `Hi${user.name ? ` ${user.name}` : ""},`,
        lines.join("\n"),
        `To stop this summary, open ${unsubscribeUrl(userId, first)} — or change it in your profile settings.`,
      ],
      { label: "Open your notifications", url: appUrl("/notifications") },
    );
    await enqueue(
      tx,
      "mail",
      { to: user.email, kind: "notification-digest", ...content, headers: listUnsubscribeHeaders(userId, first) },
      { dedupeKey },
    );
    await tx.notification.updateMany({
      where: { id: { in: notes.map((n) => n.id) } },
      data: { mailedAt: new Date() },
    });
    return true;
  });
}
