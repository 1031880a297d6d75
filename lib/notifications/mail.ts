// A notification's mail: put in the outbox by the transaction that made the notification, when the person
// wants that category right away. Each mail carries a one-click unsubscribe for its category (a signed link
// in the text, and the RFC 8058 List-Unsubscribe / List-Unsubscribe-Post headers).
import { appUrl } from "../accounts/urls";
import { getAuthSecret } from "../auth/secret";
import type { Prisma } from "../db/generated/client";
import { compose } from "../email/templates";
import { enqueue } from "../outbox/enqueue";
import { CATEGORY_OF, describeNotification, type MailCategory } from "./categories";
import { unsubscribeToken } from "./unsubscribe-token";

type Tx = Prisma.TransactionClient;

export function unsubscribeUrl(userId: string, category: MailCategory): string {
  return appUrl("/notifications/unsubscribe", { token: unsubscribeToken(getAuthSecret(), userId, category) });
}

/** The two headers of RFC 8058: where to POST, and that a POST of `List-Unsubscribe=One-Click` is enough. */
export function listUnsubscribeHeaders(userId: string, category: MailCategory): Record<string, string> {
  const oneClick = appUrl("/api/notifications/unsubscribe", {
    token: unsubscribeToken(getAuthSecret(), userId, category),
  });
  return { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** Where a notification leads: the thread on its lesson page, or on its cohort's board. */
export async function notificationTarget(tx: Tx, postId: string | null) {
  if (!postId) return null;
  const post = await tx.qaPost.findUnique({
    where: { id: postId },
    select: {
      title: true,
      question: { select: { id: true, title: true } },
      id: true,
      course: { select: { slug: true } },
      lesson: { select: { slug: true } },
      cohortId: true,
    },
  });
  if (!post) return null;
  const questionId = post.question?.id ?? post.id;
  const thread = post.question?.title ?? post.title ?? "a question";
  if (post.cohortId) return { thread, path: `/cohorts/${post.cohortId}/board/${questionId}` };
  if (!post.lesson) return null;
  return { thread, path: `/courses/${post.course.slug}/lessons/${post.lesson.slug}#question-${questionId}` };
}

export async function enqueueNotificationMail(tx: Tx, notificationId: string): Promise<void> {
  const note = await tx.notification.findUniqueOrThrow({
    where: { id: notificationId },
    select: {
      kind: true,
      postId: true,
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
      actor: { select: { name: true } },
    },
  });
  if (note.user.disabledAt) return;
  const category = CATEGORY_OF[note.kind];
  const preference = await tx.notificationPreference.findUnique({
    where: { userId_category: { userId: note.user.id, category } },
    select: { mail: true },
  });
  if ((preference?.mail ?? "INSTANT") !== "INSTANT") return;
  const target = await notificationTarget(tx, note.postId);
  if (!target) return;
  const sentence = describeNotification(note.kind, note.actor?.name?.trim() || "Someone", target.thread);
  const content = compose(
    sentence,
    [
      `Hi${note.user.name ? ` ${note.user.name}` : ""},`,
      `${sentence}.`,
      `To stop these emails (${category}), open ${unsubscribeUrl(note.user.id, category)} — or change every kind in your profile settings.`,
    ],
    { label: "Open the thread", url: appUrl(target.path) },
  );
  await enqueue(
    tx,
    "mail",
    {
      to: note.user.email,
      kind: `notification-${category}`,
      ...content,
      headers: listUnsubscribeHeaders(note.user.id, category),
    },
    { dedupeKey: `notification:${notificationId}` },
  );
  await tx.notification.update({ where: { id: notificationId }, data: { mailedAt: new Date() } });
}
