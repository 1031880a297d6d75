// Who hears about a post: rows of Notification written in the post's own transaction (so a rolled-back post
// notifies no one), each with its mail in the outbox when the person wants it right away (lib/notifications).
import type { Prisma } from "../db/generated/client";
import type { NotificationKind } from "../db/generated/enums";
import { enqueueNotificationMail } from "../notifications/mail";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import type { PlaceAccess } from "./access";
import { cohortStaffIdsIn, courseStaffIdsIn } from "./members";
import { mentionedKeys, resolveMentions } from "./rules";

type Tx = Prisma.TransactionClient;

export type Recipient = { userId: string; kind: NotificationKind };

/**
 * Who a new post notifies, one notification each: the asker of an answered question (REPLY); followers when
 * staff answers (STAFF_ANSWER); members named with @ (MENTION). Never the writer, never a muted follower.
 */
export function planPostRecipients(input: {
  actorId: string;
  isAnswer: boolean;
  actorIsStaff: boolean;
  askerId: string | null;
  followers: { userId: string; muted: boolean }[];
  mentionedIds: string[];
}): Recipient[] {
  const muted = new Set(input.followers.filter((f) => f.muted).map((f) => f.userId));
  const chosen = new Map<string, NotificationKind>();
  const add = (userId: string | null, kind: NotificationKind) => {
    if (!userId || userId === input.actorId || muted.has(userId) || chosen.has(userId)) return;
    chosen.set(userId, kind);
  };
  if (input.isAnswer) {
    add(input.askerId, "REPLY");
    if (input.actorIsStaff) for (const f of input.followers) add(f.userId, "STAFF_ANSWER");
  }
  for (const id of input.mentionedIds) add(id, "MENTION");
  return [...chosen].map(([userId, kind]) => ({ userId, kind }));
}

export async function recordPostEvents(
  tx: Tx,
  event: { postId: string; questionId: string; actorId: string; access: PlaceAccess },
): Promise<void> {
  const post = await tx.qaPost.findUniqueOrThrow({ where: { id: event.postId }, select: { body: true } });
  const question = await tx.qaPost.findUniqueOrThrow({
    where: { id: event.questionId },
    select: { authorId: true, follows: { select: { userId: true, muted: true } } },
  });
  const mentionedIds = mentionedKeys(post.body).length
    ? resolveMentions(post.body, await placeMembersIn(tx, event.access)).map((m) => m.id)
    : [];
  const staffIds = await courseStaffIdsIn(tx, event.access.course.id);
  const actor = await tx.user.findUniqueOrThrow({ where: { id: event.actorId }, select: { role: true } });
  const recipients = planPostRecipients({
    actorId: event.actorId,
    isAnswer: event.postId !== event.questionId,
    actorIsStaff: actor.role === "ADMIN" || staffIds.has(event.actorId),
    askerId: question.authorId,
    followers: question.follows,
    mentionedIds,
  });
  await notify(tx, recipients, { actorId: event.actorId, postId: event.postId, courseId: event.access.course.id });
}

export async function notify(
  tx: Tx,
  recipients: Recipient[],
  about: { actorId: string | null; postId: string; courseId: string },
): Promise<void> {
  for (const recipient of recipients) {
    const row = await tx.notification.create({
      data: { userId: recipient.userId, kind: recipient.kind, ...about },
      select: { id: true },
    });
    await enqueueNotificationMail(tx, row.id);
  }
}

/**
 * Members who can be @named, with a name: live learners and staff of the course; on a cohort's board, that
 * cohort's live members and staff (owner, co-instructors, its own mentors), who alone can open the thread.
 */
async function placeMembersIn(tx: Tx, access: PlaceAccess) {
  const courseId = access.course.id;
  const cohortId = access.cohort?.id;
  const staffIds = cohortId ? await cohortStaffIdsIn(tx, cohortId) : await courseStaffIdsIn(tx, courseId);
  const live = { status: { in: [...LIVE_ENROLLMENT_STATUSES] } };
  return tx.user.findMany({
    where: {
      name: { not: null },
      disabledAt: null,
      OR: [
        { id: { in: [...staffIds] } },
        { enrollments: { some: cohortId ? { cohortId, ...live } : { courseId, ...live } } },
      ],
    },
    select: { id: true, name: true },
    take: 5000,
  });
}
