-- Casus en persoonsgerichte aanpak: the case module extends the minimal case of 004 with its situation,
-- dates, review cycle and closure, and adds participation (need to know), the plan van aanpak, measures in
-- three tracks from a catalogue, the situation checklists of the VNG/NGB factsheet and the case timeline.
-- Nothing here holds a score, ranking or prediction about a person: everything is in words.
--
-- Target: PostgreSQL 15+ and PGlite. The rules are in src/domain/casus/.

ALTER TABLE casus
  ADD COLUMN situation text NOT NULL DEFAULT 'zorgelijk' CHECK (situation IN ('zorgelijk',
    'potentiele_uitreiziger', 'tegengehouden_uitreiziger', 'uitgereisd', 'terugkeerder', 'gedetineerd', 'overleden')),
  ADD COLUMN situation_since date,
  ADD COLUMN departed_on date,
  ADD COLUMN returned_on date,
  ADD COLUMN deceased_on date,
  -- Null: three months after opening (src/domain/casus/review.ts).
  ADD COLUMN next_review_on date,
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN closure_reason text CHECK (closure_reason IN ('disengaged', 'verhuisd', 'gedetineerd', 'overleden',
    'overgedragen', 'anders')),
  ADD COLUMN closure_note text CHECK (length(closure_note) <= 2000);

-- Who takes part: an organisation, optionally one named person of it, from joining until leaving.
CREATE TABLE casus_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  user_id uuid REFERENCES app_user (id),
  role text NOT NULL CHECK (length(role) BETWEEN 1 AND 120),
  joined_at timestamptz NOT NULL,
  added_by uuid NOT NULL REFERENCES app_user (id),
  left_at timestamptz,
  left_by uuid REFERENCES app_user (id),
  left_reason text CHECK (length(left_reason) <= 2000),
  CHECK (left_at IS NULL OR left_at >= joined_at)
);
CREATE UNIQUE INDEX casus_participant_active_idx ON casus_participant (casus_id, organisation_id, user_id)
  NULLS NOT DISTINCT WHERE left_at IS NULL;
CREATE INDEX casus_participant_org_idx ON casus_participant (organisation_id) WHERE left_at IS NULL;

-- The plan van aanpak, one per case; drivers are professional notes in words.
CREATE TABLE casus_plan (
  casus_id uuid PRIMARY KEY REFERENCES casus (id) ON DELETE CASCADE,
  goals text NOT NULL DEFAULT '' CHECK (length(goals) <= 8000),
  driver_identiteit text NOT NULL DEFAULT '' CHECK (length(driver_identiteit) <= 8000),
  driver_betekenis text NOT NULL DEFAULT '' CHECK (length(driver_betekenis) <= 8000),
  driver_rechtvaardigheid text NOT NULL DEFAULT '' CHECK (length(driver_rechtvaardigheid) <= 8000),
  driver_sensatie text NOT NULL DEFAULT '' CHECK (length(driver_sensatie) <= 8000),
  protective_factors text NOT NULL DEFAULT '' CHECK (length(protective_factors) <= 8000),
  impact_on_surroundings text NOT NULL DEFAULT '' CHECK (length(impact_on_surroundings) <= 8000),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);

