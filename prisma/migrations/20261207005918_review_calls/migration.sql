-- AlterTable
ALTER TABLE "Advisor" ADD COLUMN     "consults" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "submissionId" TEXT;

-- AlterTable
ALTER TABLE "CourseProject" ADD COLUMN     "reviewCall" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Booking_submissionId_idx" ON "Booking"("submissionId");

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProjectSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (noted in schema.prisma): one live review call per submission; a cancelled one frees the place.
CREATE UNIQUE INDEX "Booking_one_live_call_per_submission" ON "Booking"("submissionId")
  WHERE "submissionId" IS NOT NULL AND "status" <> 'CANCELLED';
