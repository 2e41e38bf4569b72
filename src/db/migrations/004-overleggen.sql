-- Overleggen (meetings): signaleringsoverleg, weegploeg and multidisciplinair casusoverleg, with recurring
-- series, standing members, the agenda (signals and cases), per-item invitations of partners, what each
-- organisation contributes (with its legal basis), decisions, actions, minutes, the record of disclosures
-- and an outbox for the content-free e-mails. Also the minimal case (casus) that a yes of the weegploeg
-- opens; the case module extends it with its own migration.
--
-- Target: PostgreSQL 15+ and PGlite. Need-to-know rules are in src/domain/overleg/access.ts.

-- Legal bases (grondslagen) on which information is shared. Rows without tenant are the shared list; a
-- privacy module will maintain it. The seeded texts are EXAMPLES, marked as such, to be replaced by the
-- municipality's own covenant and articles.
CREATE TABLE legal_basis (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid REFERENCES organisation (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{2,60}$'),
  label_nl text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 300),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 300),
  example boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 100,
  UNIQUE NULLS NOT DISTINCT (tenant_id, code)
);
INSERT INTO legal_basis (code, label_nl, label_en, example, sort) VALUES
  ('convenant_zvh', 'Convenant Zorg- en Veiligheidshuis, art. ... (voorbeeldtekst)',
   'Covenant of the Zorg- en Veiligheidshuis, art. ... (example text)', true, 10),
  ('wpg_art_16', 'Art. 16 Wet politiegegevens (voorbeeldtekst)',
   'Art. 16 Police Data Act (example text)', true, 20),
  ('wjsg_art_39f', 'Art. 39f Wet justitiële en strafvorderlijke gegevens (voorbeeldtekst)',
   'Art. 39f Judicial Data and Criminal Records Act (example text)', true, 30),
  ('avg_art_8_openbare_orde', 'Art. 8 AVG jo. art. 3:1 Awb / Gemeentewet (openbare orde) (voorbeeldtekst)',
   'Art. 8 GDPR with art. 3:1 General Administrative Law Act / Municipalities Act (public order) (example text)',
   true, 40),
  ('toestemming_betrokkene', 'Toestemming van betrokkene (voorbeeldtekst)',
   'Consent of the data subject (example text)', true, 50);

-- Per tenant: how long an invited partner keeps seeing its item after the minutes are final.
CREATE TABLE meeting_settings (
  tenant_id uuid PRIMARY KEY REFERENCES organisation (id),
  partner_window_days integer NOT NULL DEFAULT 14 CHECK (partner_window_days BETWEEN 0 AND 365),
  version integer NOT NULL DEFAULT 1
);

-- The minimal case: one person in the persoonsgerichte aanpak, numbered per tenant per year.
CREATE TABLE casus_counter (
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (tenant_id, year)
);

CREATE TABLE casus (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  person_id uuid NOT NULL REFERENCES person (id),
  reference text NOT NULL CHECK (reference ~ '^C-[0-9]{4}-[0-9]{4,}$'),
  phase text NOT NULL CHECK (phase IN ('signalering', 'persoonsgerichte_aanpak', 'nazorg', 'afgesloten')),
  regisseur_user_id uuid REFERENCES app_user (id),
  -- The weegploeg decision that opened it (FK added below, after meeting_decision).
  opened_from_decision_id uuid,
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, reference)
);
-- One case per person at a time: a second yes moves the existing case instead.
CREATE UNIQUE INDEX casus_one_open_per_person_idx ON casus (person_id) WHERE phase <> 'afgesloten';
CREATE INDEX casus_tenant_idx ON casus (tenant_id, created_at DESC);

