-- CreateEnum
CREATE TYPE "ProjectSubmissionKind" AS ENUM ('REPOSITORY', 'TEXT', 'UPLOAD');

-- CreateEnum
CREATE TYPE "ProjectLatePolicy" AS ENUM ('CLOSED', 'ACCEPT_LATE');

-- CreateEnum
CREATE TYPE "ProjectSubmissionStatus" AS ENUM ('WAITING', 'PASSED', 'CHANGES_REQUESTED');

-- AlterTable
ALTER TABLE "Module" ADD COLUMN     "releaseDay" INTEGER;

-- CreateTable
CREATE TABLE "CourseProject" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "brief" TEXT NOT NULL,
    "deadlineDay" INTEGER NOT NULL,
    "submissionKind" "ProjectSubmissionKind" NOT NULL,
    "latePolicy" "ProjectLatePolicy" NOT NULL DEFAULT 'CLOSED',
    "required" BOOLEAN NOT NULL DEFAULT true,
    "rubric" JSONB NOT NULL,
    "passMark" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CourseProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectSubmission" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" "ProjectSubmissionStatus" NOT NULL DEFAULT 'WAITING',
    "late" BOOLEAN NOT NULL DEFAULT false,
    "repositoryUrl" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "textAnswer" TEXT,
    "fileKey" TEXT,
    "fileName" TEXT,
    "fileMime" TEXT,
    "fileBytes" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectReview" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "outcome" "ProjectSubmissionStatus" NOT NULL,
    "scores" JSONB NOT NULL,
    "points" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortModuleRelease" (
    "cohortId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortModuleRelease_pkey" PRIMARY KEY ("cohortId","moduleId","userId")
);

-- CreateIndex
CREATE INDEX "CourseProject_courseId_position_idx" ON "CourseProject"("courseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CourseProject_courseId_slug_key" ON "CourseProject"("courseId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectSubmission_fileKey_key" ON "ProjectSubmission"("fileKey");

-- CreateIndex
CREATE INDEX "ProjectSubmission_cohortId_status_createdAt_idx" ON "ProjectSubmission"("cohortId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ProjectSubmission_userId_projectId_idx" ON "ProjectSubmission"("userId", "projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectSubmission_projectId_userId_attempt_key" ON "ProjectSubmission"("projectId", "userId", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectReview_submissionId_key" ON "ProjectReview"("submissionId");

-- AddForeignKey
ALTER TABLE "CourseProject" ADD CONSTRAINT "CourseProject_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSubmission" ADD CONSTRAINT "ProjectSubmission_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "CourseProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSubmission" ADD CONSTRAINT "ProjectSubmission_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSubmission" ADD CONSTRAINT "ProjectSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReview" ADD CONSTRAINT "ProjectReview_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProjectSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReview" ADD CONSTRAINT "ProjectReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortModuleRelease" ADD CONSTRAINT "CohortModuleRelease_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortModuleRelease" ADD CONSTRAINT "CohortModuleRelease_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortModuleRelease" ADD CONSTRAINT "CohortModuleRelease_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
