-- Deskundigheidsbevordering (issue 16): the curriculum (target groups and the level each needs), the training
-- catalogue (Duiden hosts no courses, it links to the provider), the people in a target group, the sessions held
-- with the organisations that joined, who took part (named, or as a count per organisation), certificates, and
-- the anonymous reaction of participants. Training records are personnel data (work data only), with their own
-- access rule (src/domain/deskundigheid/access.ts) and retention term.

-- The role the municipality assigns to whoever organises the training.
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN (
  'meldpunt', 'aandachtsfunctionaris', 'ketenpartner', 'burgemeester', 'beleidsmedewerker',
  'functioneel_beheerder', 'privacy_officer', 'netwerkcoordinator', 'opleidingscoordinator'));

-- A target group of the curriculum: of the own organisation (by role or department) or of the partner
-- organisations (jongerenwerk, onderwijs, wijkagenten, ...), with the level it needs
-- (src/domain/deskundigheid/curriculum.ts, TRAINING_LEVELS).
CREATE TABLE training_target_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  side text NOT NULL CHECK (side IN ('eigen', 'partner')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  required_level text NOT NULL CHECK (required_level IN ('bewustwording', 'signalen', 'verdiepend', 'expert')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, name)
);
CREATE INDEX training_target_group_tenant_idx ON training_target_group (tenant_id, side, name);

-- The training on offer: provider, title, format, length, level, how long it stays valid before a refresher
-- (NULL: no refresher needed), a link to the provider.
CREATE TABLE training (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  provider text NOT NULL CHECK (length(provider) BETWEEN 1 AND 200),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  format text NOT NULL CHECK (format IN ('klassikaal', 'e_learning', 'webinar', 'game', 'voorlichting', 'infoblad')),
  duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 100000),
  level text NOT NULL CHECK (level IN ('bewustwording', 'signalen', 'verdiepend', 'expert')),
  valid_months integer CHECK (valid_months IS NULL OR valid_months BETWEEN 1 AND 240),
  url text CHECK (url IS NULL OR (length(url) <= 500 AND url ~ '^https?://')),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX training_tenant_idx ON training (tenant_id, title, id);

-- The target groups a training is recommended for.
CREATE TABLE training_recommended (
  training_id uuid NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  target_group_id uuid NOT NULL REFERENCES training_target_group (id) ON DELETE CASCADE,
  PRIMARY KEY (training_id, target_group_id)
);
CREATE INDEX training_recommended_group_idx ON training_recommended (target_group_id);

-- A person in a target group: the municipality's own staff, or a named professional of a partner
-- organisation. Work data only: name, work e-mail, department or team. Gone by the retention term after
-- left_on (retention kind 'deskundigheid_vertrokken').
CREATE TABLE training_person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  -- The municipality itself, or one of its partner organisations.
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  target_group_id uuid NOT NULL REFERENCES training_target_group (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email text CHECK (email IS NULL OR length(email) <= 320),
  department text NOT NULL DEFAULT '' CHECK (length(department) <= 100),
  -- The account of the person, when they have one (optional).
  user_id uuid REFERENCES app_user (id),
  active_since date NOT NULL,
  left_on date,
  -- The last reminder mail about an expiring or overdue requirement.
  last_reminded_on date,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (left_on IS NULL OR left_on >= active_since)
);
CREATE INDEX training_person_tenant_idx ON training_person (tenant_id, organisation_id, name, id);
CREATE INDEX training_person_group_idx ON training_person (target_group_id) WHERE left_on IS NULL;
CREATE INDEX training_person_left_idx ON training_person (tenant_id, left_on) WHERE left_on IS NOT NULL;
CREATE UNIQUE INDEX training_person_email_idx ON training_person (tenant_id, lower(email)) WHERE email IS NOT NULL;

-- For a partner organisation that reports counts instead of names: how many professionals it has in a
-- target group, so coverage can be a share.
CREATE TABLE training_group_size (
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  target_group_id uuid NOT NULL REFERENCES training_target_group (id) ON DELETE CASCADE,
  people integer NOT NULL CHECK (people BETWEEN 0 AND 100000),
  as_of date NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  PRIMARY KEY (organisation_id, target_group_id)
);

-- A session of a training: its date, place, whether it was held, and the organisations that joined (joint
-- sessions across organisations are the norm). The reaction form is optional and anonymous: reached by an
-- unguessable token until a closing date.
CREATE TABLE training_session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  training_id uuid NOT NULL REFERENCES training (id),
  held_on date NOT NULL,
  location text NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  status text NOT NULL CHECK (status IN ('gepland', 'gehouden', 'vervallen')),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  reaction_token text UNIQUE CHECK (reaction_token IS NULL OR reaction_token ~ '^[A-Za-z0-9_-]{32,64}$'),
  reaction_open_until date,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((reaction_token IS NULL) = (reaction_open_until IS NULL))
);
CREATE INDEX training_session_tenant_idx ON training_session (tenant_id, held_on DESC, seq DESC);
CREATE INDEX training_session_training_idx ON training_session (training_id);

CREATE TABLE training_session_organisation (
  session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (session_id, organisation_id)
);
CREATE INDEX training_session_organisation_idx ON training_session_organisation (organisation_id);

-- A named participant of a session. `completed` false: registered but did not complete (absent).
CREATE TABLE training_attendance (
  session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES training_person (id) ON DELETE CASCADE,
  completed boolean NOT NULL DEFAULT true,
  recorded_at timestamptz NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (session_id, person_id)
);
CREATE INDEX training_attendance_person_idx ON training_attendance (person_id);

-- A certificate of one participant, checked by content as the signals' attachments are.
CREATE TABLE training_certificate (
  session_id uuid NOT NULL,
  person_id uuid NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  content bytea NOT NULL,
  sha256 text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (session_id, person_id),
  FOREIGN KEY (session_id, person_id) REFERENCES training_attendance (session_id, person_id) ON DELETE CASCADE
);

-- External professionals as a count per organisation and target group, when the municipality chooses not to
-- name them.
CREATE TABLE training_attendance_count (
  session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  target_group_id uuid NOT NULL REFERENCES training_target_group (id),
  participants integer NOT NULL CHECK (participants BETWEEN 1 AND 10000),
  recorded_at timestamptz NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (session_id, organisation_id, target_group_id)
);

-- The anonymous reaction after a session: no account, no address, no time of day. Shown only as counts
-- above the suppression threshold.
CREATE TABLE training_reaction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  useful text NOT NULL CHECK (useful IN ('ja', 'deels', 'nee')),
  missing text NOT NULL DEFAULT '' CHECK (length(missing) <= 1000),
  submitted_on date NOT NULL
);
CREATE INDEX training_reaction_session_idx ON training_reaction (session_id);

-- Its own retention term, after the person left the target group.
ALTER TABLE retention_rule DROP CONSTRAINT retention_rule_kind_check;
ALTER TABLE retention_rule ADD CONSTRAINT retention_rule_kind_check CHECK (kind IN (
  'melding_zonder_vervolg', 'adviesvraag', 'casus_afgesloten', 'bijlage', 'notulen', 'sleutelfiguur_beeindigd',
  'deskundigheid_vertrokken'));

GRANT SELECT, INSERT, UPDATE, DELETE ON training_target_group, training, training_recommended, training_person,
  training_group_size, training_session, training_session_organisation, training_attendance, training_certificate,
  training_attendance_count, training_reaction TO duiden_app;