-- A recurring series (for example the weekly signaleringsoverleg): the meetings are created from it and
-- then each has its own agenda; the series keeps what they share.
CREATE TABLE meeting_series (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  organiser_id uuid NOT NULL REFERENCES organisation (id),
  type text NOT NULL CHECK (type IN ('signaleringsoverleg', 'weegploeg', 'casusoverleg')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  frequency text NOT NULL CHECK (frequency IN ('wekelijks', 'tweewekelijks', 'vierwekelijks')),
  start_date date NOT NULL,
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX meeting_series_tenant_idx ON meeting_series (tenant_id, start_date DESC);

CREATE TABLE meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  -- The gemeente or regio that organises it: the tenant, or a gemeente of the tenant's region.
  organiser_id uuid NOT NULL REFERENCES organisation (id),
  series_id uuid REFERENCES meeting_series (id),
  type text NOT NULL CHECK (type IN ('signaleringsoverleg', 'weegploeg', 'casusoverleg')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz,
  location text CHECK (location IS NULL OR length(location) BETWEEN 1 AND 300),
  online_url text CHECK (online_url IS NULL OR online_url ~ '^https://'),
  chair_user_id uuid NOT NULL REFERENCES app_user (id),
  -- The basis on which the minutes are provided to participants (a disclosure per recipient).
  legal_basis_id uuid REFERENCES legal_basis (id),
  status text NOT NULL DEFAULT 'voorbereiding' CHECK (status IN (
    'voorbereiding', 'agenda_gepubliceerd', 'afgerond', 'geannuleerd')),
  agenda_published_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (location IS NOT NULL OR online_url IS NOT NULL),
  CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX meeting_tenant_starts_idx ON meeting (tenant_id, starts_at DESC, id);
CREATE INDEX meeting_series_idx ON meeting (series_id) WHERE series_id IS NOT NULL;

-- Standing members (vaste leden): their partner users see the whole agenda.
CREATE TABLE meeting_member (
  meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (meeting_id, organisation_id)
);
CREATE INDEX meeting_member_org_idx ON meeting_member (organisation_id);

CREATE TABLE meeting_series_member (
  series_id uuid NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (series_id, organisation_id)
);

-- An agenda item: a signal (signaleringsoverleg, weegploeg) or a case (casusoverleg). When retention
-- deletes the signal, the item stays as part of the minutes without it.
CREATE TABLE agenda_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  meeting_id uuid NOT NULL REFERENCES meeting (id),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  position integer NOT NULL CHECK (position >= 1),
  subject_kind text NOT NULL CHECK (subject_kind IN ('signaal', 'casus')),
  signal_id uuid REFERENCES signal (id) ON DELETE SET NULL,
  casus_id uuid REFERENCES casus (id) ON DELETE SET NULL,
  -- Weegploeg: the triage decision of the signaleringsoverleg that sent the signal here, if it was taken
  -- in Duiden (FK added below).
  source_decision_id uuid,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- Toelichting prepared before the meeting; the minutes text of this item.
  notes text,
  minutes_text text,
  -- About an AIVD ambtsbericht: only the aandachtsfunctionaris, the mayor and invited partners see it.
  restricted boolean NOT NULL DEFAULT false,
  placed_at timestamptz NOT NULL,
  placed_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (subject_kind = 'signaal' OR signal_id IS NULL),
  CHECK (subject_kind = 'casus' OR casus_id IS NULL),
  UNIQUE (meeting_id, signal_id),
  UNIQUE (meeting_id, casus_id)
);
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position);
CREATE INDEX agenda_item_signal_idx ON agenda_item (signal_id) WHERE signal_id IS NOT NULL;
CREATE INDEX agenda_item_casus_idx ON agenda_item (casus_id) WHERE casus_id IS NOT NULL;

-- A partner organisation invited for one item: it sees that item only (need to know). The invitation is a
-- disclosure and records its legal basis.
CREATE TABLE agenda_item_invitation (
  item_id uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  legal_basis_id uuid NOT NULL REFERENCES legal_basis (id),
  invited_at timestamptz NOT NULL,
  invited_by uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (item_id, organisation_id)
);
CREATE INDEX agenda_item_invitation_org_idx ON agenda_item_invitation (organisation_id);

-- What one organisation knows about an item, and on which legal basis it shares it.
CREATE TABLE contribution (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of entry, also for contributions made in the same instant.
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  item_id uuid NOT NULL REFERENCES agenda_item (id),
  meeting_id uuid NOT NULL REFERENCES meeting (id),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  author_user_id uuid NOT NULL REFERENCES app_user (id),
  author_name text NOT NULL,
  legal_basis_id uuid NOT NULL REFERENCES legal_basis (id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX contribution_item_idx ON contribution (item_id, seq);

-- The decision on an item: a draft until the chair records it; then it moved the signal or case.
CREATE TABLE meeting_decision (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL UNIQUE REFERENCES agenda_item (id),
  meeting_id uuid NOT NULL REFERENCES meeting (id),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind IN ('signaleringsoverleg', 'weegploeg', 'casusoverleg')),
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'vastgesteld')),
  -- The fields of the decision (src/domain/overleg/decisions.ts); 'outcome' for overviews.
  payload jsonb NOT NULL DEFAULT '{}',
  outcome text CHECK (outcome IS NULL OR outcome IN (
    'zorgen_radicalisering', 'zorgen_geen_radicalisering', 'geen_zorgen', 'meer_informatie_nodig',
    'pga_ja', 'pga_nee', 'besluit')),
  casus_id uuid REFERENCES casus (id),
  drafted_at timestamptz NOT NULL,
  drafted_by uuid NOT NULL REFERENCES app_user (id),
  recorded_at timestamptz,
  recorded_by uuid REFERENCES app_user (id),
  recorded_by_name text,
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'vastgesteld') = (recorded_at IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX meeting_decision_meeting_idx ON meeting_decision (meeting_id);

ALTER TABLE casus ADD FOREIGN KEY (opened_from_decision_id) REFERENCES meeting_decision (id);
ALTER TABLE agenda_item ADD FOREIGN KEY (source_decision_id) REFERENCES meeting_decision (id);

-- Actions agreed in a meeting: owned by a person or an organisation.
CREATE TABLE meeting_action (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  meeting_id uuid NOT NULL REFERENCES meeting (id),
  item_id uuid REFERENCES agenda_item (id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  owner_user_id uuid REFERENCES app_user (id),
  owner_organisation_id uuid REFERENCES organisation (id),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gereed', 'vervallen')),
  completed_at timestamptz,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((owner_user_id IS NULL) <> (owner_organisation_id IS NULL)),
  CHECK ((status = 'open') = (completed_at IS NULL))
);
CREATE INDEX meeting_action_user_idx ON meeting_action (owner_user_id, due_on) WHERE owner_user_id IS NOT NULL;
CREATE INDEX meeting_action_org_idx ON meeting_action (owner_organisation_id, due_on)
  WHERE owner_organisation_id IS NOT NULL;
CREATE INDEX meeting_action_meeting_idx ON meeting_action (meeting_id, item_id);
CREATE INDEX meeting_action_overdue_idx ON meeting_action (due_on) WHERE status = 'open';

-- The minutes: a draft (general text; per item in agenda_item.minutes_text) until the chair approves them.
CREATE TABLE meeting_minutes (
  meeting_id uuid PRIMARY KEY REFERENCES meeting (id),
  general_text text,
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'definitief')),
  approved_at timestamptz,
  approved_by uuid REFERENCES app_user (id),
  approved_by_name text,
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'definitief') = (approved_at IS NOT NULL))
);
-- Approved minutes do not change, also not by mistake in the application.
CREATE FUNCTION meeting_minutes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'definitief' THEN
    RAISE EXCEPTION 'approved minutes do not change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER meeting_minutes_final BEFORE UPDATE ON meeting_minutes
  FOR EACH ROW EXECUTE FUNCTION meeting_minutes_refuse_change();

