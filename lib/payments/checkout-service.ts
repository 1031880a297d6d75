// Starting a purchase: everything that decides the price and the seat happens in one transaction that
// holds the learner's row lock (and the cohort's); Stripe is asked afterwards, with an idempotency key.
import { appUrl } from "../accounts/urls";
import { db } from "../db/client";
import { invalidateEnrolment } from "../cache/invalidate";
import { PaymentError, SOLD_OUT_MESSAGE } from "./errors";
import { assertCouponUseFree, recordRedemption } from "./coupon-uses";
import { couponRefusal, normaliseCouponCode, quotePrice, type Quote } from "./pricing";
import { paymentProvider } from "./provider";
import { lockCohort, offerReleasedSeats, takenSeats } from "../enrolment/seats";
import { paymentTransaction, type Tx } from "./transaction";
import { isLiveEnrollment } from "../enrolment/rules";
import { PUBLISHED_LESSON } from "../content/published";
import { logError } from "../observability/logger";

/** Stripe accepts expires_at from 30 minutes out; a minute's margin covers the trip there. */
export const CHECKOUT_MINUTES = 31;
/** An open checkout this close to expiry is not handed out again. */
const REUSE_MARGIN_MS = 3 * 60_000;

export type CheckoutStart = { kind: "redirect"; url: string } | { kind: "enrolled"; href: string };
export type Buyer = { id: string; email: string };

type Plan =
  | CheckoutStart
  | {
      kind: "create";
      payment: { id: string; courseId: string; cohortId: string | null; expiresAt: Date | null };
      quote: Quote;
      currency: string;
      title: string;
      cohortTitle: string | null;
      couponCode: string | null;
    };

/** The published course a checkout sells, its cohorts open for sale (not yet started) and first lesson. */
export function purchasableCourseQuery(courseSlug: string, now: Date) {
  return {
    where: { slug: courseSlug, status: "PUBLISHED" as const },
    select: {
      id: true,
      slug: true,
      title: true,
      priceCents: true,
      currency: true,
      format: true,
      cohorts: {
        where: { startsAt: { gt: now } },
        orderBy: [{ startsAt: "asc" as const }, { id: "asc" as const }],
        select: { id: true, title: true, startsAt: true, endsAt: true, timeZone: true, seats: true },
      },
      lessons: {
        where: PUBLISHED_LESSON,
        orderBy: [{ module: { position: "asc" as const } }, { position: "asc" as const }],
        take: 1,
        select: { slug: true },
      },
    },
  };
}

export const COHORT_NOT_OPEN_MESSAGE = "That cohort is not open for enrolment. Choose another cohort from the list.";

/**
 * The course and, for a cohort course, the cohort being bought: the one named (it must belong to this course
 * and not have started) or, when none is named, the next one.
 */
export async function loadPurchasableCourse(tx: Tx, courseSlug: string, now: Date, cohortId?: string) {
  const course = await tx.course.findFirst(purchasableCourseQuery(courseSlug, now));
  if (!course) throw new PaymentError("This course is not available.");
  if (course.priceCents === 0) throw new PaymentError("This course is free: enrol from its page, no payment needed.");
  if (course.format !== "COHORT") {
    if (cohortId) throw new PaymentError("This course is self-paced: it has no cohorts to choose from.");
    return { ...course, cohort: null };
  }
  if (course.cohorts.length === 0) throw new PaymentError("No upcoming cohort is open for enrolment yet.");
  const cohort = cohortId ? course.cohorts.find((c) => c.id === cohortId) : course.cohorts[0];
  if (!cohort) throw new PaymentError(COHORT_NOT_OPEN_MESSAGE, { cohortId: [COHORT_NOT_OPEN_MESSAGE] });
  return { ...course, cohort };
}

/** The coupon by its code when it applies to this course now; its uses are checked by assertCouponUseFree. */
export async function findApplicableCoupon(tx: Tx, code: string | undefined, courseId: string, now: Date) {
  if (!code) return null;
  const coupon = await tx.coupon.findUnique({ where: { code: normaliseCouponCode(code) } });
  const refusal = couponRefusal(coupon, { courseId, now });
  if (refusal) throw new PaymentError(refusal, { couponCode: [refusal] });
  return coupon!;
}

function firstLessonHref(slug: string, lessonSlug: string | undefined): string {
  return lessonSlug ? `/courses/${slug}/lessons/${lessonSlug}` : `/courses/${slug}`;
}

type PlanInput = { courseSlug: string; couponCode?: string; cohortId?: string };

