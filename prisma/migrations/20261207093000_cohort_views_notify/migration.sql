-- Tells the app when what the cohort pages read may have changed (lib/cohorts/kept-views.ts keeps the rows of their
-- statements on PGlite): the cohort access check, the cohort home, a member's projects and calendar link, the
-- review queue and its upcoming calls. Statement-level: one notice per change, whatever the rows. Columns the
-- statements never read (a learner's last lesson, a booking's reminder, a course's description) are not such a
-- change. Only on PGlite, the one engine where they are kept: on PostgreSQL nothing listens, and a transaction that
-- notifies takes a database-wide lock while it commits, which would queue every enrolment, booking and submission
-- behind each other for nothing.
-- One trigger function for every channel of kept rows (lib/db/kept-rows.ts): the channel is the trigger's argument.
CREATE FUNCTION academy_notify_kept_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(TG_ARGV[0], '');
  RETURN NULL;
END
$$;

DO $triggers$
BEGIN
  IF version() NOT LIKE '%PGlite%' THEN
    RETURN;
  END IF;
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Cohort"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CourseCoInstructor"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CohortMentor"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CohortSession"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CohortAttendance"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CohortAnnouncement"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CourseProject"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProjectSubmission"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CohortCalendarFeed"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');

  CREATE TRIGGER academy_cohort_views AFTER INSERT OR DELETE OR TRUNCATE
    OR UPDATE OF "status", "cohortId", "userId", "courseId" ON "Enrollment"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER DELETE OR TRUNCATE OR UPDATE OF "title", "slug", "instructorId" ON "Course"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER DELETE OR TRUNCATE OR UPDATE OF "name", "email" ON "User"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER INSERT OR DELETE OR TRUNCATE
    OR UPDATE OF "status", "startsAt", "endsAt", "name", "advisorId", "submissionId" ON "Booking"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
  CREATE TRIGGER academy_cohort_views AFTER DELETE OR TRUNCATE OR UPDATE OF "videoUrl", "changeCutoffHours", "userId" ON "Advisor"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('cohort_views');
END
$triggers$;
