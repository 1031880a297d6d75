-- CreateTable
CREATE TABLE "CourseWeekStat" (
    "courseId" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "enrolments" INTEGER NOT NULL DEFAULT 0,
    "payments" INTEGER NOT NULL DEFAULT 0,
    "grossCents" BIGINT NOT NULL DEFAULT 0,
    "refundedCents" BIGINT NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CourseWeekStat_pkey" PRIMARY KEY ("courseId","week")
);

-- CreateTable
CREATE TABLE "CourseLearnerActivity" (
    "courseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastActiveAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CourseLearnerActivity_pkey" PRIMARY KEY ("courseId","userId")
);

-- CreateTable
CREATE TABLE "LessonStat" (
    "lessonId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "started" INTEGER NOT NULL DEFAULT 0,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "quizAttempts" INTEGER NOT NULL DEFAULT 0,
    "quizLearners" INTEGER NOT NULL DEFAULT 0,
    "quizFirstPassed" INTEGER NOT NULL DEFAULT 0,
    "exerciseLearners" INTEGER NOT NULL DEFAULT 0,
    "exerciseFirstPassed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LessonStat_pkey" PRIMARY KEY ("lessonId")
);

-- CreateTable
CREATE TABLE "LessonDurationStat" (
    "lessonId" TEXT NOT NULL,
    "seconds" INTEGER NOT NULL,
    "learners" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LessonDurationStat_pkey" PRIMARY KEY ("lessonId","seconds")
);

-- CreateTable
CREATE TABLE "QuizQuestionStat" (
    "questionId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "correct" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuizQuestionStat_pkey" PRIMARY KEY ("questionId")
);

-- CreateIndex
CREATE INDEX "CourseLearnerActivity_courseId_lastActiveAt_idx" ON "CourseLearnerActivity"("courseId", "lastActiveAt");

-- CreateIndex
CREATE INDEX "LessonStat_courseId_idx" ON "LessonStat"("courseId");

