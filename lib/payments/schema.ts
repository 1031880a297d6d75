import { z } from "zod";
import { parseMajorAmount } from "./money";

const id = z.string().trim().min(1, "Missing id.").max(64);
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Invalid link.")
  .max(120);
const couponCode = z
  .string()
  .trim()
  .max(40, "Coupon codes are at most 40 characters.")
  .regex(/^[A-Za-z0-9_-]*$/, "Coupon codes use letters, digits, - and _ only.")
  .optional()
  .transform((v) => (v ? v : undefined));

/** Only what identifies the purchase: the price always comes from our database, never from the form. */
const cohortId = z
  .string()
  .trim()
  .max(64, "Choose a cohort from the list.")
  .optional()
  .transform((v) => (v ? v : undefined));
/** A cohort course names the cohort whose seat is bought; without one, its next cohort. */
export const startCheckoutSchema = z.strictObject({ courseSlug: slug, couponCode, cohortId });
export const previewCouponSchema = z.strictObject({
  courseSlug: slug,
  couponCode: z.string().trim().min(1, "Enter a coupon code.").max(40),
  cohortId,
});
export const cancelCheckoutSchema = z.object({ paymentId: id });

export const testCheckoutSchema = z.object({
  sessionId: z
    .string()
    .trim()
    .regex(/^cs_test_[a-f0-9]{24}$/, "Unknown test checkout."),
  outcome: z.enum(["pay", "decline", "pay-later"]),
});
export const testSettleSchema = z.object({
  sessionId: z
    .string()
    .trim()
    .regex(/^cs_test_[a-f0-9]{24}$/, "Unknown test checkout."),
  outcome: z.enum(["succeed", "fail"]),
});

export const refundSchema = z.object({
  paymentId: id,
  amount: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const cents = parseMajorAmount(text);
      if (cents === null || cents < 1) {
        ctx.addIssue({ code: "custom", message: "Enter an amount such as 25 or 25.50." });
        return z.NEVER;
      }
      return cents;
    }),
  reason: z.string().trim().max(200, "Keep the reason under 200 characters.").optional(),
  // Generated when the form is rendered: a double submit repeats the same refund, not a second one.
  attempt: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "Reload the page and try again."),
});

export const PAYMENT_STATUSES = [
  "PENDING",
  "PROCESSING",
  "PAID",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
  "FAILED",
  "EXPIRED",
] as const;

export const paymentFilterSchema = z.object({
  status: z.enum(PAYMENT_STATUSES).optional().catch(undefined),
  course: z.string().trim().max(120).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type PaymentFilter = z.output<typeof paymentFilterSchema>;

/** An admin's new coupon: a percentage or an amount off (one of the two), optionally for one course. */
export const createCouponSchema = z
  .strictObject({
    code: z
      .string()
      .trim()
      .min(3, "Coupon codes are 3 to 40 characters.")
      .max(40, "Coupon codes are 3 to 40 characters.")
      .regex(/^[A-Za-z0-9_-]+$/, "Coupon codes use letters, digits, - and _ only."),
    kind: z.enum(["percent", "amount"], { error: "Choose a percentage or an amount off." }),
    value: z.string().trim().max(12),
    courseId: z.string().trim().max(64).optional(),
    maxRedemptions: z
      .string()
      .trim()
      .regex(/^\d{0,6}$/, "Enter a whole number of uses, or leave it empty for no limit.")
      .optional(),
    expiresOn: z.union([z.literal(""), z.iso.date("Choose a date, or leave it empty.")]).optional(),
  })
  .transform((input, ctx) => {
    let percentOff: number | null = null;
    let amountOffCents: number | null = null;
    if (input.kind === "percent") {
      percentOff = /^\d{1,3}$/.test(input.value) ? Number(input.value) : NaN;
      if (!(percentOff >= 1 && percentOff <= 100))
        ctx.addIssue({ code: "custom", path: ["value"], message: "Enter a percentage from 1 to 100." });
    } else {
      amountOffCents = parseMajorAmount(input.value);
      if (amountOffCents === null || amountOffCents < 1)
        ctx.addIssue({ code: "custom", path: ["value"], message: "Enter an amount such as 10 or 12.50." });
    }
    const uses = input.maxRedemptions ? Number(input.maxRedemptions) : null;
    if (uses === 0) ctx.addIssue({ code: "custom", path: ["maxRedemptions"], message: "Allow at least one use." });
    return {
      code: input.code.toUpperCase(),
      percentOff,
      amountOffCents,
      courseId: input.courseId || null,
      maxRedemptions: uses,
      // The coupon works through the whole of its last day (UTC).
      expiresAt: input.expiresOn ? new Date(`${input.expiresOn}T23:59:59.999Z`) : null,
    };
  });

export const setCouponActiveSchema = z.object({ couponId: id, active: z.enum(["true", "false"]) });

/** A learner's "Ask for a refund": which purchase, and optionally why (read by the admin when one must decide). */
export const askRefundSchema = z.strictObject({
  paymentId: id,
  reason: z.string().trim().max(1000, "Keep the reason under 1,000 characters.").default(""),
});

/** An admin's answer to a refund request; a decline must say why, since the learner reads it. */
export const answerRefundSchema = z
  .strictObject({
    requestId: id,
    decision: z.enum(["approve", "decline"]),
    message: z.string().trim().max(1000, "Keep the message under 1,000 characters.").default(""),
  })
  .refine((v) => v.decision === "approve" || v.message.length > 0, {
    path: ["message"],
    message: "Tell the learner why the refund is declined.",
  });
