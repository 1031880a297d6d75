-- Hand-written: catalogue search (noted in schema.prisma).
-- Full-text: a weighted tsvector generated from each course and each lesson, with GIN indexes.
-- Typo tolerance: pg_trgm trigram GIN indexes on course titles, summaries and lesson titles.
-- Accepted by PostgreSQL 15 and PGlite (PostgreSQL 18).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Course" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'C')
) STORED;

ALTER TABLE "Lesson" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'D')
) STORED;

CREATE INDEX "Course_searchVector_idx" ON "Course" USING GIN ("searchVector");
CREATE INDEX "Lesson_searchVector_idx" ON "Lesson" USING GIN ("searchVector");
CREATE INDEX "Course_title_trgm_idx" ON "Course" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "Course_summary_trgm_idx" ON "Course" USING GIN ("summary" gin_trgm_ops);
CREATE INDEX "Lesson_title_trgm_idx" ON "Lesson" USING GIN ("title" gin_trgm_ops);
