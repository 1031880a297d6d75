-- AlterTable
ALTER TABLE "CourseProject" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3);
