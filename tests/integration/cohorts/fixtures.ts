// A cohort course with a January and an April cohort, and a learner who bought a seat in one of them through
// the real checkout and webhook path.
import type { Db } from "@/lib/db/client";
import { runAction } from "@/lib/actions/run-action";
import { startCheckoutAction } from "@/lib/payments/actions";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createLearner, createPaidCourse, deliver, sessionObject, stripeEvent, unique } from "../payments/fixtures";

const DAY = 86_400_000;

export async function createCohortCourse(db: Db) {
  const { course, cohort: january } = await createPaidCourse(db, { cohortSeats: 10, priceCents: 24_900 });
  const april = await db.cohort.create({
    data: {
      courseId: course.id,
      title: "April cohort",
      startsAt: new Date(Date.now() + 120 * DAY),
      endsAt: new Date(Date.now() + 150 * DAY),
      seats: 10,
      timeZone: "America/New_York",
    },
  });
  return { course, january: january!, april };
}

export type Learner = Awaited<ReturnType<typeof createLearner>>;

/** Checkout for `cohortId`, then Stripe's completion: returns the learner and the paid payment. */
export async function buySeat(db: Db, course: { slug: string }, cohortId: string, name = "member") {
  const learner = await createLearner(db, name);
  const started = await runAction(
    startCheckoutAction.definition,
    { courseSlug: course.slug, cohortId },
    scopeFor(claimsOf(learner)),
  );
  if (!started.ok) throw new Error(`checkout refused: ${started.error}`);
  const payment = await db.payment.findFirstOrThrow({ where: { userId: learner.id, cohortId } });
  const paymentIntent = `pi_${unique()}`;
  await deliver(
    stripeEvent(
      "checkout.session.completed",
      sessionObject({
        id: payment.stripeCheckoutSessionId,
        metadata: { paymentId: payment.id },
        amount_total: payment.amountCents,
        payment_intent: paymentIntent,
      }),
    ),
  );
  return { learner, payment, paymentIntent };
}

/** Stripe says the whole charge was refunded. */
export async function refundInFull(paymentIntent: string, amount: number) {
  await deliver(
    stripeEvent("charge.refunded", {
      id: `ch_${unique()}`,
      object: "charge",
      amount,
      amount_refunded: amount,
      currency: "usd",
      payment_intent: paymentIntent,
      refunds: { data: [{ id: `re_${unique()}`, amount }] },
    }),
  );
}
