-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN     "lastAnswer" TEXT;
