-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "requestKey" TEXT;

-- CreateIndex
CREATE INDEX "Payment_couponId_status_idx" ON "Payment"("couponId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_requestKey_key" ON "Refund"("requestKey");
