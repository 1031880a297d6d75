-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'WON', 'LOST');

-- AlterEnum
ALTER TYPE "PaymentStatus" ADD VALUE 'PROCESSING';

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "checkoutUrl" TEXT,
ADD COLUMN     "discountCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "disputeStatus" "DisputeStatus",
ADD COLUMN     "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "listPriceCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "receiptUrl" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "stripeCheckoutSessionId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "WaitlistEntry" ADD COLUMN     "offerExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "offeredAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "CouponRedemption" (
    "id" TEXT NOT NULL,
    "couponId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "paymentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouponRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeferredWebhookEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "paymentIntentId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeferredWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestCheckoutSession" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "paymentStatus" TEXT NOT NULL DEFAULT 'unpaid',
    "amountTotal" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "customerEmail" TEXT,
    "clientReferenceId" TEXT,
    "metadata" JSONB NOT NULL,
    "paymentIntentId" TEXT,
    "successUrl" TEXT NOT NULL,
    "cancelUrl" TEXT NOT NULL,
    "refunds" JSONB NOT NULL DEFAULT '[]',
    "declined" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestCheckoutSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CouponRedemption_paymentId_key" ON "CouponRedemption"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "CouponRedemption_couponId_userId_key" ON "CouponRedemption"("couponId", "userId");

-- CreateIndex
CREATE INDEX "DeferredWebhookEvent_paymentIntentId_idx" ON "DeferredWebhookEvent"("paymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "TestCheckoutSession_idempotencyKey_key" ON "TestCheckoutSession"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "TestCheckoutSession_paymentIntentId_key" ON "TestCheckoutSession"("paymentIntentId");

-- CreateIndex
CREATE INDEX "Payment_cohortId_status_idx" ON "Payment"("cohortId", "status");

-- AddForeignKey
ALTER TABLE "CouponRedemption" ADD CONSTRAINT "CouponRedemption_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouponRedemption" ADD CONSTRAINT "CouponRedemption_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouponRedemption" ADD CONSTRAINT "CouponRedemption_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (see the note at the top of schema.prisma).
-- One open checkout per learner and course. Written without the new PROCESSING value, which PostgreSQL
-- cannot use in the transaction that adds it: every status but the settled ones is open.
CREATE UNIQUE INDEX "Payment_one_open_checkout" ON "Payment"("userId", "courseId") WHERE "status" NOT IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED', 'EXPIRED');

ALTER TABLE "Payment" ADD CONSTRAINT "Payment_discount_nonnegative" CHECK ("discountCents" >= 0 AND "listPriceCents" >= 0);
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_one_discount" CHECK (("percentOff" IS NULL) <> ("amountOffCents" IS NULL));
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_percent_range" CHECK ("percentOff" IS NULL OR ("percentOff" BETWEEN 1 AND 100));
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_amount_positive" CHECK ("amountOffCents" IS NULL OR "amountOffCents" > 0);
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_redemptions_within_cap" CHECK ("maxRedemptions" IS NULL OR "redeemedCount" <= "maxRedemptions");
