import { appUrl } from "../../accounts/urls";
import { sendMail } from "../../email/send-mail";
import { paymentFailedMail } from "../mail-templates";
import { checkoutSessionSchema } from "../provider/types";
import { paymentIdForSession, releaseCheckout } from "./release-checkout";
import type { WebhookHandler } from "./types";

export const checkoutSessionAsyncPaymentFailed: WebhookHandler = async (tx, object, { now }) => {
  const session = checkoutSessionSchema.parse(object);
  const paymentId = await paymentIdForSession(tx, session.id, session.metadata.paymentId);
  if (!paymentId) return [];
  const { released, effects } = await releaseCheckout(tx, paymentId, "FAILED", now);
  if (!released) return effects;
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { user: { select: { email: true, name: true } }, course: { select: { title: true, slug: true } } },
  });
  const mail = paymentFailedMail(payment.user.name, payment.course.title, appUrl(`/courses/${payment.course.slug}`));
  return [...effects, async () => void (await sendMail({ to: payment.user.email, kind: "payment-failed", ...mail }))];
};
