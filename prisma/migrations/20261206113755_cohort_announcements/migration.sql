-- Cohort announcements (issue 25). Hand-written at the end: a title and a body of bounded length.
-- CreateTable
CREATE TABLE "CohortAnnouncement" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortAnnouncement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CohortAnnouncement_cohortId_createdAt_idx" ON "CohortAnnouncement"("cohortId", "createdAt");

-- AddForeignKey
ALTER TABLE "CohortAnnouncement" ADD CONSTRAINT "CohortAnnouncement_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortAnnouncement" ADD CONSTRAINT "CohortAnnouncement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written
ALTER TABLE "CohortAnnouncement" ADD CONSTRAINT "CohortAnnouncement_lengths" CHECK (char_length("title") BETWEEN 1 AND 120 AND char_length("body") BETWEEN 1 AND 5000);
