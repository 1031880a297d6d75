// Payments a page at a time by id, with their refunds, for the public API (admins only: the endpoint checks).
import { db } from "../db/client";
import type { PaymentStatus } from "../db/generated/client";

export function listPaymentsPage(filter: { status?: PaymentStatus }, afterId: string | undefined, take: number) {
  return db.payment.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      status: true,
      amountCents: true,
      listPriceCents: true,
      discountCents: true,
      refundedCents: true,
      currency: true,
      createdAt: true,
      paidAt: true,
      user: { select: { id: true, email: true } },
      course: { select: { slug: true } },
      refunds: {
        orderBy: { createdAt: "asc" },
        select: { id: true, amountCents: true, reason: true, createdAt: true },
      },
    },
  });
}
