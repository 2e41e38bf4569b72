-- What a first week of real use asked for (issue 11).

-- An advice question that the signaleringsoverleg weighs as concerns about radicalisation (outcome a) is
-- turned into a melding about the person: a step of its own in the signal's history, with who and why.
ALTER TABLE signal_event DROP CONSTRAINT signal_event_kind_check;
ALTER TABLE signal_event ADD CONSTRAINT signal_event_kind_check CHECK (kind IN (
  'ontvangen', 'status', 'categorie', 'annotatie', 'terugkoppeling', 'koppeling', 'bijlage', 'omgezet'));

-- A checklist item that depends on the case (the Raad voor de Kinderbescherming when minors are concerned)
-- starts as required, with why, or as not applicable; a required item cannot be marked not applicable.
ALTER TABLE casus_checklist_item ADD COLUMN required boolean NOT NULL DEFAULT false;
ALTER TABLE casus_checklist_item ADD COLUMN required_nl text CHECK (length(required_nl) <= 1000);
ALTER TABLE casus_checklist_item ADD COLUMN required_en text CHECK (length(required_en) <= 1000);

-- The proof-of-work challenges of the public form that were used, kept until they expire, so one solution
-- cannot be sent twice, also not to another server instance. Nothing in it points at a person or a report.
CREATE TABLE pow_challenge_used (
  nonce text PRIMARY KEY CHECK (length(nonce) <= 200),
  expires_at timestamptz NOT NULL
);
CREATE INDEX pow_challenge_used_expires_idx ON pow_challenge_used (expires_at);
GRANT SELECT, INSERT, DELETE ON pow_challenge_used TO duiden_app;
