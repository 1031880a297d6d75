import { z } from "zod";
import { listPaymentsPage } from "../../../payments/api-queries";
import { defineEndpoint } from "../endpoint";
import { decodeCursor, pageOf, pageQuerySchema } from "../pagination";
import { PAYMENT_STATUSES, paymentListSchema } from "../schemas";

export const listPayments = defineEndpoint({
  operationId: "listPayments",
  method: "GET",
  path: "/payments",
  tag: "Payments",
  summary: "List payments and their refunds",
  description: "Admins only: every course purchase, oldest first, with the refunds made on it.",
  scope: "payments:read",
  query: pageQuerySchema.extend({
    status: z.enum(PAYMENT_STATUSES, { message: `Filter by one status: ${PAYMENT_STATUSES.join(", ")}.` }).optional(),
  }),
  response: paymentListSchema,
  problems: [400],
  example: { query: { status: "PAID" } },
  handle: async ({ query, url }) => {
    const rows = await listPaymentsPage({ status: query.status }, decodeCursor(query.cursor), query.limit + 1);
    const page = pageOf(rows, query.limit, url);
    return {
      body: {
        items: page.items.map((row) => ({
          id: row.id,
          status: row.status,
          amountCents: row.amountCents,
          listPriceCents: row.listPriceCents,
          discountCents: row.discountCents,
          refundedCents: row.refundedCents,
          currency: row.currency,
          userId: row.user.id,
          email: row.user.email,
          courseSlug: row.course.slug,
          createdAt: row.createdAt.toISOString(),
          paidAt: row.paidAt?.toISOString() ?? null,
          refunds: row.refunds.map((refund) => ({ ...refund, createdAt: refund.createdAt.toISOString() })),
        })),
        next: page.next,
      },
    };
  },
});
