-- Cohort calendar feeds, per-member session invites, reminder rounds and attendance (issue 25).
-- Hand-written at the end: the invite's method and the reminder's kind are closed lists.
-- AlterTable
ALTER TABLE "CohortSession" ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CohortCalendarFeed" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CohortCalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortInvite" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CohortInvite_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "CohortReminder" (
    "sessionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "members" INTEGER NOT NULL,

    CONSTRAINT "CohortReminder_pkey" PRIMARY KEY ("sessionId","kind","startsAt")
);

-- CreateTable
CREATE TABLE "CohortAttendance" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,
    "firstJoinAt" TIMESTAMPTZ(3),
    "markedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CohortAttendance_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CohortCalendarFeed_cohortId_userId_key" ON "CohortCalendarFeed"("cohortId", "userId");

-- CreateIndex
CREATE INDEX "CohortInvite_userId_idx" ON "CohortInvite"("userId");

-- CreateIndex
CREATE INDEX "CohortAttendance_userId_idx" ON "CohortAttendance"("userId");

-- AddForeignKey
ALTER TABLE "CohortCalendarFeed" ADD CONSTRAINT "CohortCalendarFeed_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortCalendarFeed" ADD CONSTRAINT "CohortCalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortInvite" ADD CONSTRAINT "CohortInvite_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CohortSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortInvite" ADD CONSTRAINT "CohortInvite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortReminder" ADD CONSTRAINT "CohortReminder_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CohortSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortAttendance" ADD CONSTRAINT "CohortAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CohortSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortAttendance" ADD CONSTRAINT "CohortAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written
ALTER TABLE "CohortInvite" ADD CONSTRAINT "CohortInvite_method_check" CHECK ("method" IN ('REQUEST', 'CANCEL'));
ALTER TABLE "CohortReminder" ADD CONSTRAINT "CohortReminder_kind_check" CHECK ("kind" IN ('24h', '1h'));
