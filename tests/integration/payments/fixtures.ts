// Shared set-up for the payment tests: courses, learners, signed webhook deliveries, the test provider.
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import type { Db } from "@/lib/db/client";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { webhookSecret } from "@/lib/payments/provider/webhook-secret";
import { handleStripeWebhook } from "@/lib/payments/webhooks/route-handler";

export const unique = () => randomBytes(4).toString("hex");

export async function createPaidCourse(
  db: Db,
  options: { priceCents?: number; cohortSeats?: number; status?: "PUBLISHED" | "DRAFT" } = {},
) {
  const instructor = await db.user.create({
    data: { email: `teacher-${unique()}@example.test`, name: "Ines Instructor", role: "INSTRUCTOR" },
  });
  const slug = `paid-${unique()}`;
  const course = await db.course.create({
    data: {
      slug,
      title: `Paid course ${slug}`,
      summary: "A paid course made for a test.",
      description: "Test course.",
      topic: "SECURITY",
      level: "BEGINNER",
      format: options.cohortSeats ? "COHORT" : "SELF_PACED",
      priceCents: options.priceCents ?? 7900,
      currency: "usd",
      status: options.status ?? "PUBLISHED",
      publishedAt: new Date(),
      outcomes: ["Pass the test"],
      instructorId: instructor.id,
    },
  });
  const mod = await db.module.create({ data: { courseId: course.id, slug: "m1", title: "Module one", position: 1 } });
  await db.lesson.create({
    data: { courseId: course.id, moduleId: mod.id, slug: "first", title: "First lesson", body: "Body", position: 1 },
  });
  const cohort = options.cohortSeats
    ? await db.cohort.create({
        data: {
          courseId: course.id,
          title: "Spring cohort",
          startsAt: new Date(Date.now() + 30 * 86_400_000),
          endsAt: new Date(Date.now() + 60 * 86_400_000),
          seats: options.cohortSeats,
          timeZone: "Europe/Berlin",
        },
      })
    : null;
  return { course, cohort };
}

export async function createLearner(db: Db, name = "learner") {
  return db.user.create({
    data: { email: `${name}-${unique()}@example.test`, name, role: "LEARNER", emailVerified: new Date() },
    select: { id: true, email: true, name: true, sessionVersion: true, role: true },
  });
}

export function stripeEvent(type: string, object: Record<string, unknown>, id = `evt_${unique()}${unique()}`) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-27",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object },
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  });
}

/** POSTs a payload to the webhook route handler, signed with the stripe package's own test helper. */
export async function deliver(payload: string, options: { secret?: string; signature?: string } = {}) {
  const signature =
    options.signature ??
    Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? webhookSecret() });
  const response = await handleStripeWebhook(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    }),
  );
  return { status: response.status, body: (await response.json()) as { outcome?: string; error?: string } };
}

/** The built-in test provider delivers straight to the route handler (no server in integration tests). */
export function deliverTestProviderEventsInProcess(): void {
  setWebhookDelivery(async (payload, signature) => {
    const response = await handleStripeWebhook(
      new Request("http://localhost/api/webhooks/stripe", {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signature },
        body: payload,
      }),
    );
    return { status: response.status };
  });
}

export function sessionObject(overrides: Record<string, unknown>) {
  return {
    object: "checkout.session",
    mode: "payment",
    status: "complete",
    payment_status: "paid",
    payment_intent: `pi_${unique()}`,
    metadata: {},
    amount_total: 7900,
    currency: "usd",
    expires_at: Math.floor(Date.now() / 1000) + 1800,
    url: null,
    ...overrides,
  };
}

/** A pending payment as the checkout action leaves it, with a seat hold when the course is a cohort. */
export async function createPendingPayment(
  db: Db,
  userId: string,
  course: { id: string; priceCents: number },
  cohortId: string | null = null,
) {
  return db.payment.create({
    data: {
      userId,
      courseId: course.id,
      cohortId,
      stripeCheckoutSessionId: `cs_${unique()}${unique()}`,
      listPriceCents: course.priceCents,
      amountCents: course.priceCents,
      currency: "usd",
      expiresAt: new Date(Date.now() + 31 * 60_000),
    },
  });
}
