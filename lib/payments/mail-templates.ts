import { compose, type MailContent } from "../email/templates";
import { formatMoney } from "./money";

const hello = (name: string | null) => `Hi${name ? ` ${name}` : ""},`;

export function receiptMail(
  name: string | null,
  p: {
    courseTitle: string;
    amountCents: number;
    discountCents: number;
    currency: string;
    paidAt: Date;
    paymentId: string;
  },
  url: string,
): MailContent {
  const lines = [
    hello(name),
    `Thank you for your purchase. Your course ${p.courseTitle} is ready.`,
    `Paid: ${formatMoney(p.amountCents, p.currency)} on ${p.paidAt.toISOString().slice(0, 10)} (receipt ${p.paymentId}).`,
  ];
  if (p.discountCents > 0) lines.push(`Coupon discount: −${formatMoney(p.discountCents, p.currency)}.`);
  return compose(`Your receipt: ${p.courseTitle}`, lines, { label: "View your receipt", url });
}

export function paymentProcessingMail(name: string | null, courseTitle: string): MailContent {
  return compose(`We are confirming your payment for ${courseTitle}`, [
    hello(name),
    `Your bank is still confirming the payment for ${courseTitle}. Some payment methods take a few days. Your seat is held meanwhile, and we will e-mail you as soon as the course is ready.`,
  ]);
}

export function paymentFailedMail(name: string | null, courseTitle: string, url: string): MailContent {
  return compose(
    `Your payment for ${courseTitle} did not go through`,
    [
      hello(name),
      `Your bank did not confirm the payment for ${courseTitle}, so nothing was charged. You can try again with another payment method.`,
    ],
    { label: "Try again", url },
  );
}

export function refundMail(
  name: string | null,
  courseTitle: string,
  amountCents: number,
  currency: string,
  full: boolean,
): MailContent {
  const access = full ? `Your access to ${courseTitle} has ended.` : `You keep your access to ${courseTitle}.`;
  return compose(`Refund for ${courseTitle}`, [
    hello(name),
    `We refunded ${formatMoney(amountCents, currency)} for ${courseTitle}. It usually reaches your account within 5–10 business days.`,
    access,
  ]);
}

export function automaticRefundMail(name: string | null, courseTitle: string, reason: string): MailContent {
  return compose(`We refunded your payment for ${courseTitle}`, [
    hello(name),
    `${reason} We have refunded the full amount; it usually reaches your account within 5–10 business days.`,
  ]);
}

export function disputeMail(
  courseTitle: string,
  learnerEmail: string,
  amountCents: number,
  currency: string,
  status: string,
  url: string,
): MailContent {
  return compose(
    `Payment dispute (${status}): ${courseTitle}`,
    [
      `A dispute about ${learnerEmail}'s payment of ${formatMoney(amountCents, currency)} for ${courseTitle} is now ${status}.`,
      "Respond to it in the Stripe dashboard before its deadline.",
    ],
    { label: "Open the payment", url },
  );
}
