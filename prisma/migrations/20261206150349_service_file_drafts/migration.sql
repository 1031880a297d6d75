-- CreateTable
CREATE TABLE "ServiceFileDraft" (
    "userId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceFileDraft_pkey" PRIMARY KEY ("userId","lessonId","path")
);

-- CreateIndex
CREATE INDEX "ServiceFileDraft_lessonId_idx" ON "ServiceFileDraft"("lessonId");

-- AddForeignKey
ALTER TABLE "ServiceFileDraft" ADD CONSTRAINT "ServiceFileDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceFileDraft" ADD CONSTRAINT "ServiceFileDraft_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;
