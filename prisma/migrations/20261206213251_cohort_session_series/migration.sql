-- AlterTable
ALTER TABLE "CohortSession" ADD COLUMN     "seriesId" TEXT;

-- CreateIndex
CREATE INDEX "CohortSession_seriesId_startsAt_idx" ON "CohortSession"("seriesId", "startsAt");
