-- Meldpunt (meld- en adviespunt): signals (meldingen and adviesvragen) with their facts, assumptions,
-- persons concerned and attachments; persons (betrokkenen) as one record per person; the history of every
-- step; the phenomenon categories and deadline settings per municipality; an outbox for the content-free
-- notification e-mail; and a rate-limit counter shared by all server instances.
--
-- Target: PostgreSQL 15+ and PGlite. pg_trgm and btree_gist are created by 001.

-- Settings per tenant (gemeente or regio). Every tenant gets a row (trigger below).
CREATE TABLE meldpunt_settings (
  tenant_id uuid PRIMARY KEY REFERENCES organisation (id),
  acknowledge_working_days integer NOT NULL DEFAULT 3 CHECK (acknowledge_working_days BETWEEN 1 AND 30),
  triage_working_days integer NOT NULL DEFAULT 10 CHECK (triage_working_days BETWEEN 1 AND 90),
  -- Where the content-free "new signal" e-mail goes; falls back to MELDPUNT_EMAIL.
  notify_email text CHECK (notify_email IS NULL OR length(notify_email) BETWEEN 3 AND 320),
  -- Whether the municipality appears on the public form.
  public_intake boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1
);

-- Phenomenon categories per tenant, starting with the NCTV list; a tenant may add its own.
CREATE TABLE phenomenon_category (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{2,60}$'),
  label_nl text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 200),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  nctv boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 100,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, code),
  -- Lets signal refer to (category, tenant) so a signal can only carry a category of its own tenant.
  UNIQUE (id, tenant_id)
);

