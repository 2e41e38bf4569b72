-- Regional cooperation (src/domain/regio/): a municipality joins its region's arrangements per task, with
-- dates and optionally the covenant they rest on. What the region (or a larger municipality) works under an
-- agreement stays the municipality's own: its retention, its figures, its mayor.

CREATE TABLE regio_agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The region (samenwerkingsverband) whose tenant keeps the agreement.
  region_id uuid NOT NULL REFERENCES organisation (id),
  -- The member municipality that has its task worked by the region or by a larger municipality.
  municipality_id uuid NOT NULL REFERENCES organisation (id),
  task text NOT NULL CHECK (task IN (
    'regionaal_meldpunt', 'regionaal_signaleringsoverleg', 'regionaal_casusoverleg', 'regie_door_gemeente')),
  -- regie_door_gemeente: the larger municipality whose dossierhouder holds the regie on its behalf.
  acting_municipality_id uuid REFERENCES organisation (id),
  -- The covenant the arrangement rests on (a covenant of the region or of the municipality).
  covenant_id uuid REFERENCES covenant (id),
  starts_on date NOT NULL,
  ends_on date,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  -- Ending hands the open work back; the agreement covers no day from ended_on on.
  ended_on date,
  ended_at timestamptz,
  ended_by uuid REFERENCES app_user (id),
  end_reason text CHECK (end_reason IS NULL OR length(end_reason) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CHECK ((task = 'regie_door_gemeente') = (acting_municipality_id IS NOT NULL)),
  CHECK (acting_municipality_id IS NULL OR acting_municipality_id <> municipality_id),
  CHECK ((ended_on IS NULL) = (ended_at IS NULL) AND (ended_on IS NULL) = (end_reason IS NULL))
);
-- The list: per region by municipality and start; the rules of a municipality (routing, overlap).
CREATE INDEX regio_agreement_region_idx ON regio_agreement (region_id, starts_on DESC, id);
CREATE INDEX regio_agreement_municipality_idx ON regio_agreement (municipality_id, task);
CREATE INDEX regio_agreement_acting_idx ON regio_agreement (acting_municipality_id)
  WHERE acting_municipality_id IS NOT NULL;

-- A signal of a municipality that uses the regional meldpunt is worked by the region's meldpunt staff on its
-- behalf: the signal stays the municipality's (tenant_id), this names the region that works it.
ALTER TABLE signal ADD COLUMN worked_by_region_id uuid REFERENCES organisation (id);
CREATE INDEX signal_worked_by_region_idx ON signal (worked_by_region_id, received_at DESC, id)
  WHERE worked_by_region_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE ON regio_agreement TO duiden_app;
