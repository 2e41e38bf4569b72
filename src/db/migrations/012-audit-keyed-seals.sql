-- The access log's chain becomes keyed (issue 10): each seal records how it was made. Seals made before this
-- migration are the unkeyed SHA-256 chain ('sha256'); from now on the sealer writes 'hmac-sha256' with the audit
-- key, which never enters the database. audit:verify reports an unkeyed seal after a keyed one as a break, and
-- the first keyed seal covers the hash of the whole unkeyed prefix before it.
ALTER TABLE access_log_seal ADD COLUMN alg text NOT NULL DEFAULT 'sha256'
  CHECK (alg IN ('sha256', 'hmac-sha256'));
-- No default from here on: the sealer names the algorithm of every seal it writes.
ALTER TABLE access_log_seal ALTER COLUMN alg DROP DEFAULT;

-- The application may run on a login role that is only a member of duiden_app (DATABASE_URL), with the
-- migrations run by the owner (DATABASE_OWNER_URL or `npm run migrate`): it then checks, read-only, that
-- every migration is in place before it starts.
GRANT SELECT ON schema_migration TO duiden_app;
