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
export const startCheckoutSchema = z.strictObject({ courseSlug: slug, couponCode });
export const previewCouponSchema = z.strictObject({
  courseSlug: slug,
  couponCode: z.string().trim().min(1, "Enter a coupon code.").max(40),
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
