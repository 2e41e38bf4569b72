-- The rest of the case module: the netwerkanalyse (persons around the subject and the relations between
-- them), familieondersteuning (contacts with the family over time), communication (the woordvoeringslijn and
-- the log of closed-session council briefings), the record of case summaries provided to partners, and the
-- handover of a case to another municipality. Everything about a person is in words: no scores.
--
-- Target: PostgreSQL 15+ and PGlite. The rules are in src/domain/casus/.

-- A person around the subject: relation, vulnerability in words, whether preventive care is arranged, and
-- optionally that person's own record in the meldpunt or own case (shown only to who may see those).
CREATE TABLE casus_network_person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  relation text NOT NULL CHECK (relation IN ('ouder', 'broer_zus', 'neef_nicht', 'partner', 'kind',
    'ander_familielid', 'vriend', 'anders')),
  relation_note text NOT NULL DEFAULT '' CHECK (length(relation_note) <= 200),
  vulnerability text NOT NULL DEFAULT '' CHECK (length(vulnerability) <= 4000),
  preventive_care boolean NOT NULL DEFAULT false,
  preventive_care_note text NOT NULL DEFAULT '' CHECK (length(preventive_care_note) <= 2000),
  linked_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
  linked_casus_id uuid REFERENCES casus (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (linked_casus_id IS NULL OR linked_casus_id <> casus_id)
);
CREATE INDEX casus_network_person_casus_idx ON casus_network_person (casus_id, created_at);

-- A relation between two persons of the network (for example two brothers); 'ouder_van' reads from -> to.
CREATE TABLE casus_network_relation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  from_person_id uuid NOT NULL REFERENCES casus_network_person (id) ON DELETE CASCADE,
  to_person_id uuid NOT NULL REFERENCES casus_network_person (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('ouder_van', 'broer_zus', 'neef_nicht', 'partner', 'ander_familielid',
    'vriend', 'anders')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (from_person_id <> to_person_id)
);
-- One relation per pair, whichever way round it was entered.
CREATE UNIQUE INDEX casus_network_relation_pair_idx ON casus_network_relation
  (LEAST(from_person_id, to_person_id), GREATEST(from_person_id, to_person_id));
CREATE INDEX casus_network_relation_casus_idx ON casus_network_relation (casus_id);

-- Contacts with the family over time: what kind of support, with whom, by whom, and a follow-up.
CREATE TABLE casus_family_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  contact_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('praktisch', 'emotioneel', 'zorgvraag')),
  with_whom text NOT NULL CHECK (length(with_whom) BETWEEN 1 AND 200),
  network_person_id uuid REFERENCES casus_network_person (id) ON DELETE SET NULL,
  by_organisation_id uuid NOT NULL REFERENCES organisation (id),
  by_user_id uuid REFERENCES app_user (id),
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  follow_up text NOT NULL DEFAULT '' CHECK (length(follow_up) <= 2000),
  follow_up_due_on date,
  follow_up_done_at timestamptz,
  follow_up_done_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (follow_up <> '' OR (follow_up_due_on IS NULL AND follow_up_done_at IS NULL))
);
CREATE INDEX casus_family_contact_casus_idx ON casus_family_contact (casus_id, contact_on DESC);
CREATE INDEX casus_family_contact_due_idx ON casus_family_contact (follow_up_due_on)
  WHERE follow_up_due_on IS NOT NULL AND follow_up_done_at IS NULL;

-- The woordvoeringslijn set in the local triangle: who speaks and the agreed lines (never names or numbers).
CREATE TABLE casus_spokesline (
  casus_id uuid PRIMARY KEY REFERENCES casus (id) ON DELETE CASCADE,
  spokesperson text NOT NULL CHECK (spokesperson IN ('om', 'gemeente')),
  lines text NOT NULL CHECK (length(lines) BETWEEN 1 AND 8000),
  agreed_on date NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);

-- Raadsinformatie: closed-session council briefings with the anonymised text used. A log: never changed.
-- confirmed_findings: the kinds of known identifiers the author was warned about and saved anyway.
CREATE TABLE casus_council_briefing (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  briefed_on date NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 8000),
  confirmed_findings text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX casus_council_briefing_casus_idx ON casus_council_briefing (casus_id, briefed_on DESC);

-- The content-free fact that a municipality handed a case to another one: what it may keep after the
-- handover (the old reference, when, by whom, to whom). The case itself moves with its file.
CREATE TABLE casus_handover (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  casus_id uuid REFERENCES casus (id) ON DELETE SET NULL,
  from_tenant_id uuid NOT NULL REFERENCES organisation (id),
  from_reference text NOT NULL,
  to_tenant_id uuid NOT NULL REFERENCES organisation (id),
  to_officer_user_id uuid NOT NULL REFERENCES app_user (id),
  legal_basis_id uuid NOT NULL REFERENCES legal_basis (id),
  handed_at timestamptz NOT NULL,
  handed_by uuid NOT NULL REFERENCES app_user (id),
  CHECK (from_tenant_id <> to_tenant_id)
);
CREATE INDEX casus_handover_from_idx ON casus_handover (from_tenant_id, handed_at DESC);

-- Disclosures now also cover case summaries (a PDF per recipient) and handed-over case files.
ALTER TABLE disclosure DROP CONSTRAINT disclosure_object_type_check;
ALTER TABLE disclosure ADD CONSTRAINT disclosure_object_type_check
  CHECK (object_type IN ('agenda_item', 'meeting_minutes', 'casus_summary', 'casus_handover'));

GRANT SELECT, INSERT, UPDATE, DELETE ON casus_network_person, casus_network_relation, casus_family_contact,
  casus_spokesline TO duiden_app;
-- Briefings and handovers are a record: written once, never changed by the application.
REVOKE UPDATE, DELETE ON casus_council_briefing, casus_handover FROM duiden_app;
GRANT SELECT, INSERT ON casus_council_briefing, casus_handover TO duiden_app;
