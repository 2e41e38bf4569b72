-- Zelfscan (issue 18): the self-assessment of the local approach in rounds, the municipality's own
-- questions, answers with their evidence, the evidence hints a person confirmed or corrected, and the
-- actions that come from a gap. Organisation data: no person concerned in a case is named here; the names
-- of who took part are work data (every read of a round is logged).

CREATE TABLE zelfscan_round (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  template text NOT NULL CHECK (template IN ('var', 'factsheet')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  starts_on date NOT NULL,
  -- Who took part: [{ "name": ..., "function": ... }], at most 30.
  participants jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(participants) = 'array'
    AND jsonb_array_length(participants) <= 30),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gesloten')),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
  closed_at timestamptz,
  closed_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'gesloten') = (closed_at IS NOT NULL)),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
CREATE INDEX zelfscan_round_tenant_idx ON zelfscan_round (tenant_id, starts_on DESC, id DESC);
-- One open round per questionnaire at a time: answers of two open rounds could not be compared.
CREATE UNIQUE INDEX zelfscan_round_one_open ON zelfscan_round (tenant_id, template) WHERE status = 'open';

-- A municipality's own questions under a part of a template: switched off, never deleted (answers of
-- earlier rounds keep pointing at them).
CREATE TABLE zelfscan_own_question (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  template text NOT NULL CHECK (template IN ('var', 'factsheet')),
  theme text NOT NULL CHECK (theme ~ '^[a-z_]{2,40}$'),
  part text NOT NULL CHECK (part ~ '^[a-z_]{2,40}$'),
  text_nl text NOT NULL CHECK (length(text_nl) BETWEEN 1 AND 500),
  text_en text NOT NULL DEFAULT '' CHECK (length(text_en) <= 500),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX zelfscan_own_question_tenant_idx ON zelfscan_own_question (tenant_id, template, seq);

-- An answer to a question in a round: a built-in question by its key, an own one as 'eigen.<id>'.
CREATE TABLE zelfscan_answer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES zelfscan_round (id),
  question_key text NOT NULL CHECK (question_key ~ '^[a-z0-9.\-]{3,100}$'),
  own_question_id uuid REFERENCES zelfscan_own_question (id),
  answer text NOT NULL CHECK (answer IN ('ja', 'deels', 'nee', 'nvt')),
  explanation text NOT NULL DEFAULT '' CHECK (length(explanation) <= 4000),
  evidence_url text CHECK (evidence_url ~ '^https://' AND length(evidence_url) <= 2000),
  answered_at timestamptz NOT NULL,
  answered_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (round_id, question_key),
  CHECK ((own_question_id IS NOT NULL) = (question_key LIKE 'eigen.%'))
);

-- Documents as evidence of an answer, checked by content as attachments are.
CREATE TABLE zelfscan_evidence (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  answer_id uuid NOT NULL REFERENCES zelfscan_answer (id),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type text NOT NULL,
  content bytea NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  added_at timestamptz NOT NULL,
  added_by uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX zelfscan_evidence_answer_idx ON zelfscan_evidence (answer_id, added_at);

-- A person's verdict on an evidence hint: confirmed or corrected with a note, with the facts as they were
-- shown (Duiden's state changes; the verdict is about what was seen). Append-only for the application.
CREATE TABLE zelfscan_hint_review (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  round_id uuid NOT NULL REFERENCES zelfscan_round (id),
  question_key text NOT NULL CHECK (question_key ~ '^[a-z0-9.\-]{3,100}$'),
  hint_kind text NOT NULL CHECK (hint_kind IN ('dossierhouder', 'signaleringsoverleg', 'meldpunt',
    'convenanten', 'deskundigheid', 'fenomeenanalyse', 'evaluatie')),
  verdict text NOT NULL CHECK (verdict IN ('bevestigd', 'gecorrigeerd')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  -- The sentences shown: [{ "nl": ..., "en": ... }].
  facts jsonb NOT NULL CHECK (jsonb_typeof(facts) = 'array'),
  reviewed_at timestamptz NOT NULL,
  reviewed_by uuid NOT NULL REFERENCES app_user (id),
  CHECK (verdict = 'bevestigd' OR length(note) > 0)
);
CREATE INDEX zelfscan_hint_review_round_idx ON zelfscan_hint_review (round_id, question_key, seq);

-- A gap becomes one of the existing actions (meeting_action): its origin is the answer. Every action has
-- exactly one origin: a meeting, a key figures' peiling or a self-assessment answer.
ALTER TABLE meeting_action ADD COLUMN zelfscan_answer_id uuid REFERENCES zelfscan_answer (id);
ALTER TABLE meeting_action DROP CONSTRAINT meeting_action_origin_check;
ALTER TABLE meeting_action ADD CONSTRAINT meeting_action_origin_check
  CHECK (num_nonnulls(meeting_id, sounding_id, zelfscan_answer_id) = 1);
CREATE INDEX meeting_action_zelfscan_idx ON meeting_action (zelfscan_answer_id) WHERE zelfscan_answer_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE ON zelfscan_round, zelfscan_own_question, zelfscan_answer TO duiden_app;
GRANT SELECT, INSERT ON zelfscan_evidence, zelfscan_hint_review TO duiden_app;
