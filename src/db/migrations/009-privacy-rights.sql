-- Privacy by design, the rights of the people concerned and the registers: data-subject requests
-- (inzage, rectificatie, beperking, wissen) with what was done and why, restrictions of processing, the
-- wider disclosure register (case participation, exports, anonymised consultations), the anonymised case
-- summaries under review, and the legal bases (law and covenant articles) that the register refers to.
--
-- Target: PostgreSQL 15+ and PGlite. The rules are in src/domain/privacy/.

-- More legal bases for the register. Law articles are real; covenant articles remain EXAMPLES (marked) to
-- be replaced by the municipality's own covenant.
INSERT INTO legal_basis (code, label_nl, label_en, example, sort) VALUES
  ('avg_art_6_1_e', 'Art. 6 lid 1 sub e AVG (taak van algemeen belang)',
   'Art. 6(1)(e) GDPR (task carried out in the public interest)', false, 60),
  ('avg_art_9_2_g', 'Art. 9 lid 2 sub g AVG jo. art. 23 UAVG (zwaarwegend algemeen belang)',
   'Art. 9(2)(g) GDPR with art. 23 GDPR Implementation Act (substantial public interest)', false, 70),
  ('uavg_art_33', 'Art. 10 AVG jo. art. 33 UAVG (strafrechtelijke persoonsgegevens)',
   'Art. 10 GDPR with art. 33 GDPR Implementation Act (criminal-law data)', false, 80),
  ('gemeentewet_art_172', 'Art. 172 Gemeentewet (handhaving openbare orde door de burgemeester)',
   'Art. 172 Municipalities Act (maintenance of public order by the mayor)', false, 90),
  ('wpg_art_20', 'Art. 20 Wet politiegegevens (verstrekking aan samenwerkingsverband)',
   'Art. 20 Police Data Act (provision to a partnership)', false, 100),
  ('jeugdwet_art_7_4_4', 'Art. 7.4.4 Jeugdwet (verstrekking door jeugdhulpaanbieder)',
   'Art. 7.4.4 Youth Act (provision by a youth care provider)', false, 110),
  ('avg_art_15', 'Art. 15 AVG (recht op inzage van de betrokkene)',
   'Art. 15 GDPR (right of access of the data subject)', false, 120),
  ('convenant_pga_deelname', 'Modelconvenant persoonsgerichte aanpak, art. ... deelname casusoverleg (voorbeeldtekst)',
   'Model covenant person-centred approach, art. ... taking part in the case meeting (example text)', true, 130),
  ('convenant_anoniem_advies', 'Modelconvenant persoonsgerichte aanpak, art. ... geanonimiseerd advies (voorbeeldtekst)',
   'Model covenant person-centred approach, art. ... anonymised consultation (example text)', true, 140)
ON CONFLICT DO NOTHING;

-- The disclosure register covers more than meetings now: the participation of a partner in a case, the
-- export to the person concerned, anonymised consultations of an outside expert. A recipient that is not
-- an organisation of the tenant (the person, the LSE) is described in words. Case and person are kept as
-- plain ids (no foreign key): the register outlives the record it points to, like the access log.
ALTER TABLE disclosure DROP CONSTRAINT disclosure_object_type_check;
ALTER TABLE disclosure ADD CONSTRAINT disclosure_object_type_check CHECK (object_type IN (
  'agenda_item', 'meeting_minutes', 'casus_summary', 'casus_handover', 'casus_participation', 'subject_export',
  'anonymised_summary'));
ALTER TABLE disclosure ALTER COLUMN recipient_organisation_id DROP NOT NULL;
ALTER TABLE disclosure
  ADD COLUMN recipient_description text CHECK (length(recipient_description) BETWEEN 1 AND 200),
  ADD COLUMN casus_id uuid,
  ADD COLUMN person_id uuid,
  ADD CONSTRAINT disclosure_recipient_check
    CHECK (recipient_organisation_id IS NOT NULL OR recipient_description IS NOT NULL);
CREATE INDEX disclosure_casus_idx ON disclosure (casus_id) WHERE casus_id IS NOT NULL;
CREATE INDEX disclosure_person_idx ON disclosure (person_id) WHERE person_id IS NOT NULL;

-- A request of a person concerned, handled by the privacy officer: a logged request with a reason. The
-- person reference is cleared when the person is erased; the request itself stays as a content-free record.
CREATE TABLE subject_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  person_id uuid REFERENCES person (id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('inzage', 'rectificatie', 'beperking', 'wissen')),
  received_on date NOT NULL,
  -- Why it is handled: how the request came in and how the identity was checked.
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'afgehandeld', 'geweigerd')),
  -- What was done, or why it was refused (required when refused).
  outcome text CHECK (length(outcome) <= 4000),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  decided_at timestamptz,
  decided_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'open') = (decided_at IS NULL)),
  CHECK (status <> 'geweigerd' OR outcome IS NOT NULL)
);
CREATE INDEX subject_request_tenant_idx ON subject_request (tenant_id, created_at DESC, id);
CREATE INDEX subject_request_person_idx ON subject_request (person_id) WHERE person_id IS NOT NULL;

-- A rectification: which field of the person record was corrected, why and by whom (never the old value).
CREATE TABLE subject_rectification (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES subject_request (id),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  field text NOT NULL CHECK (field IN ('displayName', 'birthDate', 'neighbourhood', 'address', 'schoolOrWork')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  at timestamptz NOT NULL,
  by_user_id uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX subject_rectification_person_idx ON subject_rectification (person_id, id);

-- A restriction of processing (art. 18 AVG): while active, the record is flagged wherever it is shown.
CREATE TABLE processing_restriction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  request_id uuid NOT NULL REFERENCES subject_request (id),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  -- What is restricted, in words (for example "alle gegevens in afwachting van de rectificatie").
  scope text NOT NULL CHECK (length(scope) BETWEEN 1 AND 500),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  lifted_at timestamptz,
  lifted_by uuid REFERENCES app_user (id),
  lift_reason text CHECK (length(lift_reason) <= 2000),
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX processing_restriction_person_idx ON processing_restriction (person_id) WHERE lifted_at IS NULL;

-- An anonymised case summary for consultation with an outside expert: made as a concept, reviewed by the
-- officer, then exported once (logged and in the disclosure register). It holds no names by construction
-- and is checked against every identifier known in the case before it may leave.
CREATE TABLE anonymised_summary (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 100000),
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'geexporteerd')),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  exported_at timestamptz,
  exported_by uuid REFERENCES app_user (id),
  recipient text CHECK (length(recipient) BETWEEN 1 AND 200),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'geexporteerd') = (exported_at IS NOT NULL))
);
CREATE INDEX anonymised_summary_casus_idx ON anonymised_summary (casus_id, created_at DESC);

GRANT SELECT, INSERT, UPDATE ON subject_request, processing_restriction, anonymised_summary TO duiden_app;
GRANT DELETE ON anonymised_summary TO duiden_app;
REVOKE UPDATE, DELETE ON subject_rectification FROM duiden_app;
GRANT SELECT, INSERT ON subject_rectification TO duiden_app;
REVOKE DELETE ON subject_request, processing_restriction FROM duiden_app;
