import { appUrl } from "../../accounts/urls";
import { enqueue } from "../../outbox/enqueue";
import { paymentFailedMail } from "../mail-templates";
import { checkoutSessionSchema } from "../provider/types";
import { paymentIdForSession, releaseCheckout } from "./release-checkout";
import type { WebhookHandler } from "./types";

export const checkoutSessionAsyncPaymentFailed: WebhookHandler = async (tx, object, { now }) => {
  const session = checkoutSessionSchema.parse(object);
  const paymentId = await paymentIdForSession(tx, session.id, session.metadata.paymentId);
  if (!paymentId) return [];
  const { released } = await releaseCheckout(tx, paymentId, "FAILED", now);
  if (!released) return [];
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { user: { select: { email: true, name: true } }, course: { select: { title: true, slug: true } } },
  });
  const mail = paymentFailedMail(payment.user.name, payment.course.title, appUrl(`/courses/${payment.course.slug}`));
  await enqueue(tx, "mail", { to: payment.user.email, kind: "payment-failed", ...mail });
  return [];
};
