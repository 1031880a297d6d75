// Where Stripe sends the learner back: the success page (which fulfils at once if Stripe says paid,
// rather than waiting for the webhook) and cancel (which ends the checkout and releases the seat).
import { fulfilCheckout } from "./fulfilment";
import { paymentProvider } from "./provider";
import { releaseCheckout } from "./webhooks/release-checkout";
import { afterCommit } from "../outbox/kick";
import { paymentTransaction } from "./transaction";
import { db } from "../db/client";
import { isLiveEnrollment } from "../enrolment/rules";
import { PUBLISHED_LESSON } from "../content/published";
import { logError } from "../observability/logger";

export type CheckoutState = "ready" | "confirming" | "processing" | "failed" | "expired" | "refunded";

export type CheckoutReturn = {
  state: CheckoutState;
  paymentId: string;
  courseSlug: string;
  courseTitle: string;
  startHref: string;
  testMode: boolean;
  sessionId: string | null;
};

function stateOf(status: string, enrolled: boolean): CheckoutState {
  if (status === "PAID" || status === "PARTIALLY_REFUNDED") return enrolled ? "ready" : "refunded";
  if (status === "PROCESSING") return "processing";
  if (status === "FAILED") return "failed";
  if (status === "EXPIRED") return "expired";
  if (status === "REFUNDED") return "refunded";
  return "confirming";
}

async function readReturn(userId: string, sessionId: string): Promise<CheckoutReturn | null> {
  const payment = await db.payment.findFirst({
    where: { stripeCheckoutSessionId: sessionId, userId },
    select: {
      id: true,
      status: true,
      courseId: true,
      stripeCheckoutSessionId: true,
      course: {
        select: {
          slug: true,
          title: true,
          lessons: {
            where: PUBLISHED_LESSON,
            orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
            take: 1,
            select: { slug: true },
          },
        },
      },
    },
  });
  if (!payment) return null;
  const enrolment = await db.enrollment.findUnique({
    where: { userId_courseId: { userId, courseId: payment.courseId } },
    select: { status: true },
  });
  const first = payment.course.lessons[0];
  return {
    state: stateOf(payment.status, isLiveEnrollment(enrolment)),
    paymentId: payment.id,
    courseSlug: payment.course.slug,
    courseTitle: payment.course.title,
    startHref: first ? `/courses/${payment.course.slug}/lessons/${first.slug}` : `/courses/${payment.course.slug}`,
    testMode: paymentProvider().name === "test",
    sessionId: payment.stripeCheckoutSessionId,
  };
}

/** The success page's view; a payment Stripe already calls paid is fulfilled here (the webhook then no-ops). */
export async function confirmCheckoutReturn(userId: string, sessionId: string): Promise<CheckoutReturn | null> {
  const before = await readReturn(userId, sessionId);
  if (!before || before.state !== "confirming") return before;
  const session = await paymentProvider().retrieveCheckoutSession(sessionId);
  if (session.clientReferenceId !== userId || session.status !== "complete") return before;
  const { effects } = await paymentTransaction((tx) => fulfilCheckout(tx, session));
  await afterCommit(effects);
  return readReturn(userId, sessionId);
}

/** Cancel: the learner's own open checkout ends now and its seat goes back. Returns the course to go back to. */
export async function cancelCheckout(userId: string, paymentId: string): Promise<string | null> {
  const payment = await db.payment.findFirst({
    where: { id: paymentId, userId },
    select: { status: true, stripeCheckoutSessionId: true, course: { select: { slug: true } } },
  });
  if (!payment) return null;
  if (payment.status === "PENDING") {
    if (payment.stripeCheckoutSessionId) {
      try {
        await paymentProvider().expireCheckoutSession(payment.stripeCheckoutSessionId);
      } catch (error) {
        // The hold is released below regardless; Stripe's own expiry then closes the session.
        logError(error, { paymentId }, "checkout cancel: could not expire the provider's session");
      }
    }
    await paymentTransaction((tx) => releaseCheckout(tx, paymentId, "EXPIRED", new Date()));
    await afterCommit();
  }
  return payment.course.slug;
}
