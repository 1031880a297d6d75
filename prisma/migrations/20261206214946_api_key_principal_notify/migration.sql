-- Tells the app when what an API key may do changes (lib/api-keys/principal-cache.ts keeps the key check's rows
-- on PGlite): a key revoked, expired, re-scoped or removed, its owner's role, address or disabling changed, or the
-- owner removed. Statement-level: one notice per change, whatever the rows. A key's last use (lastUsedAt,
-- lastUsedIp) is not such a change.
CREATE FUNCTION academy_notify_api_key_principals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('api_key_principals', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER academy_api_key_principals AFTER DELETE OR UPDATE OF "revokedAt", "expiresAt", "scopes", "secretHash", "userId" ON "ApiKey"
  FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_api_key_principals();

CREATE TRIGGER academy_api_key_owner AFTER DELETE OR UPDATE OF "role", "disabledAt", "email" ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION academy_notify_api_key_principals();