-- Every disclosure: what was provided to which organisation, on which legal basis, by whom and when.
-- Append-only for the application; a privacy module will extend it.
CREATE TABLE disclosure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  object_type text NOT NULL CHECK (object_type IN ('agenda_item', 'meeting_minutes')),
  object_id uuid NOT NULL,
  -- Content-free: what kind of document, for which meeting date; never names.
  description text NOT NULL,
  recipient_organisation_id uuid NOT NULL REFERENCES organisation (id),
  recipient_user_id uuid REFERENCES app_user (id),
  legal_basis_id uuid NOT NULL REFERENCES legal_basis (id),
  disclosed_by uuid NOT NULL REFERENCES app_user (id),
  disclosed_at timestamptz NOT NULL
);
CREATE INDEX disclosure_tenant_idx ON disclosure (tenant_id, disclosed_at DESC);
CREATE INDEX disclosure_object_idx ON disclosure (object_type, object_id);

-- Content-free e-mails (agenda notices, overdue reminders), written in the transaction that causes them
-- and sent after commit; the address is looked up when sending.
CREATE TABLE meeting_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind IN ('agenda', 'herinnering')),
  recipient_user_id uuid NOT NULL REFERENCES app_user (id),
  subject text NOT NULL,
  body text NOT NULL,
  -- One reminder per person per day, even when the daily run is repeated.
  dedupe_key text UNIQUE,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX meeting_outbox_pending_idx ON meeting_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- The list is read-only for the application until the privacy module maintains it.
REVOKE INSERT, UPDATE, DELETE ON legal_basis FROM duiden_app;
GRANT SELECT ON legal_basis TO duiden_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_settings, casus_counter, casus, meeting_series, meeting,
  meeting_member, meeting_series_member, agenda_item, agenda_item_invitation, contribution, meeting_decision,
  meeting_action, meeting_minutes, meeting_outbox TO duiden_app;
REVOKE UPDATE, DELETE ON disclosure FROM duiden_app;
GRANT SELECT, INSERT ON disclosure TO duiden_app;
