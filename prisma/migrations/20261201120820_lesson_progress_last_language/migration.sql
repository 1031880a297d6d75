-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN     "lastLanguage" TEXT;