-- The measure catalogue: rows without tenant are the shared list, a municipality adds its own.
CREATE TABLE measure_catalogue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid REFERENCES organisation (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{2,60}$'),
  track text NOT NULL CHECK (track IN ('strafrechtelijk', 'bestuurlijk', 'zorg')),
  label_nl text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 200),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  legal_basis text CHECK (length(legal_basis) <= 300),
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 100,
  UNIQUE NULLS NOT DISTINCT (tenant_id, code)
);
INSERT INTO measure_catalogue (code, track, label_nl, label_en, legal_basis, sort) VALUES
  ('paspoortmaatregel', 'bestuurlijk', 'Paspoortmaatregel', 'Passport measure', 'Art. 23 Paspoortwet', 10),
  ('meldplicht', 'bestuurlijk', 'Meldplicht', 'Reporting obligation',
   'Art. 2 Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding', 20),
  ('gebiedsverbod', 'bestuurlijk', 'Gebiedsverbod', 'Area ban',
   'Art. 2 Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding', 30),
  ('contactverbod', 'bestuurlijk', 'Contactverbod', 'Contact ban',
   'Art. 2 Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding', 40),
  ('herhuisvesting', 'bestuurlijk', 'Herhuisvesting', 'Rehousing', NULL, 50),
  ('uitschrijving_brp', 'bestuurlijk', 'Uitschrijving uit de BRP', 'Deregistration from the BRP',
   'Art. 2.43 Wet basisregistratie personen', 60),
  ('stopzetten_toeslagen_uitkeringen', 'bestuurlijk', 'Stopzetten toeslagen en uitkeringen',
   'Stopping allowances and benefits', NULL, 70),
  ('jeugdzorg', 'zorg', 'Jeugdzorg', 'Youth care', NULL, 110),
  ('ggz', 'zorg', 'GGZ', 'Mental health care', NULL, 120),
  ('exitbegeleiding', 'zorg', 'Exitbegeleiding / deradicalisering', 'Exit support / deradicalisation', NULL, 130),
  ('familieondersteuning', 'zorg', 'Familieondersteuning', 'Family support', NULL, 140),
  ('mentor', 'zorg', 'Mentor', 'Mentor', NULL, 150),
  ('werk', 'zorg', 'Werk', 'Work', NULL, 160),
  ('woning', 'zorg', 'Woning', 'Housing', NULL, 170),
  ('schuldhulp', 'zorg', 'Schuldhulp', 'Debt help', NULL, 180),
  ('levensbeschouwelijke_begeleiding', 'zorg', 'Levensbeschouwelijke begeleiding',
   'Religious or philosophical guidance', NULL, 190),
  ('alternatief_aanbod', 'zorg', 'Alternatief aanbod (vrijwilligerswerk, sportvereniging)',
   'An alternative (volunteer work, sports club)', NULL, 200),
  ('strafrechtelijk_onderzoek', 'strafrechtelijk', 'Strafrechtelijk onderzoek', 'Criminal investigation', NULL, 310),
  ('vervolging', 'strafrechtelijk', 'Vervolging', 'Prosecution', NULL, 320),
  ('bijzondere_voorwaarden', 'strafrechtelijk', 'Bijzondere voorwaarden (reclasseringstoezicht)',
   'Special conditions (probation supervision)', NULL, 330),
  ('stopgesprek', 'strafrechtelijk', 'Stopgesprek door de politie', 'Police warning conversation', NULL, 340);

-- A measure of the plan: owner, legal basis (required for bestuurlijk, checked in the domain), dates,
-- status and an evaluation in words.
CREATE TABLE casus_measure (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  catalogue_id uuid REFERENCES measure_catalogue (id),
  track text NOT NULL CHECK (track IN ('strafrechtelijk', 'bestuurlijk', 'zorg')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  owner_user_id uuid REFERENCES app_user (id),
  legal_basis text CHECK (length(legal_basis) <= 300),
  starts_on date,
  ends_on date,
  status text NOT NULL CHECK (status IN ('gepland', 'lopend', 'afgerond', 'gestopt')),
  evaluation_result text CHECK (length(evaluation_result) <= 4000),
  evaluation_what_worked text CHECK (length(evaluation_what_worked) <= 4000),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (track <> 'bestuurlijk' OR legal_basis IS NOT NULL),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX casus_measure_casus_idx ON casus_measure (casus_id);

-- The situation checklists, created when the situation changes.
CREATE TABLE casus_checklist (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('dreigende_uitreis', 'uitgereisd', 'terugkeerder', 'overleden')),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX casus_checklist_casus_idx ON casus_checklist (casus_id);

CREATE TABLE casus_checklist_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  checklist_id uuid NOT NULL REFERENCES casus_checklist (id) ON DELETE CASCADE,
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  code text NOT NULL,
  ordinal integer NOT NULL,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'niet_van_toepassing')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  done_by uuid REFERENCES app_user (id),
  done_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (checklist_id, code)
);
CREATE INDEX casus_checklist_item_due_idx ON casus_checklist_item (due_on) WHERE status = 'open';

-- The timeline: every decision on the case (who, when, why), append-only for the application.
CREATE TABLE casus_event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of recording, for events of the same moment.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  actor_user_id uuid REFERENCES app_user (id),
  actor_organisation_id uuid REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind ~ '^[a-z_]{2,60}$'),
  from_value text,
  to_value text,
  reason text CHECK (length(reason) <= 2000),
  occurred_on date,
  subject_id uuid
);
CREATE INDEX casus_event_casus_idx ON casus_event (casus_id, at DESC, seq DESC);

-- A municipality adds its own entries (or switches a shared one off by an own entry of the same code);
-- the application only ever changes rows of the own tenant, never the shared list or a deletion.
REVOKE DELETE ON measure_catalogue FROM duiden_app;
GRANT SELECT, INSERT, UPDATE ON measure_catalogue TO duiden_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON casus_participant, casus_plan, casus_measure, casus_checklist,
  casus_checklist_item TO duiden_app;
REVOKE UPDATE, DELETE ON casus_event FROM duiden_app;
GRANT SELECT, INSERT ON casus_event TO duiden_app;
