-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Module" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true;

-- Lessons added in the studio and never published (an empty body, a draft, no version) stay hidden.
UPDATE "Lesson" l SET "published" = false
WHERE l."body" = ''
  AND EXISTS (SELECT 1 FROM "LessonDraft" d WHERE d."lessonId" = l."id")
  AND NOT EXISTS (SELECT 1 FROM "LessonVersion" v WHERE v."lessonId" = l."id");
