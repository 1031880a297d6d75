-- CreateEnum
CREATE TYPE "ConsultationTopic" AS ENUM ('CAREER_CHANGE', 'INTERVIEW_PREP', 'CHOOSING_COURSE', 'OTHER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "BookingStatus" ADD VALUE 'COMPLETED';
ALTER TYPE "BookingStatus" ADD VALUE 'NO_SHOW';

-- AlterTable
ALTER TABLE "Advisor" ADD COLUMN     "bufferBeforeMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "changeCutoffHours" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "dailyCap" INTEGER,
ADD COLUMN     "horizonDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "topicMinutes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "videoUrl" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "advisorNotes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "blockEnd" TIMESTAMPTZ(3),
ADD COLUMN     "blockStart" TIMESTAMPTZ(3),
ADD COLUMN     "cancelReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "currentRole" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "goal" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "topic" "ConsultationTopic" NOT NULL DEFAULT 'OTHER';

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "BookingReminder" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningPlan" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LearningPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningPlanItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "LearningPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BookingReminder_sentAt_dueAt_idx" ON "BookingReminder"("sentAt", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "BookingReminder_bookingId_kind_sequence_key" ON "BookingReminder"("bookingId", "kind", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "LearningPlan_bookingId_key" ON "LearningPlan"("bookingId");

-- CreateIndex
CREATE INDEX "LearningPlan_email_idx" ON "LearningPlan"("email");

-- CreateIndex
CREATE INDEX "LearningPlanItem_courseId_idx" ON "LearningPlanItem"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "LearningPlanItem_planId_courseId_key" ON "LearningPlanItem"("planId", "courseId");

-- AddForeignKey
ALTER TABLE "BookingReminder" ADD CONSTRAINT "BookingReminder_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPlan" ADD CONSTRAINT "LearningPlan_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPlan" ADD CONSTRAINT "LearningPlan_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "Advisor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPlanItem" ADD CONSTRAINT "LearningPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LearningPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPlanItem" ADD CONSTRAINT "LearningPlanItem_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (noted in schema.prisma): the overlap guard covers the buffers around each meeting.
-- Rows written before blockStart and blockEnd existed fall back to the meeting itself.
ALTER TABLE "Booking" DROP CONSTRAINT "Booking_no_overlap";
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap"
  EXCLUDE USING gist ("advisorId" WITH =, tstzrange(coalesce("blockStart", "startsAt"), coalesce("blockEnd", "endsAt"), '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED');
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_block_covers" CHECK (("blockStart" IS NULL OR "blockStart" <= "startsAt") AND ("blockEnd" IS NULL OR "blockEnd" >= "endsAt"));
ALTER TABLE "Advisor" ADD CONSTRAINT "Advisor_settings_range" CHECK ("bufferBeforeMinutes" BETWEEN 0 AND 240 AND "bufferMinutes" BETWEEN 0 AND 240 AND "horizonDays" BETWEEN 1 AND 365 AND ("dailyCap" IS NULL OR "dailyCap" >= 1) AND "changeCutoffHours" BETWEEN 0 AND 168);
