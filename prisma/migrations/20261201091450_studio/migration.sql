-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "coverImageUrl" TEXT;

-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN     "firstViewedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "CourseCoInstructor" (
    "courseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseCoInstructor_pkey" PRIMARY KEY ("courseId","userId")
);

-- CreateTable
CREATE TABLE "CourseSlugRedirect" (
    "slug" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "LessonDraft" (
    "lessonId" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LessonDraft_pkey" PRIMARY KEY ("lessonId")
);

-- CreateTable
CREATE TABLE "LessonVersion" (
    "id" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudioUpload" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudioUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CourseCoInstructor_userId_idx" ON "CourseCoInstructor"("userId");

-- CreateIndex
CREATE INDEX "CourseSlugRedirect_courseId_idx" ON "CourseSlugRedirect"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "LessonVersion_lessonId_number_key" ON "LessonVersion"("lessonId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "StudioUpload_storageKey_key" ON "StudioUpload"("storageKey");

-- CreateIndex
CREATE INDEX "StudioUpload_courseId_createdAt_idx" ON "StudioUpload"("courseId", "createdAt");

-- CreateIndex
CREATE INDEX "Enrollment_courseId_createdAt_idx" ON "Enrollment"("courseId", "createdAt");

-- CreateIndex
CREATE INDEX "LessonProgress_courseId_lessonId_completedAt_idx" ON "LessonProgress"("courseId", "lessonId", "completedAt");

-- CreateIndex
CREATE INDEX "LessonProgress_courseId_lastViewedAt_idx" ON "LessonProgress"("courseId", "lastViewedAt");

-- CreateIndex
CREATE INDEX "QuizAttempt_lessonId_userId_createdAt_idx" ON "QuizAttempt"("lessonId", "userId", "createdAt");

-- AddForeignKey
ALTER TABLE "CourseCoInstructor" ADD CONSTRAINT "CourseCoInstructor_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCoInstructor" ADD CONSTRAINT "CourseCoInstructor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSlugRedirect" ADD CONSTRAINT "CourseSlugRedirect_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonDraft" ADD CONSTRAINT "LessonDraft_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVersion" ADD CONSTRAINT "LessonVersion_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudioUpload" ADD CONSTRAINT "StudioUpload_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (see the note at the top of schema.prisma)
ALTER TABLE "LessonDraft" ADD CONSTRAINT "LessonDraft_revision_check" CHECK ("revision" > 0);
ALTER TABLE "LessonVersion" ADD CONSTRAINT "LessonVersion_number_check" CHECK ("number" > 0);
