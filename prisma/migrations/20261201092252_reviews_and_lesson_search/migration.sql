-- Hand-written (noted in schema.prisma): lesson search reads what a reader sees, and only free-preview
-- lessons contribute their text (the others match by title), so no paid lesson text reaches search results.
-- academy_markdown_plain drops Markdown syntax line by line: code fence lines with their language,
-- link and image targets, heading, quote and list markers, table rules and borders, emphasis and code marks.
CREATE FUNCTION academy_markdown_plain(markdown text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN regexp_replace(
  regexp_replace(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(
            regexp_replace(markdown, '^[[:blank:]]*(```|~~~).*$', '', 'gn'),
            '!?\[([^]]*)\]\([^)]*\)', '\1', 'gn'),
          '^[[:blank:]]*(#{1,6}|>+|[-*+]|[0-9]+[.)])[[:blank:]]+', '', 'gn'),
        '^[[:blank:]|:-]*-{3,}[[:blank:]|:-]*$', '', 'gn'),
      '[*`]+|~~', '', 'g'),
    '\|', ' ', 'g'),
  '[[:blank:]]+', ' ', 'g');

DROP INDEX IF EXISTS "Lesson_searchVector_idx";
ALTER TABLE "Lesson" DROP COLUMN "searchVector";
ALTER TABLE "Lesson" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  CASE WHEN "freePreview"
    THEN setweight(to_tsvector('english'::regconfig, academy_markdown_plain(coalesce("body", ''))), 'D')
    ELSE ''::tsvector END
) STORED;
CREATE INDEX "Lesson_searchVector_idx" ON "Lesson" USING GIN ("searchVector");

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "reply" TEXT,
    "repliedAt" TIMESTAMPTZ(3),
    "hiddenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Review_courseId_hiddenAt_createdAt_idx" ON "Review"("courseId", "hiddenAt", "createdAt");

-- CreateIndex
CREATE INDEX "Review_userId_idx" ON "Review"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_courseId_userId_key" ON "Review"("courseId", "userId");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (noted in schema.prisma): what a review may hold.
ALTER TABLE "Review" ADD CONSTRAINT "Review_rating_check" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "Review" ADD CONSTRAINT "Review_body_check" CHECK (char_length("body") BETWEEN 1 AND 2000);
ALTER TABLE "Review" ADD CONSTRAINT "Review_reply_check" CHECK ("reply" IS NULL OR char_length("reply") <= 2000);