async function plan(tx: Tx, buyer: Buyer, input: PlanInput, now: Date): Promise<Plan> {
  const { couponCode } = input;
  const course = await loadPurchasableCourse(tx, input.courseSlug, now, input.cohortId);
  // One learner's attempts queue here, so a double click cannot open two checkouts.
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${buyer.id} FOR UPDATE`;
  const enrolment = await tx.enrollment.findUnique({
    where: { userId_courseId: { userId: buyer.id, courseId: course.id } },
    select: { status: true },
  });
  if (isLiveEnrollment(enrolment)) {
    return { kind: "enrolled", href: firstLessonHref(course.slug, course.lessons[0]?.slug) };
  }
  const coupon = await findApplicableCoupon(tx, couponCode, course.id, now);

  const open = await tx.payment.findFirst({
    where: { userId: buyer.id, courseId: course.id, status: { in: ["PENDING", "PROCESSING"] } },
    select: {
      id: true,
      status: true,
      checkoutUrl: true,
      expiresAt: true,
      couponId: true,
      cohortId: true,
      createdAt: true,
    },
  });
  if (open?.status === "PROCESSING")
    throw new PaymentError(
      "Your earlier payment for this course is still being confirmed by your bank. We will e-mail you as soon as it is through.",
    );
  if (open) {
    const fresh = open.expiresAt && open.expiresAt.getTime() - now.getTime() > REUSE_MARGIN_MS;
    const sameCohort = open.cohortId === (course.cohort?.id ?? null);
    // The same checkout again: it already holds its seat and its coupon use.
    if (fresh && open.checkoutUrl && sameCohort && open.couponId === (coupon?.id ?? null))
      return { kind: "redirect", url: open.checkoutUrl };
    if (!open.checkoutUrl && now.getTime() - open.createdAt.getTime() < 60_000)
      throw new PaymentError("Your checkout is being prepared. Try again in a moment.");
    // Stale, another coupon or another cohort: this attempt replaces it (a late payment on it is refunded by
    // fulfilment). A seat it held in another cohort goes back, to the first person waiting there.
    if (open.cohortId && !sameCohort) await lockCohortsInOrder(tx, [open.cohortId, course.cohort?.id]);
    await tx.payment.update({ where: { id: open.id }, data: { status: "EXPIRED" } });
    if (open.cohortId && !sameCohort) await offerReleasedSeats(tx, open.cohortId, now);
  }

  if (course.cohort) {
    await lockCohort(tx, course.cohort.id);
    if ((await takenSeats(tx, course.cohort.id, buyer.id, now)) >= course.cohort.seats)
      throw new PaymentError(SOLD_OUT_MESSAGE);
  }
  // Locked after the cohort, as fulfilment does (payment, cohort, coupon): the payment row created below
  // is this checkout's reservation of a use.
  if (coupon) await assertCouponUseFree(tx, coupon, buyer.id, { lock: true });
  const quote = quotePrice(course.priceCents, coupon);
  if (quote.amountCents === 0) {
    // A 100% coupon enrols at once: no checkout, the redemption is the record.
    await tx.enrollment.upsert({
      where: { userId_courseId: { userId: buyer.id, courseId: course.id } },
      update: { status: "ACTIVE", source: "COUPON", cohortId: course.cohort?.id ?? null, completedAt: null },
      create: { userId: buyer.id, courseId: course.id, cohortId: course.cohort?.id ?? null, source: "COUPON" },
    });
    await recordRedemption(tx, { couponId: coupon!.id, userId: buyer.id, paymentId: null });
    if (course.cohort) await tx.waitlistEntry.deleteMany({ where: { cohortId: course.cohort.id, userId: buyer.id } });
    return { kind: "enrolled", href: firstLessonHref(course.slug, course.lessons[0]?.slug) };
  }
  const payment = await tx.payment.create({
    data: {
      userId: buyer.id,
      courseId: course.id,
      cohortId: course.cohort?.id ?? null,
      couponId: coupon?.id ?? null,
      listPriceCents: quote.listPriceCents,
      discountCents: quote.discountCents,
      amountCents: quote.amountCents,
      currency: course.currency,
      expiresAt: new Date(now.getTime() + CHECKOUT_MINUTES * 60_000),
    },
    select: { id: true, courseId: true, cohortId: true, expiresAt: true },
  });
  return {
    kind: "create",
    payment,
    quote,
    currency: course.currency,
    title: course.title,
    cohortTitle: course.cohort?.title ?? null,
    couponCode: coupon?.code ?? null,
  };
}

/** Two buyers switching cohorts in opposite directions take the two locks in the same order: no deadlock. */
async function lockCohortsInOrder(tx: Tx, ids: (string | undefined)[]): Promise<void> {
  for (const id of [...new Set(ids.filter((v): v is string => Boolean(v)))].sort()) await lockCohort(tx, id);
}

export async function startCheckout(buyer: Buyer, input: PlanInput, now: Date = new Date()): Promise<CheckoutStart> {
  const decided = await paymentTransaction((tx) => plan(tx, buyer, input, now));
  if (decided.kind !== "create") {
    if (decided.kind === "enrolled") invalidateEnrolment(input.courseSlug);
    return decided;
  }
  const payment = decided.payment;
  const metadata = {
    paymentId: payment.id,
    userId: buyer.id,
    courseId: payment.courseId,
    ...(payment.cohortId ? { cohortId: payment.cohortId } : {}),
    ...(decided.couponCode ? { coupon: decided.couponCode } : {}),
  };
  let session;
  try {
    session = await paymentProvider().createCheckoutSession({
      idempotencyKey: `checkout-${payment.id}`,
      amountCents: decided.quote.amountCents,
      currency: decided.currency,
      productName: decided.title,
      description:
        [decided.cohortTitle, decided.couponCode ? `Coupon ${decided.couponCode} applied` : null]
          .filter(Boolean)
          .join(" · ") || "Course access",
      customerEmail: buyer.email,
      clientReferenceId: buyer.id,
      metadata,
      successUrl: `${appUrl("/checkout/success")}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: appUrl("/checkout/cancel", { payment: payment.id }),
      expiresAt: payment.expiresAt!,
      allowPromotionCodes: !decided.couponCode,
    });
  } catch (error) {
    logError(error, { paymentId: payment.id }, "checkout: the provider refused");
    await db.payment.updateMany({ where: { id: payment.id, status: "PENDING" }, data: { status: "FAILED" } });
    throw new PaymentError(
      "We could not open the payment page just now. Nothing was charged; please try again in a minute.",
    );
  }
  await db.payment.update({
    where: { id: payment.id },
    data: { stripeCheckoutSessionId: session.id, checkoutUrl: session.url },
  });
  if (!session.url) throw new PaymentError("The payment page did not open. Please try again.");
  return { kind: "redirect", url: session.url };
}
