-- Netwerken, part key figures (sleutelfiguren): trusted people within communities, their agreement, roles,
-- status, review date and contact owner; the contact log; the peiling after a major event, asked of the
-- contact owners as actions. Kept apart from the case file: no reference to a person, signal or case.

-- The network role the municipality assigns to those who keep up its key figures.
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN (
  'meldpunt', 'aandachtsfunctionaris', 'ketenpartner', 'burgemeester',
  'beleidsmedewerker', 'functioneel_beheerder', 'privacy_officer', 'netwerkcoordinator'));

CREATE TABLE key_figure (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- The community or neighbourhood the key figure gives insight into (may reveal a religion).
  community text NOT NULL CHECK (length(community) BETWEEN 1 AND 300),
  -- How to reach them (work or agreed contact data only).
  reach text NOT NULL DEFAULT '' CHECK (length(reach) <= 300),
  roles text[] NOT NULL CHECK (cardinality(roles) >= 1
    AND roles <@ ARRAY['beleidsadvies', 'bemiddeling', 'preventie_signalering']::text[]),
  status text NOT NULL CHECK (status IN ('actief', 'slapend', 'beeindigd')),
  agreement_on date NOT NULL,
  agreement_ended_on date,
  review_on date NOT NULL,
  contact_owner_id uuid NOT NULL REFERENCES app_user (id),
  -- Contact upkeep (src/domain/netwerk/contact-upkeep.ts): target frequency, since when, last contact,
  -- snooze, last reminder.
  contact_every integer NOT NULL CHECK (contact_every BETWEEN 1 AND 730),
  contact_unit text NOT NULL CHECK (contact_unit IN ('dagen', 'weken')),
  upkeep_started_on date NOT NULL,
  last_contact_on date,
  snoozed_until date,
  last_reminded_on date,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'beeindigd') = (agreement_ended_on IS NOT NULL)),
  CHECK (review_on > agreement_on)
);
CREATE INDEX key_figure_tenant_idx ON key_figure (tenant_id, name, id);
CREATE INDEX key_figure_owner_idx ON key_figure (contact_owner_id) WHERE status = 'actief';
CREATE INDEX key_figure_ended_idx ON key_figure (tenant_id, agreement_ended_on) WHERE status = 'beeindigd';

-- The signed agreement; one document per key figure, replaced by a new upload, checked by content.
CREATE TABLE key_figure_document (
  key_figure_id uuid PRIMARY KEY REFERENCES key_figure (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  media_type text NOT NULL,
  content bytea NOT NULL,
  sha256 text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES app_user (id)
);

-- The contact log: date, form, who, a short note. Never content about persons (the screen says so).
CREATE TABLE key_figure_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  key_figure_id uuid NOT NULL REFERENCES key_figure (id) ON DELETE CASCADE,
  contact_on date NOT NULL,
  form text NOT NULL CHECK (form IN ('gesprek', 'telefoon', 'videobellen', 'email', 'bijeenkomst', 'werkbezoek')),
  by_user_id uuid NOT NULL REFERENCES app_user (id),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at timestamptz NOT NULL
);
CREATE INDEX key_figure_contact_idx ON key_figure_contact (key_figure_id, contact_on DESC, seq DESC);

-- A peiling after a major event: the event in general words and the due date. What the contact owners
-- heard is not recorded, only that it was done (the action's status).
CREATE TABLE key_figure_sounding (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  event text NOT NULL CHECK (length(event) BETWEEN 1 AND 200),
  due_on date NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX key_figure_sounding_tenant_idx ON key_figure_sounding (tenant_id, created_at DESC, seq DESC);

-- The actions of a peiling are the existing actions (meeting_action), without a meeting: one per contact
-- owner, in their "Mijn acties", marked done by them.
ALTER TABLE meeting_action ALTER COLUMN meeting_id DROP NOT NULL;
ALTER TABLE meeting_action ADD COLUMN sounding_id uuid REFERENCES key_figure_sounding (id);
ALTER TABLE meeting_action ADD CONSTRAINT meeting_action_origin_check
  CHECK ((meeting_id IS NULL) <> (sounding_id IS NULL));
CREATE INDEX meeting_action_sounding_idx ON meeting_action (sounding_id) WHERE sounding_id IS NOT NULL;

-- Which key figures a peiling's action covered (counted on the peiling's page; goes with the key figure).
CREATE TABLE key_figure_sounding_target (
  sounding_id uuid NOT NULL REFERENCES key_figure_sounding (id),
  key_figure_id uuid NOT NULL REFERENCES key_figure (id) ON DELETE CASCADE,
  action_id uuid NOT NULL REFERENCES meeting_action (id),
  PRIMARY KEY (sounding_id, key_figure_id)
);

-- Its own retention term, after the agreement ended.
ALTER TABLE retention_rule DROP CONSTRAINT retention_rule_kind_check;
ALTER TABLE retention_rule ADD CONSTRAINT retention_rule_kind_check CHECK (kind IN (
  'melding_zonder_vervolg', 'adviesvraag', 'casus_afgesloten', 'bijlage', 'notulen', 'sleutelfiguur_beeindigd'));

GRANT SELECT, INSERT, UPDATE, DELETE ON key_figure, key_figure_document, key_figure_contact,
  key_figure_sounding, key_figure_sounding_target TO duiden_app;
