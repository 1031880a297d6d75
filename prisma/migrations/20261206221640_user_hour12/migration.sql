-- AlterTable
ALTER TABLE "User" ADD COLUMN     "hour12" BOOLEAN;
