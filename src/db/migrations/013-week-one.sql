-- What a first week of real use asked for (issue 11).

-- An advice question that the signaleringsoverleg weighs as concerns about radicalisation (outcome a) is
-- turned into a melding about the person: a step of its own in the signal's history, with who and why.
ALTER TABLE signal_event DROP CONSTRAINT signal_event_kind_check;
ALTER TABLE signal_event ADD CONSTRAINT signal_event_kind_check CHECK (kind IN (
  'ontvangen', 'status', 'categorie', 'annotatie', 'terugkoppeling', 'koppeling', 'bijlage', 'omgezet'));
