-- AlterTable
ALTER TABLE "QaPost" ADD COLUMN     "cohortId" TEXT,
ADD COLUMN     "pinnedAt" TIMESTAMPTZ(3),
ALTER COLUMN "lessonId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "QaPost_cohortId_questionId_pinnedAt_createdAt_idx" ON "QaPost"("cohortId", "questionId", "pinnedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (issue 26): a thread lives under exactly one place, a lesson or a cohort board.
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_one_place" CHECK (("lessonId" IS NULL) <> ("cohortId" IS NULL));