CREATE FUNCTION meldpunt_seed_tenant(t uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO meldpunt_settings (tenant_id) VALUES (t) ON CONFLICT DO NOTHING;
  INSERT INTO phenomenon_category (tenant_id, code, label_nl, label_en, nctv, sort)
  SELECT t, c.code, c.nl, c.en, true, c.sort
    FROM (VALUES
      ('jihadisme', 'Jihadisme', 'Jihadism', 10),
      ('rechts_extremisme', 'Rechts-extremisme', 'Right-wing extremism', 20),
      ('links_extremisme', 'Links-extremisme', 'Left-wing extremism', 30),
      ('anti_institutioneel_extremisme', 'Anti-institutioneel extremisme', 'Anti-institutional extremism', 40),
      ('dierenrechtenextremisme', 'Dierenrechtenextremisme', 'Animal-rights extremism', 50),
      ('overig_gemengd', 'Overig of gemengd', 'Other or mixed ideology', 60),
      ('polarisatie_onrust', 'Polarisatie en maatschappelijke onrust', 'Polarisation and social unrest', 70)
    ) AS c (code, nl, en, sort)
  ON CONFLICT (tenant_id, code) DO NOTHING;
$$;

CREATE FUNCTION meldpunt_tenant_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind IN ('gemeente', 'regio') THEN
    PERFORM meldpunt_seed_tenant(NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER organisation_meldpunt_defaults AFTER INSERT ON organisation
  FOR EACH ROW EXECUTE FUNCTION meldpunt_tenant_defaults();
SELECT meldpunt_seed_tenant(id) FROM organisation WHERE kind IN ('gemeente', 'regio');

-- Gapless reference numbers per tenant per year: the row is updated in the intake's transaction, so a
-- rolled-back intake gives its number back and concurrent intakes take turns on this one row.
CREATE TABLE signal_counter (
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (tenant_id, year)
);

-- People concerned, one record per person; signals are linked to it by an officer (signal_subject).
-- Never a score, rank or prediction: only what was recorded and who linked it.
CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  -- Lower case, no diacritics, no particles (src/domain/melding/names.ts): only for finding candidates.
  normalized_name text NOT NULL,
  birth_date date,
  neighbourhood text,
  address text,
  normalized_address text,
  school_or_work text,
  -- Known only from restricted signals (AIVD): hidden from the meldpunt until linked to an ordinary one.
  restricted boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
-- Tenant-composite GiST indexes (btree_gist + pg_trgm): the tenant equality and the trigram match are
-- answered by one index, and KNN (<->) can return the nearest names first without a sort.
CREATE INDEX person_name_trgm_idx ON person USING gist (tenant_id, normalized_name gist_trgm_ops);
CREATE INDEX person_address_trgm_idx ON person USING gist (tenant_id, normalized_address gist_trgm_ops)
  WHERE normalized_address IS NOT NULL;
CREATE INDEX person_birth_date_idx ON person (tenant_id, birth_date) WHERE birth_date IS NOT NULL;
CREATE INDEX person_tenant_name_idx ON person (tenant_id, display_name, id);

CREATE TABLE signal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  reference text NOT NULL CHECK (reference ~ '^M-[0-9]{4}-[0-9]{5,}$'),
  kind text NOT NULL CHECK (kind IN ('melding', 'adviesvraag')),
  intake text NOT NULL CHECK (intake IN ('publiek', 'professional', 'medewerker')),
  channel text NOT NULL CHECK (channel IN (
    'webformulier', 'telefoon', 'email', 'balie', 'politie_cter', 'ambtsbericht_aivd', 'ketenpartner')),
  received_at timestamptz NOT NULL,
  -- AIVD ambtsbericht: only the mayor and the aandachtsfunctionaris see it.
  restricted boolean NOT NULL DEFAULT false,
  reporter_kind text NOT NULL CHECK (reporter_kind IN ('inwoner', 'professional', 'anoniem')),
  reporter_name text,
  reporter_email text,
  reporter_phone text,
  reporter_organisation text,
  reporter_role text,
  feedback_wanted boolean NOT NULL DEFAULT false,
  question text,
  contra_indications text,
  -- Professional intake: the steps of the Werkwijze informatie delen, each with its confirmation and note.
  sharing_steps jsonb,
  submitted_by_user_id uuid REFERENCES app_user (id),
  submitted_by_organisation_id uuid REFERENCES organisation (id),
  -- SHA-256 of the reporter's status code; the code itself is shown once and never stored.
  status_code_hash text UNIQUE,
  status text NOT NULL DEFAULT 'ontvangen' CHECK (status IN (
    'ontvangen', 'in_behandeling', 'meer_informatie_nodig', 'geagendeerd', 'besloten', 'afgesloten')),
  status_changed_at timestamptz NOT NULL,
  category_id uuid,
  acknowledge_due_on date NOT NULL,
  triage_due_on date NOT NULL,
  acknowledged_at timestamptz,
  triaged_at timestamptz,
  info_due_on date,
  -- The earliest open deadline (src/domain/melding/deadlines.ts): overdue = next_due_on < today.
  next_due_on date,
  decision_outcome text CHECK (decision_outcome IN (
    'zorgen_radicalisering', 'zorgen_geen_radicalisering', 'geen_zorgen')),
  close_reason text CHECK (close_reason IN (
    'advies_gegeven', 'geen_zorgen', 'doorverwezen_zorg', 'overgedragen_casusoverleg', 'dubbele_melding',
    'onvoldoende_informatie', 'anders')),
  summary text NOT NULL,
  -- Maintained on write from the descriptions (dutch configuration); names are not in it.
  search_vector tsvector NOT NULL,
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, reference),
  FOREIGN KEY (category_id, tenant_id) REFERENCES phenomenon_category (id, tenant_id),
  CHECK ((status = 'meer_informatie_nodig') = (info_due_on IS NOT NULL)),
  CHECK (restricted = (channel = 'ambtsbericht_aivd'))
);
-- Worklist: keyset pages per tenant, newest first, read in index order (a page costs the same however
-- deep): all signals; the open ones (the working set: status filters without 'afgesloten', overdue); one
-- status, category or channel; by deadline; a partner's own submissions; full-text search.
CREATE INDEX signal_worklist_idx ON signal (tenant_id, received_at DESC, id DESC);
CREATE INDEX signal_open_idx ON signal (tenant_id, received_at DESC, id DESC) WHERE status <> 'afgesloten';
CREATE INDEX signal_status_idx ON signal (tenant_id, status, received_at DESC, id DESC);
CREATE INDEX signal_category_idx ON signal (tenant_id, category_id, received_at DESC, id DESC);
CREATE INDEX signal_channel_idx ON signal (tenant_id, channel, received_at DESC, id DESC);
CREATE INDEX signal_due_idx ON signal (tenant_id, (COALESCE(next_due_on, 'infinity'::date)), id);
CREATE INDEX signal_submitted_by_idx ON signal (submitted_by_user_id, received_at DESC, id DESC)
  WHERE submitted_by_user_id IS NOT NULL;
CREATE INDEX signal_search_idx ON signal USING gin (search_vector);
-- More lexemes in the statistics: a rare word is then estimated as rare, and found through the GIN index.
ALTER TABLE signal ALTER COLUMN search_vector SET STATISTICS 1000;

-- Facts: what was seen or heard, when, where, and from whom.
CREATE TABLE signal_observation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  signal_id uuid NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
  ordinal smallint NOT NULL,
  description text NOT NULL,
  observed_on date,
  observed_when text,
  place text CHECK (place IN ('school', 'buurt', 'online', 'thuis', 'werk', 'anders')),
  place_detail text,
  source text NOT NULL CHECK (source IN (
    'eigen_waarneming', 'gehoord_van_anderen', 'online_of_media', 'document', 'anders')),
  source_detail text,
  UNIQUE (signal_id, ordinal)
);

-- Opinions and assumptions, kept apart from the facts; later confirmed or refuted by an annotation.
CREATE TABLE signal_assumption (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  signal_id uuid NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
  ordinal smallint NOT NULL,
  text text NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'bevestigd', 'weerlegd')),
  UNIQUE (signal_id, ordinal)
);

