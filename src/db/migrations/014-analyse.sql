-- Fenomeenanalyse (issue 14): figures on the nature, volume and development of the phenomena, protected by
-- disclosure control (src/domain/analyse/), and the analysis document with its frozen, approved versions.
-- Nothing here holds a figure about a person: the analysis reads the signals and cases at request time and
-- keeps only protected aggregates (cells published or suppressed) in an approved version.

-- A signal (and a case) can be left out of every figure: a test, a duplicate, or "niet voor statistiek",
-- always with a reason and who marked it. Cleared by setting the kind back to null (logged as an event).
ALTER TABLE signal
  ADD COLUMN statistics_exclusion text CHECK (statistics_exclusion IN ('test', 'dubbel', 'niet_voor_statistiek')),
  ADD COLUMN statistics_exclusion_reason text CHECK (length(statistics_exclusion_reason) <= 1000),
  ADD COLUMN statistics_exclusion_by uuid REFERENCES app_user (id),
  ADD COLUMN statistics_exclusion_at timestamptz,
  ADD CONSTRAINT signal_statistics_exclusion_complete
    CHECK (statistics_exclusion IS NULL OR (statistics_exclusion_reason IS NOT NULL AND statistics_exclusion_by IS NOT NULL));
ALTER TABLE casus
  ADD COLUMN statistics_exclusion text CHECK (statistics_exclusion IN ('test', 'dubbel', 'niet_voor_statistiek')),
  ADD COLUMN statistics_exclusion_reason text CHECK (length(statistics_exclusion_reason) <= 1000),
  ADD COLUMN statistics_exclusion_by uuid REFERENCES app_user (id),
  ADD COLUMN statistics_exclusion_at timestamptz,
  ADD CONSTRAINT casus_statistics_exclusion_complete
    CHECK (statistics_exclusion IS NULL OR (statistics_exclusion_reason IS NOT NULL AND statistics_exclusion_by IS NOT NULL));

ALTER TABLE signal_event DROP CONSTRAINT signal_event_kind_check;
ALTER TABLE signal_event ADD CONSTRAINT signal_event_kind_check CHECK (kind IN (
  'ontvangen', 'status', 'categorie', 'annotatie', 'terugkoppeling', 'koppeling', 'bijlage', 'omgezet',
  'statistiek'));

-- The analysis (src/db/analyse.ts) reads one period of the region's municipalities; the partial indexes skip
-- what is never counted (left out of the statistics, AIVD ambtsberichten).
CREATE INDEX signal_analyse_idx ON signal (tenant_id, received_at)
  INCLUDE (kind, channel, reporter_kind, category_id, submitted_by_organisation_id, id)
  WHERE statistics_exclusion IS NULL AND NOT restricted;
CREATE INDEX signal_analyse_triage_idx ON signal (tenant_id, triaged_at)
  INCLUDE (kind, decision_outcome, received_at, id)
  WHERE triaged_at IS NOT NULL AND statistics_exclusion IS NULL AND NOT restricted;
CREATE INDEX signal_event_analyse_idx ON signal_event (at, signal_id)
  WHERE kind = 'status' AND to_status = 'meer_informatie_nodig';
CREATE INDEX meeting_decision_analyse_idx ON meeting_decision (tenant_id, recorded_at)
  WHERE kind = 'weegploeg' AND status = 'vastgesteld';
-- The persons of a signal without visiting the subject rows (names stay in the table).
CREATE INDEX signal_subject_analyse_idx ON signal_subject (signal_id) INCLUDE (person_id, id, ordinal);
CREATE INDEX casus_analyse_idx ON casus (tenant_id, created_at) WHERE statistics_exclusion IS NULL;
CREATE INDEX casus_analyse_closed_idx ON casus (tenant_id, closed_at)
  WHERE closed_at IS NOT NULL AND statistics_exclusion IS NULL;

-- The threshold k of the disclosure control, per municipality (or region), set by the privacy officer:
-- at least 5 persons per published cell, 10 unless set.
ALTER TABLE privacy_settings
  ADD COLUMN analysis_k integer NOT NULL DEFAULT 10 CHECK (analysis_k BETWEEN 5 AND 100);

-- The analysis as a document: the analyst's words per fenomeen and for the whole (nature, volume,
-- development, risks), edited as a draft with a version number (409 on a stale save).
CREATE TABLE analysis_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- The fixed period the document is about: '2025', '2025-H1', '2025-K3' (src/domain/analyse/periods.ts).
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|K[1-4]|(0[1-9]|1[0-2])))?$'),
  -- { "geheel": { "aard": "...", "omvang": "...", "ontwikkeling": "...", "risicos": "..." }, "<fenomeen>": {...} }
  texts jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX analysis_document_tenant_idx ON analysis_document (tenant_id, created_at DESC, id DESC);

-- An approved version: the figures as they were protected and the texts, frozen. Later corrections to
-- signals never change it; it records the disclosure rules it used. Append-only for the application.
CREATE TABLE analysis_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL REFERENCES analysis_document (id),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  number integer NOT NULL CHECK (number >= 1),
  period text NOT NULL,
  title text NOT NULL,
  texts jsonb NOT NULL,
  -- The protected reports (contract AnalysisReport[]): marks only, never a record or a person id.
  figures jsonb NOT NULL,
  -- { k, method, zeros, rounded } as recorded by src/domain/analyse/disclosure.ts.
  rules jsonb NOT NULL,
  approved_at timestamptz NOT NULL,
  approved_by uuid NOT NULL REFERENCES app_user (id),
  approved_by_name text NOT NULL,
  UNIQUE (document_id, number)
);
CREATE INDEX analysis_version_tenant_idx ON analysis_version (tenant_id, approved_at DESC, id DESC);

GRANT SELECT, INSERT, UPDATE ON analysis_document TO duiden_app;
REVOKE UPDATE, DELETE ON analysis_version FROM duiden_app;
GRANT SELECT, INSERT ON analysis_version TO duiden_app;

-- The disclosure register names exports of aggregates too (a version's PDF, CSV or spreadsheet).
ALTER TABLE disclosure DROP CONSTRAINT disclosure_object_type_check;
ALTER TABLE disclosure ADD CONSTRAINT disclosure_object_type_check CHECK (object_type IN (
  'agenda_item', 'meeting_minutes', 'casus_summary', 'casus_handover', 'casus_participation', 'subject_export',
  'anonymised_summary', 'analysis_export'));
