import { describe, expect, it } from "vitest";
import { csvCell, paymentsCsv } from "@/lib/payments/csv";
import { formatMoney, parseMajorAmount } from "@/lib/payments/money";

describe("money", () => {
  it("formats integer cents with Intl.NumberFormat", () => {
    expect(formatMoney(7900, "usd")).toBe("$79.00");
    expect(formatMoney(1, "eur")).toBe("€0.01");
    expect(formatMoney(0, "usd")).toBe("$0.00");
  });
  it("parses amounts typed in major units", () => {
    expect(parseMajorAmount("25")).toBe(2500);
    expect(parseMajorAmount("25.5")).toBe(2550);
    expect(parseMajorAmount(" 25,05 ")).toBe(2505);
    for (const bad of ["", "-1", "1.234", "1e3", "abc", "12.", "99999999"]) expect(parseMajorAmount(bad)).toBeNull();
  });
});

describe("csv", () => {
  it("quotes separators and neutralises formulas", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
  });
  it("writes one row per payment in major units", () => {
    const csv = paymentsCsv([
      {
        id: "p1",
        createdAt: new Date("2026-12-01T10:00:00Z"),
        paidAt: null,
        status: "PAID",
        disputeStatus: null,
        user: { email: "a@example.test" },
        course: { slug: "sql" },
        coupon: { code: "HALF" },
        listPriceCents: 7900,
        discountCents: 3950,
        amountCents: 3950,
        refundedCents: 0,
        currency: "usd",
        stripePaymentIntentId: "pi_1",
      },
    ]);
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toBe(
      "payment_id,created_at,paid_at,status,dispute,learner_email,course,coupon,list_price,discount,amount,refunded,currency,payment_intent",
    );
    expect(row).toBe("p1,2026-12-01T10:00:00.000Z,,PAID,,a@example.test,sql,HALF,79.00,39.50,39.50,0.00,USD,pi_1");
  });
});
