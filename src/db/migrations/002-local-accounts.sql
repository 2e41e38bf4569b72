-- Local accounts: a password set by an administrator is temporary and must be replaced at the next sign-in.
ALTER TABLE app_user ADD COLUMN password_temporary boolean NOT NULL DEFAULT false;

-- A local sign-in may wait for a new password (after an administrator's reset) before its second factor.
ALTER TABLE auth_pending DROP CONSTRAINT auth_pending_kind_check;
ALTER TABLE auth_pending ADD CONSTRAINT auth_pending_kind_check
  CHECK (kind IN ('oidc', 'local_totp', 'local_enrol', 'local_new_password'));

-- Expired sign-ins in progress are cleared by the next one that starts.
CREATE INDEX auth_pending_expires_idx ON auth_pending (expires_at);