-- CreateIndex
CREATE INDEX "QuizQuestionStat_lessonId_idx" ON "QuizQuestionStat"("lessonId");

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written (Prisma's schema cannot say it): the triggers that keep the rollups above in step with every
-- write, in that write's transaction, and academy_analytics_rebuild(), the same figures from scratch.
-- The definitions match lib/studio/analytics-queries.ts ANALYTICS_REFERENCE exactly.
-- ---------------------------------------------------------------------------------------------------------

-- The analytics' week: the Monday it starts on, in UTC, whatever the session's time zone.
CREATE FUNCTION academy_week(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('week', t AT TIME ZONE 'UTC')::date
$$;

-- Whole seconds from a lesson's first view to its completion (the median-time figure).
CREATE FUNCTION academy_lesson_seconds(first_viewed timestamptz, completed timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT floor(EXTRACT(EPOCH FROM (completed - first_viewed)))::integer
$$;

-- Whether a quiz attempt's answers to one question are exactly that question's correct choices.
CREATE FUNCTION academy_quiz_answer_correct(question_id text, answers jsonb) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT ARRAY(SELECT jsonb_array_elements_text(answers -> question_id) ORDER BY 1)
       = (SELECT array_agg(c.id ORDER BY c.id) FILTER (WHERE c.correct) FROM "QuizChoice" c WHERE c."questionId" = question_id)
$$;

-- Adds to one lesson's counters. A lesson already deleted (a cascade) has no course to file a new row under:
-- then only an existing row is changed.
CREATE FUNCTION academy_lesson_stat_add(
  p_lesson text,
  d_started integer DEFAULT 0, d_completed integer DEFAULT 0,
  d_quiz_attempts integer DEFAULT 0, d_quiz_learners integer DEFAULT 0, d_quiz_passed integer DEFAULT 0,
  d_exercise_learners integer DEFAULT 0, d_exercise_passed integer DEFAULT 0
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  course_id text;
BEGIN
  IF d_started = 0 AND d_completed = 0 AND d_quiz_attempts = 0 AND d_quiz_learners = 0 AND d_quiz_passed = 0
     AND d_exercise_learners = 0 AND d_exercise_passed = 0 THEN
    RETURN;
  END IF;
  SELECT l."courseId" INTO course_id FROM "Lesson" l WHERE l.id = p_lesson;
  IF course_id IS NULL THEN
    UPDATE "LessonStat" SET started = started + d_started, completed = completed + d_completed,
      "quizAttempts" = "quizAttempts" + d_quiz_attempts, "quizLearners" = "quizLearners" + d_quiz_learners,
      "quizFirstPassed" = "quizFirstPassed" + d_quiz_passed, "exerciseLearners" = "exerciseLearners" + d_exercise_learners,
      "exerciseFirstPassed" = "exerciseFirstPassed" + d_exercise_passed
    WHERE "lessonId" = p_lesson;
    RETURN;
  END IF;
  INSERT INTO "LessonStat" AS s ("lessonId", "courseId", started, completed, "quizAttempts", "quizLearners", "quizFirstPassed", "exerciseLearners", "exerciseFirstPassed")
  VALUES (p_lesson, course_id, d_started, d_completed, d_quiz_attempts, d_quiz_learners, d_quiz_passed, d_exercise_learners, d_exercise_passed)
  ON CONFLICT ("lessonId") DO UPDATE SET started = s.started + d_started, completed = s.completed + d_completed,
    "quizAttempts" = s."quizAttempts" + d_quiz_attempts, "quizLearners" = s."quizLearners" + d_quiz_learners,
    "quizFirstPassed" = s."quizFirstPassed" + d_quiz_passed, "exerciseLearners" = s."exerciseLearners" + d_exercise_learners,
    "exerciseFirstPassed" = s."exerciseFirstPassed" + d_exercise_passed;
END
$$;

-- Enrolments by week.
CREATE FUNCTION academy_rollup_enrollment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "CourseWeekStat" SET enrolments = enrolments - 1
    WHERE "courseId" = OLD."courseId" AND week = academy_week(OLD."createdAt");
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "CourseWeekStat" AS w ("courseId", week, enrolments) VALUES (NEW."courseId", academy_week(NEW."createdAt"), 1)
    ON CONFLICT ("courseId", week) DO UPDATE SET enrolments = w.enrolments + 1;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER academy_rollup_enrollment AFTER INSERT OR DELETE OR UPDATE OF "courseId", "createdAt" ON "Enrollment"
  FOR EACH ROW EXECUTE FUNCTION academy_rollup_enrollment();

-- Revenue and refunds by the week a payment was paid in: a refund changes its row, and so its week's sums.
CREATE FUNCTION academy_rollup_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status::text IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND OLD."paidAt" IS NOT NULL THEN
    UPDATE "CourseWeekStat" SET payments = payments - 1, "grossCents" = "grossCents" - OLD."amountCents",
      "refundedCents" = "refundedCents" - OLD."refundedCents", refunds = refunds - (OLD."refundedCents" > 0)::integer
    WHERE "courseId" = OLD."courseId" AND week = academy_week(OLD."paidAt");
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status::text IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND NEW."paidAt" IS NOT NULL THEN
    INSERT INTO "CourseWeekStat" AS w ("courseId", week, payments, "grossCents", "refundedCents", refunds)
    VALUES (NEW."courseId", academy_week(NEW."paidAt"), 1, NEW."amountCents", NEW."refundedCents", (NEW."refundedCents" > 0)::integer)
    ON CONFLICT ("courseId", week) DO UPDATE SET payments = w.payments + 1, "grossCents" = w."grossCents" + EXCLUDED."grossCents",
      "refundedCents" = w."refundedCents" + EXCLUDED."refundedCents", refunds = w.refunds + EXCLUDED.refunds;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER academy_rollup_payment AFTER INSERT OR DELETE OR UPDATE OF "courseId", status, "paidAt", "amountCents", "refundedCents" ON "Payment"
  FOR EACH ROW EXECUTE FUNCTION academy_rollup_payment();

-- A learner's latest activity in a course: raised cheaply, recounted from their rows when it may have dropped.
CREATE FUNCTION academy_activity_raise(p_course text, p_user text, p_at timestamptz) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CourseLearnerActivity" AS a ("courseId", "userId", "lastActiveAt") VALUES (p_course, p_user, p_at)
  ON CONFLICT ("courseId", "userId") DO UPDATE SET "lastActiveAt" = EXCLUDED."lastActiveAt" WHERE a."lastActiveAt" < EXCLUDED."lastActiveAt"
$$;

CREATE FUNCTION academy_activity_recount(p_course text, p_user text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  latest timestamptz;
BEGIN
  SELECT max(p."lastViewedAt") INTO latest FROM "LessonProgress" p WHERE p."userId" = p_user AND p."courseId" = p_course;
  IF latest IS NULL THEN
    DELETE FROM "CourseLearnerActivity" WHERE "courseId" = p_course AND "userId" = p_user;
  ELSE
    INSERT INTO "CourseLearnerActivity" AS a ("courseId", "userId", "lastActiveAt") VALUES (p_course, p_user, latest)
    ON CONFLICT ("courseId", "userId") DO UPDATE SET "lastActiveAt" = EXCLUDED."lastActiveAt";
  END IF;
END
$$;

-- One progress row's share of its lesson's counters and duration histogram, added (sign 1) or taken away (-1).
CREATE FUNCTION academy_progress_apply(r "LessonProgress", sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM academy_lesson_stat_add(r."lessonId", d_started => sign, d_completed => sign * (r."completedAt" IS NOT NULL)::integer);
  IF r."completedAt" IS NOT NULL THEN
    INSERT INTO "LessonDurationStat" AS d ("lessonId", seconds, learners)
    VALUES (r."lessonId", academy_lesson_seconds(r."firstViewedAt", r."completedAt"), sign)
    ON CONFLICT ("lessonId", seconds) DO UPDATE SET learners = d.learners + sign;
  END IF;
END
$$;

CREATE FUNCTION academy_rollup_progress() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."lessonId" = NEW."lessonId" AND OLD."userId" = NEW."userId" AND OLD."courseId" = NEW."courseId"
     AND OLD."completedAt" IS NOT DISTINCT FROM NEW."completedAt" AND OLD."firstViewedAt" = NEW."firstViewedAt" THEN
    -- The common case, a view or a saved answer: only the activity can move.
    IF NEW."lastViewedAt" > OLD."lastViewedAt" THEN
      PERFORM academy_activity_raise(NEW."courseId", NEW."userId", NEW."lastViewedAt");
    ELSIF NEW."lastViewedAt" < OLD."lastViewedAt" THEN
      PERFORM academy_activity_recount(NEW."courseId", NEW."userId");
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM academy_progress_apply(OLD, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM academy_progress_apply(NEW, 1);
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM academy_activity_raise(NEW."courseId", NEW."userId", NEW."lastViewedAt");
  ELSE
    PERFORM academy_activity_recount(OLD."courseId", OLD."userId");
    IF TG_OP = 'UPDATE' THEN
      PERFORM academy_activity_recount(NEW."courseId", NEW."userId");
    END IF;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER academy_rollup_progress AFTER INSERT OR UPDATE OR DELETE ON "LessonProgress"
  FOR EACH ROW EXECUTE FUNCTION academy_rollup_progress();

-- A learner's first quiz attempt on a lesson (earliest createdAt, then id) before and after one row changes.
-- Run from a BEFORE trigger, where rows processed earlier in the same statement are already visible: that
-- keeps a many-row insert exact. p_drop: the row going away (or being changed); p_add: the row arriving.
CREATE FUNCTION academy_quiz_first_try_shift(p_lesson text, p_user text, p_drop text, p_add "QuizAttempt", p_has_add boolean)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  before_row record;
  after_row record;
  had boolean;
  has boolean;
  passed_before integer := 0;
  passed_after integer := 0;
BEGIN
  SELECT q."createdAt", q.id, q.passed INTO before_row FROM "QuizAttempt" q
  WHERE q."lessonId" = p_lesson AND q."userId" = p_user ORDER BY q."createdAt", q.id LIMIT 1;
  had := FOUND;
  SELECT q."createdAt", q.id, q.passed INTO after_row FROM "QuizAttempt" q
  WHERE q."lessonId" = p_lesson AND q."userId" = p_user AND q.id IS DISTINCT FROM p_drop ORDER BY q."createdAt", q.id LIMIT 1;
  has := FOUND;
  IF p_has_add AND p_add."lessonId" = p_lesson AND p_add."userId" = p_user
     AND (NOT has OR (p_add."createdAt", p_add.id) < (after_row."createdAt", after_row.id)) THEN
    SELECT p_add."createdAt", p_add.id, p_add.passed INTO after_row;
    has := true;
  END IF;
  IF had AND before_row.passed THEN passed_before := 1; END IF;
  IF has AND after_row.passed THEN passed_after := 1; END IF;
  PERFORM academy_lesson_stat_add(p_lesson, d_quiz_learners => has::integer - had::integer, d_quiz_passed => passed_after - passed_before);
END
$$;

-- One attempt's right answers, question by question, added (1) or taken away (-1).
CREATE FUNCTION academy_quiz_answers_apply(r "QuizAttempt", sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM academy_lesson_stat_add(r."lessonId", d_quiz_attempts => sign);
  INSERT INTO "QuizQuestionStat" AS s ("questionId", "lessonId", correct)
  SELECT q.id, q."lessonId", sign FROM "QuizQuestion" q
  WHERE q."lessonId" = r."lessonId" AND academy_quiz_answer_correct(q.id, r.answers)
  ON CONFLICT ("questionId") DO UPDATE SET correct = s.correct + sign;
END
$$;

CREATE FUNCTION academy_rollup_quiz_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM academy_quiz_first_try_shift(NEW."lessonId", NEW."userId", NULL, NEW, true);
    PERFORM academy_quiz_answers_apply(NEW, 1);
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM academy_quiz_first_try_shift(OLD."lessonId", OLD."userId", OLD.id, NULL, false);
    PERFORM academy_quiz_answers_apply(OLD, -1);
    RETURN OLD;
  END IF;
  PERFORM academy_quiz_first_try_shift(OLD."lessonId", OLD."userId", OLD.id, NEW, true);
  IF OLD."lessonId" <> NEW."lessonId" OR OLD."userId" <> NEW."userId" THEN
    PERFORM academy_quiz_first_try_shift(NEW."lessonId", NEW."userId", OLD.id, NEW, true);
  END IF;
  PERFORM academy_quiz_answers_apply(OLD, -1);
  PERFORM academy_quiz_answers_apply(NEW, 1);
  RETURN NEW;
END
$$;
CREATE TRIGGER academy_rollup_quiz_attempt BEFORE INSERT OR UPDATE OR DELETE ON "QuizAttempt"
  FOR EACH ROW EXECUTE FUNCTION academy_rollup_quiz_attempt();

-- A question's key changed (choices added, removed or re-marked): its count is taken again from the attempts.
-- Once per statement, so a publish that rewrites a quiz recounts each question once.
CREATE FUNCTION academy_quiz_question_recount(question_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "QuizQuestionStat" AS s ("questionId", "lessonId", correct)
  SELECT q.id, q."lessonId",
         (SELECT count(*) FROM "QuizAttempt" a WHERE a."lessonId" = q."lessonId" AND a.answers ? q.id AND academy_quiz_answer_correct(q.id, a.answers))::integer
  FROM "QuizQuestion" q WHERE q.id = ANY(question_ids)
  ON CONFLICT ("questionId") DO UPDATE SET correct = EXCLUDED.correct, "lessonId" = EXCLUDED."lessonId"
$$;

CREATE FUNCTION academy_rollup_quiz_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM academy_quiz_question_recount(ARRAY(SELECT DISTINCT n."questionId" FROM new_choices n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM academy_quiz_question_recount(ARRAY(SELECT DISTINCT o."questionId" FROM old_choices o));
  ELSE
    PERFORM academy_quiz_question_recount(ARRAY(SELECT n."questionId" FROM new_choices n UNION SELECT o."questionId" FROM old_choices o));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER academy_rollup_quiz_key_insert AFTER INSERT ON "QuizChoice" REFERENCING NEW TABLE AS new_choices
  FOR EACH STATEMENT EXECUTE FUNCTION academy_rollup_quiz_key();
CREATE TRIGGER academy_rollup_quiz_key_delete AFTER DELETE ON "QuizChoice" REFERENCING OLD TABLE AS old_choices
  FOR EACH STATEMENT EXECUTE FUNCTION academy_rollup_quiz_key();
CREATE TRIGGER academy_rollup_quiz_key_update AFTER UPDATE ON "QuizChoice" REFERENCING OLD TABLE AS old_choices NEW TABLE AS new_choices
  FOR EACH STATEMENT EXECUTE FUNCTION academy_rollup_quiz_key();

-- Exercise first tries: attempt number 1 of each learner.
CREATE FUNCTION academy_rollup_exercise_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."attemptNo" = 1 THEN
    PERFORM academy_lesson_stat_add(OLD."lessonId", d_exercise_learners => -1, d_exercise_passed => -(OLD.passed::integer));
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."attemptNo" = 1 THEN
    PERFORM academy_lesson_stat_add(NEW."lessonId", d_exercise_learners => 1, d_exercise_passed => NEW.passed::integer);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER academy_rollup_exercise_attempt AFTER INSERT OR UPDATE OR DELETE ON "ExerciseAttempt"
  FOR EACH ROW EXECUTE FUNCTION academy_rollup_exercise_attempt();

-- Every rollup computed from scratch: for existing data now, and after a bulk load with triggers disabled.
CREATE FUNCTION academy_analytics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CourseWeekStat";
  DELETE FROM "CourseLearnerActivity";
  DELETE FROM "LessonStat";
  DELETE FROM "LessonDurationStat";
  DELETE FROM "QuizQuestionStat";
  INSERT INTO "CourseWeekStat" ("courseId", week, enrolments, payments, "grossCents", "refundedCents", refunds)
  SELECT "courseId", week, sum(enrolments), sum(payments), sum(gross), sum(refunded), sum(refunds) FROM (
    SELECT e."courseId", academy_week(e."createdAt") AS week, count(*) AS enrolments, 0 AS payments, 0 AS gross, 0 AS refunded, 0 AS refunds
    FROM "Enrollment" e GROUP BY 1, 2
    UNION ALL
    SELECT p."courseId", academy_week(p."paidAt"), 0, count(*), sum(p."amountCents"), sum(p."refundedCents"), count(*) FILTER (WHERE p."refundedCents" > 0)
    FROM "Payment" p WHERE p.status::text IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND p."paidAt" IS NOT NULL GROUP BY 1, 2
  ) parts GROUP BY 1, 2;
  INSERT INTO "CourseLearnerActivity" ("courseId", "userId", "lastActiveAt")
  SELECT p."courseId", p."userId", max(p."lastViewedAt") FROM "LessonProgress" p GROUP BY 1, 2;
  INSERT INTO "LessonStat" ("lessonId", "courseId", started, completed, "quizAttempts", "quizLearners", "quizFirstPassed", "exerciseLearners", "exerciseFirstPassed")
  SELECT l.id, l."courseId", coalesce(p.started, 0), coalesce(p.completed, 0), coalesce(qa.attempts, 0),
         coalesce(qf.learners, 0), coalesce(qf.passed, 0), coalesce(x.learners, 0), coalesce(x.passed, 0)
  FROM "Lesson" l
  LEFT JOIN (SELECT "lessonId", count(*) AS started, count("completedAt") AS completed FROM "LessonProgress" GROUP BY 1) p ON p."lessonId" = l.id
  LEFT JOIN (SELECT "lessonId", count(*) AS attempts FROM "QuizAttempt" GROUP BY 1) qa ON qa."lessonId" = l.id
  LEFT JOIN (SELECT "lessonId", count(*) AS learners, count(*) FILTER (WHERE passed) AS passed FROM (
               SELECT DISTINCT ON (a."lessonId", a."userId") a."lessonId", a.passed FROM "QuizAttempt" a
               ORDER BY a."lessonId", a."userId", a."createdAt", a.id) f GROUP BY 1) qf ON qf."lessonId" = l.id
  LEFT JOIN (SELECT "lessonId", count(*) AS learners, count(*) FILTER (WHERE passed) AS passed FROM "ExerciseAttempt"
             WHERE "attemptNo" = 1 GROUP BY 1) x ON x."lessonId" = l.id;
  INSERT INTO "LessonDurationStat" ("lessonId", seconds, learners)
  SELECT p."lessonId", academy_lesson_seconds(p."firstViewedAt", p."completedAt"), count(*)
  FROM "LessonProgress" p WHERE p."completedAt" IS NOT NULL GROUP BY 1, 2;
  INSERT INTO "QuizQuestionStat" ("questionId", "lessonId", correct)
  SELECT q.id, q."lessonId",
         (SELECT count(*) FROM "QuizAttempt" a WHERE a."lessonId" = q."lessonId" AND a.answers ? q.id AND academy_quiz_answer_correct(q.id, a.answers))
  FROM "QuizQuestion" q;
END
$$;

SELECT academy_analytics_rebuild();
