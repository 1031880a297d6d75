// Loading a post with what the caller may do with it; every write starts here.
import { db } from "../db/client";
import type { CurrentUser } from "../auth/session/policy";
import { consumeRateLimit } from "../security/rate-limit";
import { describeRetryAfter } from "../security/rate-limit-policy";
import { placeAccess, type PlaceAccess } from "./access";
import { QaError, QaNotFoundError, QaRateLimitedError } from "./errors";
import { postingBucket } from "./rules";

export type Caller = Pick<CurrentUser, "id" | "role">;

const POST_SELECT = {
  id: true,
  courseId: true,
  lessonId: true,
  cohortId: true,
  questionId: true,
  authorId: true,
  title: true,
  body: true,
  deletedAt: true,
  hiddenAt: true,
  acceptedAnswerId: true,
} as const;

export type LoadedPost = {
  id: string;
  courseId: string;
  lessonId: string | null;
  cohortId: string | null;
  questionId: string | null;
  authorId: string | null;
  title: string | null;
  body: string;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  acceptedAnswerId: string | null;
};

/** The post and the caller's access to its lesson or cohort; a post the caller may not read is not found. */
export async function readablePostOrThrow(
  caller: Caller,
  postId: string,
): Promise<{ post: LoadedPost; access: PlaceAccess }> {
  const post = await db.qaPost.findUnique({ where: { id: postId }, select: POST_SELECT });
  if (!post) throw new QaNotFoundError();
  const access = await placeAccess(caller, post);
  if (!access?.canRead) throw new QaNotFoundError();
  // A hidden post, or an answer in a hidden thread, exists only for staff and its own author.
  const thread = post.questionId
    ? await db.qaPost.findUnique({ where: { id: post.questionId }, select: { hiddenAt: true, authorId: true } })
    : null;
  const hiddenFrom = (row: { hiddenAt: Date | null; authorId: string | null } | null) =>
    row?.hiddenAt && !access.staff && row.authorId !== caller.id;
  if (hiddenFrom(post) || hiddenFrom(thread)) throw new QaNotFoundError();
  return { post, access };
}

/** As readablePostOrThrow, for a write: only members of the course write. */
export async function memberPostOrThrow(caller: Caller, postId: string) {
  const found = await readablePostOrThrow(caller, postId);
  if (!found.access.member) throw new QaError("Enrol in this course to take part in its questions.");
  return found;
}

/** Spends one of the account's hourly posts (fewer for an account younger than a day). */
export async function spendPostingAllowance(userId: string, now = new Date()): Promise<void> {
  const account = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { createdAt: true } });
  const bucket = postingBucket(account.createdAt, now);
  const decision = await consumeRateLimit(bucket, userId);
  if (!decision.allowed) {
    throw new QaRateLimitedError(
      `You have posted a lot in the last hour. You can post again ${describeRetryAfter(decision.retryAfterSeconds)}.`,
      decision.retryAfterSeconds,
    );
  }
}
