-- Foundation: organisations and roles, users and sign-in, server-side sessions, the access log.
-- Runs as the owning role. The application itself runs as duiden_app (SET ROLE), which may
-- only insert into the access log.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

DO $$
BEGIN
  -- The role is cluster-wide and may exist from another database, or be made by the DBA beforehand for an
  -- owner without CREATEROLE (which may not even try CREATE ROLE).
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'duiden_app') THEN
    CREATE ROLE duiden_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

-- A tenant is a gemeente or a regio (samenwerkingsverband). Partner organisations are registered
-- by a tenant; everything a user sees is scoped to the tenant of the membership they act in.
CREATE TABLE organisation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('gemeente', 'regio', 'partner')),
  partner_type text CHECK (partner_type IN (
    'politie', 'om', 'zvh', 'rvdk', 'reclassering', 'jeugdzorg', 'ggz', 'school',
    'leerplicht', 'jongerenwerk', 'wijkteam', 'nctv', 'overig')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  region_id uuid REFERENCES organisation (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'partner') = (partner_type IS NOT NULL)),
  CHECK (kind = 'partner' OR tenant_id = id),
  CHECK (region_id IS NULL OR kind = 'gemeente')
);
CREATE INDEX organisation_tenant_idx ON organisation (tenant_id, name);

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  email text CHECK (email IS NULL OR length(email) <= 320),
  -- Local accounts (installations without an identity provider).
  username text UNIQUE CHECK (username IS NULL OR username ~ '^[a-z0-9._@-]{3,100}$'),
  password_hash text,
  totp_secret text,
  totp_enrolled_at timestamptz,
  totp_last_step bigint,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  locked_out boolean NOT NULL DEFAULT false,
  -- OpenID Connect: the value of the configured claim (sub, email, ...).
  external_id text UNIQUE,
  is_demo boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE membership (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  role text NOT NULL CHECK (role IN (
    'meldpunt', 'aandachtsfunctionaris', 'ketenpartner', 'burgemeester',
    'beleidsmedewerker', 'functioneel_beheerder', 'privacy_officer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  UNIQUE (user_id, organisation_id, role)
);
CREATE INDEX membership_org_idx ON membership (organisation_id);

-- Only a hash of the session token is stored, so a copy of the database does not hold live sessions.
CREATE TABLE session (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  membership_id uuid NOT NULL REFERENCES membership (id),
  auth_method text NOT NULL CHECK (auth_method IN ('demo', 'local', 'oidc')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  end_reason text,
  client_ip text
);
CREATE INDEX session_user_idx ON session (user_id) WHERE ended_at IS NULL;

-- A sign-in in progress: OIDC state/nonce/PKCE verifier, or a local sign-in waiting for its second factor.
-- Deleted when used, so a state or step cannot be replayed.
CREATE TABLE auth_pending (
  id_hash text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('oidc', 'local_totp', 'local_enrol')),
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

-- The access log: append-only, sealed into a SHA-256 hash chain by a background step
-- (see src/app/audit/seal-access-log.ts). Never holds special-category content.
CREATE TABLE access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamp(3) with time zone NOT NULL,
  tenant_id uuid,
  actor_user_id uuid,
  actor_organisation_id uuid,
  actor_role text,
  on_behalf_of text,
  action text NOT NULL,
  object_type text,
  object_id text,
  person_id uuid,
  purpose text,
  result text NOT NULL CHECK (result IN ('ok', 'denied', 'failed', 'error')),
  client_ip text,
  request_id text,
  -- The writing transaction: lets the sealer take entries in commit-safe order without locking writers.
  tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX access_log_tx_idx ON access_log (tx_id);
CREATE INDEX access_log_tenant_at_idx ON access_log (tenant_id, at DESC, id DESC);
CREATE INDEX access_log_actor_idx ON access_log (actor_user_id, at DESC);
CREATE INDEX access_log_person_idx ON access_log (person_id, at DESC) WHERE person_id IS NOT NULL;

CREATE TABLE access_log_seal (
  seq bigint PRIMARY KEY,
  entry_id bigint NOT NULL UNIQUE REFERENCES access_log (id),
  hash text NOT NULL,
  -- All access-log transactions below this horizon had finished when this seal was made.
  horizon xid8 NOT NULL,
  sealed_at timestamptz NOT NULL
);

-- Defence in depth beside the privileges below: even the owner cannot change the log by accident.
CREATE FUNCTION refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER access_log_seal_append_only BEFORE UPDATE OR DELETE ON access_log_seal
  FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER access_log_seal_no_truncate BEFORE TRUNCATE ON access_log_seal
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();

-- Privileges of the application role.
GRANT USAGE ON SCHEMA public TO duiden_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON organisation, app_user, membership, session, auth_pending TO duiden_app;
GRANT SELECT, INSERT ON access_log, access_log_seal TO duiden_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO duiden_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO duiden_app;
