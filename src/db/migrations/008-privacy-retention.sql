-- Privacy by design, part one: retention terms per municipality and kind of record, legal holds, the runs of
-- the daily retention job, break-the-glass (emergency access to a case) with its review by the privacy
-- officer, and the privacy settings of a municipality.
--
-- Target: PostgreSQL 15+ and PGlite. The rules are in src/domain/privacy/; the deletion itself in
-- src/db/retention.ts. The default terms and where they come from are documented in
-- src/domain/privacy/retention.ts (RETENTION_DEFAULTS) and ARCHITECTURE.md:
--   melding_zonder_vervolg  12 months after the last processing
--   adviesvraag             12 months after the last processing
--   casus_afgesloten        60 months after the last processing (national model covenant, PGA)
--   bijlage                 12 months after the signal was closed
--   notulen                 60 months after the meeting
-- A row here overrides the default of one kind for one municipality; no row means the default.

CREATE TABLE retention_rule (
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind IN ('melding_zonder_vervolg', 'adviesvraag', 'casus_afgesloten', 'bijlage',
    'notulen')),
  term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 240),
  -- Why the municipality chose another term than the default (shown in the processing register).
  note text CHECK (note IS NULL OR length(note) <= 2000),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, kind)
);

-- A legal hold pauses the deletion of one record (a signal, a case or a meeting's minutes) until it is
-- lifted or its end date has passed. The reason is needed, and is deleted with the record.
CREATE TABLE legal_hold (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  object_type text NOT NULL CHECK (object_type IN ('signal', 'casus', 'meeting')),
  object_id uuid NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 5 AND 2000),
  ends_on date NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  lifted_at timestamptz,
  lifted_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX legal_hold_object_idx ON legal_hold (object_type, object_id) WHERE lifted_at IS NULL;
CREATE INDEX legal_hold_tenant_idx ON legal_hold (tenant_id, created_at DESC);

-- One run of the retention job for one municipality: when, who started it (null: the daily schedule) and
-- how many records of each kind went (counts only; the tombstones themselves are in the access log).
CREATE TABLE retention_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  started_by uuid REFERENCES app_user (id),
  deleted jsonb NOT NULL DEFAULT '{}',
  held jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX retention_run_tenant_idx ON retention_run (tenant_id, started_at DESC);

-- Settings per municipality; no row means the defaults of src/domain/privacy/settings.ts.
CREATE TABLE privacy_settings (
  tenant_id uuid PRIMARY KEY REFERENCES organisation (id),
  break_glass_hours integer NOT NULL CHECK (break_glass_hours BETWEEN 1 AND 24),
  unusual_window_minutes integer NOT NULL CHECK (unusual_window_minutes BETWEEN 5 AND 1440),
  unusual_threshold integer NOT NULL CHECK (unusual_threshold BETWEEN 3 AND 1000),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);

-- Break-the-glass: a user without access to a case asks for it in an emergency, with a reason. It is granted
-- at once for a short time and must be reviewed afterwards by the privacy officer, in words. Deleted with the
-- case (the access log keeps the content-free trail).
CREATE TABLE break_glass_grant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user (id),
  membership_id uuid NOT NULL REFERENCES membership (id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
  granted_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  -- Given back early by the user.
  ended_at timestamptz,
  review_judgement text CHECK (review_judgement IS NULL OR length(review_judgement) BETWEEN 5 AND 4000),
  review_justified boolean,
  reviewed_at timestamptz,
  reviewed_by uuid REFERENCES app_user (id),
  reviewed_by_name text,
  version integer NOT NULL DEFAULT 1,
  CHECK (expires_at > granted_at),
  CHECK ((reviewed_at IS NULL) = (review_judgement IS NULL)),
  CHECK ((reviewed_at IS NULL) = (review_justified IS NULL))
);
CREATE INDEX break_glass_grant_user_idx ON break_glass_grant (user_id, expires_at DESC);
CREATE INDEX break_glass_grant_casus_idx ON break_glass_grant (casus_id);
CREATE INDEX break_glass_grant_open_idx ON break_glass_grant (tenant_id, granted_at DESC) WHERE reviewed_at IS NULL;

-- The privacy officer is told of a break-the-glass through the meetings' outbox (content-free mail).
ALTER TABLE meeting_outbox DROP CONSTRAINT meeting_outbox_kind_check;
ALTER TABLE meeting_outbox ADD CONSTRAINT meeting_outbox_kind_check
  CHECK (kind IN ('agenda', 'herinnering', 'noodtoegang'));

GRANT SELECT, INSERT, UPDATE, DELETE ON retention_rule, legal_hold, privacy_settings, break_glass_grant
  TO duiden_app;
REVOKE UPDATE, DELETE ON retention_run FROM duiden_app;
GRANT SELECT, INSERT ON retention_run TO duiden_app;
