-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PROJECT_REVIEWED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "submissionId" TEXT;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ProjectSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
