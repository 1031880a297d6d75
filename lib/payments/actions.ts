"use server";
// Server actions for buying and refunding (zod → session → service), all through the shared wrapper.
import { createAction } from "../actions/server-action";
import { startCheckout } from "./checkout-service";
import { previewCoupon } from "./coupon-preview";
import { actOnTestCheckout, settleTestCheckout } from "./provider/test-checkout";
import { createCoupon, setCouponActive } from "./coupon-service";
import { refundPayment } from "./refund-service";
import { answerRefundRequest, askForRefund } from "./refund-requests";
import {
  answerRefundSchema,
  askRefundSchema,
  createCouponSchema,
  previewCouponSchema,
  refundSchema,
  setCouponActiveSchema,
  startCheckoutSchema,
  testCheckoutSchema,
  testSettleSchema,
} from "./schema";

export const startCheckoutAction = createAction({
  schema: startCheckoutSchema,
  auth: "user",
  rateLimit: (_input, { user }) => [["checkout-user", user.id]],
  revalidate: ["/billing"],
  handler: async ({ courseSlug, couponCode, cohortId }, { user }) =>
    startCheckout({ id: user.id, email: user.email }, { courseSlug, couponCode, cohortId }),
});

export const previewCouponAction = createAction({
  schema: previewCouponSchema,
  auth: "user",
  rateLimit: (_input, { user }) => [["coupon-check-user", user.id]],
  handler: async ({ courseSlug, couponCode, cohortId }, { user }) =>
    previewCoupon(user.id, courseSlug, couponCode, new Date(), cohortId),
});

export const testCheckoutAction = createAction({
  schema: testCheckoutSchema,
  auth: "user",
  handler: async ({ sessionId, outcome }, { user }) => actOnTestCheckout(user.id, sessionId, outcome),
});

export const settleTestCheckoutAction = createAction({
  schema: testSettleSchema,
  auth: "user",
  handler: async ({ sessionId, outcome }, { user }) => settleTestCheckout(user.id, sessionId, outcome),
});

export const refundPaymentAction = createAction({
  schema: refundSchema,
  auth: ["ADMIN"],
  revalidate: ["/admin/payments"],
  handler: async ({ paymentId, amount, reason, attempt }, { user, ip }) =>
    refundPayment(user.id, { paymentId, amountCents: amount, reason, attempt }, ip),
});

/** The learner's own purchase only (the service looks it up by id and owner). */
export const askForRefundAction = createAction({
  schema: askRefundSchema,
  auth: "user",
  revalidate: ["/billing", "/admin/refunds"],
  handler: async ({ paymentId, reason }, { user, ip }) => askForRefund(user.id, { paymentId, reason }, ip),
});

export const answerRefundRequestAction = createAction({
  schema: answerRefundSchema,
  auth: ["ADMIN"],
  revalidate: ["/admin/refunds", "/admin/payments", "/billing"],
  handler: async (verdict, { user, ip }) => answerRefundRequest(user.id, verdict, ip),
});

export const createCouponAction = createAction({
  schema: createCouponSchema,
  auth: ["ADMIN"],
  revalidate: ["/admin/coupons"],
  handler: async (coupon, { user, ip }) => createCoupon(user.id, coupon, ip),
});

export const setCouponActiveAction = createAction({
  schema: setCouponActiveSchema,
  auth: ["ADMIN"],
  revalidate: ["/admin/coupons"],
  handler: async ({ couponId, active }, { user, ip }) => setCouponActive(user.id, couponId, active === "true", ip),
});
