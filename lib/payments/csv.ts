// The admin CSV export. Pure. Cells that a spreadsheet would run as a formula are prefixed with '.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

type CsvPayment = {
  id: string;
  createdAt: Date;
  paidAt: Date | null;
  status: string;
  disputeStatus: string | null;
  user: { email: string };
  course: { slug: string };
  coupon: { code: string } | null;
  listPriceCents: number;
  discountCents: number;
  amountCents: number;
  refundedCents: number;
  currency: string;
  stripePaymentIntentId: string | null;
};

const cents = (n: number) => (n / 100).toFixed(2);

export function paymentsCsv(payments: CsvPayment[]): string {
  return toCsv(
    [
      "payment_id",
      "created_at",
      "paid_at",
      "status",
      "dispute",
      "learner_email",
      "course",
      "coupon",
      "list_price",
      "discount",
      "amount",
      "refunded",
      "currency",
      "payment_intent",
    ],
    payments.map((p) => [
      p.id,
      p.createdAt.toISOString(),
      p.paidAt?.toISOString() ?? "",
      p.status,
      p.disputeStatus ?? "",
      p.user.email,
      p.course.slug,
      p.coupon?.code ?? "",
      cents(p.listPriceCents),
      cents(p.discountCents),
      cents(p.amountCents),
      cents(p.refundedCents),
      p.currency.toUpperCase(),
      p.stripePaymentIntentId ?? "",
    ]),
  );
}