-- A person as named in a signal, and (after an officer confirmed it) the person record it is.
CREATE TABLE signal_subject (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  signal_id uuid NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  ordinal smallint NOT NULL,
  name text,
  age smallint CHECK (age BETWEEN 0 AND 130),
  birth_date date,
  neighbourhood text,
  address text,
  school_or_work text,
  relation text CHECK (relation IN (
    'ouder_verzorger', 'familielid', 'partner', 'vriend_kennis', 'buurtbewoner', 'school', 'werk',
    'hulpverlener', 'geen', 'anders')),
  relation_detail text,
  person_id uuid REFERENCES person (id),
  linked_by uuid REFERENCES app_user (id),
  linked_at timestamptz,
  UNIQUE (signal_id, ordinal)
);
CREATE INDEX signal_subject_person_idx ON signal_subject (person_id) WHERE person_id IS NOT NULL;

-- Every confirmation, rejection and removal of a link, with who and when.
CREATE TABLE person_link_decision (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  subject_id uuid NOT NULL REFERENCES signal_subject (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  decision text NOT NULL CHECK (decision IN ('bevestigd', 'afgewezen', 'ontkoppeld')),
  decided_by uuid NOT NULL REFERENCES app_user (id),
  decided_at timestamptz NOT NULL,
  note text
);
CREATE INDEX person_link_decision_subject_idx ON person_link_decision (subject_id, id);
CREATE INDEX person_link_decision_person_idx ON person_link_decision (person_id, id);

-- The full history of a signal: intake, steps, category, annotations, feedback, links, attachments.
CREATE TABLE signal_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  signal_id uuid NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  actor_user_id uuid REFERENCES app_user (id),
  actor_name text,
  actor_role text,
  kind text NOT NULL CHECK (kind IN (
    'ontvangen', 'status', 'categorie', 'annotatie', 'terugkoppeling', 'koppeling', 'bijlage')),
  from_status text,
  to_status text,
  data jsonb NOT NULL DEFAULT '{}',
  note text
);
CREATE INDEX signal_event_signal_idx ON signal_event (signal_id, id);

-- Later annotations: confirm or refute an assumption, or add information.
CREATE TABLE signal_annotation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of writing (several can share a timestamp).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  signal_id uuid NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
  assumption_id uuid REFERENCES signal_assumption (id) ON DELETE CASCADE,
  effect text NOT NULL CHECK (effect IN ('bevestigt', 'weerlegt', 'aanvulling')),
  text text NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_by_name text NOT NULL,
  CHECK ((effect = 'aanvulling') OR assumption_id IS NOT NULL)
);
CREATE INDEX signal_annotation_signal_idx ON signal_annotation (signal_id, seq);

-- Feedback the meldpunt chose to show the reporter on the status page.
CREATE TABLE signal_feedback (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of writing (several can share a timestamp).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  signal_id uuid NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
  message text NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX signal_feedback_signal_idx ON signal_feedback (signal_id, seq);

-- Attachments, stored in the database in the same transaction as the signal.
CREATE TABLE signal_attachment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of writing (several can share a timestamp).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  -- Deferred: the intake writes the (large) files before the signal row, so the tenant's reference
  -- counter is locked only for the last statement of the transaction.
  signal_id uuid NOT NULL REFERENCES signal (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  file_name text NOT NULL,
  -- Detected from the content, never taken from the sender.
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES app_user (id)
);
CREATE INDEX signal_attachment_signal_idx ON signal_attachment (signal_id, seq);

-- Content-free notifications ("Er is een nieuwe melding: M-..."), written in the intake's transaction and
-- sent after commit by a background step; a failed send is retried, the signal is never lost.
CREATE TABLE meldpunt_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  reference text NOT NULL,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX meldpunt_outbox_pending_idx ON meldpunt_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Fixed-window request counters per client address (hashed), shared by all server instances.
-- UNLOGGED: no WAL, so a request's counter update does not wait for a disk flush and the hot row of a
-- busy address is locked only for microseconds. After a crash the counters start again from zero,
-- which is acceptable for a rate limit.
CREATE UNLOGGED TABLE meldpunt_rate_limit (
  key_hash text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL
);
CREATE INDEX meldpunt_rate_limit_window_idx ON meldpunt_rate_limit (window_start);

-- The history is append-only for the application (retention may still delete a whole signal).
REVOKE UPDATE ON signal_event, signal_annotation, person_link_decision, signal_feedback FROM duiden_app;
REVOKE UPDATE ON signal_attachment FROM duiden_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON meldpunt_settings, phenomenon_category, signal_counter, person, signal,
  signal_observation, signal_assumption, signal_subject, meldpunt_outbox, meldpunt_rate_limit TO duiden_app;
GRANT SELECT, INSERT, DELETE ON signal_event, signal_annotation, person_link_decision, signal_feedback,
  signal_attachment TO duiden_app;
