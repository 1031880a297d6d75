-- CreateEnum
CREATE TYPE "QaReportStatus" AS ENUM ('OPEN', 'HIDDEN', 'DISMISSED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REPLY', 'ACCEPTED', 'STAFF_ANSWER', 'MENTION', 'POST_HIDDEN', 'POST_RESTORED');

-- CreateEnum
CREATE TYPE "MailPreference" AS ENUM ('INSTANT', 'DIGEST', 'OFF');

-- CreateTable
CREATE TABLE "QaPost" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "questionId" TEXT,
    "authorId" TEXT,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "attemptCode" TEXT,
    "attemptLanguage" TEXT,
    "attemptSolves" BOOLEAN NOT NULL DEFAULT false,
    "acceptedAnswerId" TEXT,
    "score" INTEGER NOT NULL DEFAULT 0,
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    "firstAnsweredAt" TIMESTAMPTZ(3),
    "editedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "hiddenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QaPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QaRevision" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "editorId" TEXT,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QaVote" (
    "postId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaVote_pkey" PRIMARY KEY ("postId","userId")
);

-- CreateTable
CREATE TABLE "QaFollow" (
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "muted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaFollow_pkey" PRIMARY KEY ("questionId","userId")
);

-- CreateTable
CREATE TABLE "QaReport" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "QaReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorId" TEXT,
    "postId" TEXT,
    "courseId" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "mailedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "mail" "MailPreference" NOT NULL DEFAULT 'INSTANT',

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","category")
);

-- CreateIndex
CREATE UNIQUE INDEX "QaPost_acceptedAnswerId_key" ON "QaPost"("acceptedAnswerId");

-- CreateIndex
CREATE INDEX "QaPost_lessonId_questionId_createdAt_idx" ON "QaPost"("lessonId", "questionId", "createdAt");

-- CreateIndex
CREATE INDEX "QaPost_questionId_createdAt_idx" ON "QaPost"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "QaPost_courseId_questionId_firstAnsweredAt_createdAt_idx" ON "QaPost"("courseId", "questionId", "firstAnsweredAt", "createdAt");

-- CreateIndex
CREATE INDEX "QaPost_authorId_createdAt_idx" ON "QaPost"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "QaRevision_postId_createdAt_idx" ON "QaRevision"("postId", "createdAt");

-- CreateIndex
CREATE INDEX "QaVote_userId_idx" ON "QaVote"("userId");

-- CreateIndex
CREATE INDEX "QaFollow_userId_idx" ON "QaFollow"("userId");

-- CreateIndex
CREATE INDEX "QaReport_status_createdAt_idx" ON "QaReport"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QaReport_postId_reporterId_key" ON "QaReport"("postId", "reporterId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "QaPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_acceptedAnswerId_fkey" FOREIGN KEY ("acceptedAnswerId") REFERENCES "QaPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaRevision" ADD CONSTRAINT "QaRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "QaPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaRevision" ADD CONSTRAINT "QaRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaVote" ADD CONSTRAINT "QaVote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "QaPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaVote" ADD CONSTRAINT "QaVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaFollow" ADD CONSTRAINT "QaFollow_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "QaPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaFollow" ADD CONSTRAINT "QaFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaReport" ADD CONSTRAINT "QaReport_postId_fkey" FOREIGN KEY ("postId") REFERENCES "QaPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QaReport" ADD CONSTRAINT "QaReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_postId_fkey" FOREIGN KEY ("postId") REFERENCES "QaPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (see the schema's Q&A header): a question has a title and no questionId, an answer the reverse;
-- length limits as the last guard behind lib/discussions/schema.ts.
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_shape" CHECK (("questionId" IS NULL) = ("title" IS NOT NULL));
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_lengths" CHECK (char_length("body") <= 10000 AND char_length(coalesce("title", '')) <= 150 AND char_length(coalesce("attemptCode", '')) <= 20000);
ALTER TABLE "QaPost" ADD CONSTRAINT "QaPost_answer_count" CHECK ("answerCount" >= 0);
ALTER TABLE "QaReport" ADD CONSTRAINT "QaReport_reason_length" CHECK (char_length("reason") BETWEEN 1 AND 500);
