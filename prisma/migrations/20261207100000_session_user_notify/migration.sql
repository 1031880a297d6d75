-- Tells the app when the session check's row may have changed (lib/auth/session/index.ts keeps it on PGlite): an
-- account's address, name, role, zone, clock, session version or disabling, an account added or removed, a sign-in
-- recorded, revoked, used (lastSeenAt, at most hourly) or removed. Statement-level: one notice per change. Only on
-- PGlite, where the rows are kept (see 20261207093000_cohort_views_notify for why not on PostgreSQL, and for the
-- trigger function, academy_notify_kept_rows).
DO $triggers$
BEGIN
  IF version() NOT LIKE '%PGlite%' THEN
    RETURN;
  END IF;
  CREATE TRIGGER academy_session_users AFTER INSERT OR DELETE OR TRUNCATE
    OR UPDATE OF "id", "email", "name", "role", "timeZone", "hour12", "sessionVersion", "disabledAt" ON "User"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('session_users');
  CREATE TRIGGER academy_session_users AFTER INSERT OR DELETE OR TRUNCATE
    OR UPDATE OF "id", "userId", "lastSeenAt", "revokedAt" ON "SignInSession"
    FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_kept_rows('session_users');
END
$triggers$;
