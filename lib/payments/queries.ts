// Reads for the learner's billing pages and the admin payments page.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { PaymentFilter } from "./schema";

export const ADMIN_PAGE_SIZE = 25;
const CSV_ROW_LIMIT = 10_000;

const billingSelect = {
  id: true,
  status: true,
  amountCents: true,
  listPriceCents: true,
  discountCents: true,
  refundedCents: true,
  currency: true,
  createdAt: true,
  paidAt: true,
  receiptUrl: true,
  disputeStatus: true,
  course: { select: { title: true, slug: true } },
  cohort: { select: { title: true } },
  coupon: { select: { code: true } },
  refunds: {
    orderBy: { createdAt: "asc" as const },
    select: { id: true, amountCents: true, createdAt: true, reason: true },
  },
  refundRequest: { select: { status: true, adminMessage: true, createdAt: true, decidedAt: true } },
} satisfies Prisma.PaymentSelect;

export type BillingPayment = Prisma.PaymentGetPayload<{ select: typeof billingSelect }>;

/** The learner's purchases (abandoned checkouts left out). */
export async function listBillingPayments(userId: string): Promise<BillingPayment[]> {
  return db.payment.findMany({
    where: { userId, status: { notIn: ["PENDING", "EXPIRED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: billingSelect,
  });
}

/** One receipt, only for its owner (null otherwise: the page answers 404, not "forbidden"). */
export async function getReceipt(userId: string, paymentId: string) {
  return db.payment.findFirst({
    where: { id: paymentId, userId, status: { in: ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"] } },
    select: { ...billingSelect, user: { select: { name: true, email: true } }, stripePaymentIntentId: true },
  });
}

function whereOf(filter: PaymentFilter): Prisma.PaymentWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to) createdAt.lt = new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000);
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.course ? { course: { slug: filter.course } } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
    ...(filter.q
      ? { OR: [{ id: filter.q }, { user: { email: { contains: filter.q, mode: "insensitive" as const } } }] }
      : {}),
  };
}

const adminSelect = {
  ...billingSelect,
  stripeCheckoutSessionId: true,
  stripePaymentIntentId: true,
  user: { select: { email: true, name: true } },
} satisfies Prisma.PaymentSelect;
export type AdminPayment = Prisma.PaymentGetPayload<{ select: typeof adminSelect }>;

export async function listAdminPayments(filter: PaymentFilter) {
  const where = whereOf(filter);
  const [payments, total, courses] = await Promise.all([
    db.payment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: adminSelect,
    }),
    db.payment.count({ where }),
    db.course.findMany({
      where: { priceCents: { gt: 0 } },
      orderBy: { title: "asc" },
      select: { slug: true, title: true },
    }),
  ]);
  return { payments, total, courses, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export async function listPaymentsForCsv(filter: PaymentFilter): Promise<AdminPayment[]> {
  return db.payment.findMany({
    where: whereOf(filter),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: CSV_ROW_LIMIT,
    select: adminSelect,
  });
}

/** Every coupon for the admin list, newest first, with the paid courses one can be limited to. */
export async function listCoupons() {
  const [coupons, courses] = await Promise.all([
    db.coupon.findMany({
      orderBy: [{ active: "desc" }, { createdAt: "desc" }],
      take: 200,
      select: {
        id: true,
        code: true,
        percentOff: true,
        amountOffCents: true,
        maxRedemptions: true,
        redeemedCount: true,
        expiresAt: true,
        active: true,
        course: { select: { title: true, currency: true } },
      },
    }),
    db.course.findMany({
      where: { priceCents: { gt: 0 } },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  return { coupons, courses };
}
