-- Evaluatie (issue 17): the results of measures recorded from the case file, the working elements a
-- municipality names, and policy goals with their indicators and values per period.

-- The working elements (werkzame elementen) a municipality keeps as tags; the defaults are added for a
-- municipality the first time its list is read (src/app/evaluatie/results.ts).
CREATE TABLE working_element (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 100,
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, label)
);

-- Whether a measure reached its goal, why, recorded by the case's regie once the measure ended. Case data:
-- it goes with the measure and the case (retention deletes the case, and this with it).
CREATE TABLE measure_result (
  measure_id uuid PRIMARY KEY REFERENCES casus_measure (id) ON DELETE CASCADE,
  casus_id uuid NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('ja', 'deels', 'nee', 'te_vroeg')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  recorded_at timestamptz NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX measure_result_casus_idx ON measure_result (casus_id);
CREATE INDEX measure_result_recorded_idx ON measure_result (recorded_at);

CREATE TABLE measure_result_element (
  measure_id uuid NOT NULL REFERENCES measure_result (measure_id) ON DELETE CASCADE,
  element_id uuid NOT NULL REFERENCES working_element (id),
  PRIMARY KEY (measure_id, element_id)
);

-- Beleidsdoelen. The interventions that serve a goal point to it from their own table (the integrator adds
-- that foreign key with the intervention register).
CREATE TABLE policy_goal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  period_start date NOT NULL,
  period_end date NOT NULL,
  status text NOT NULL CHECK (status IN ('concept', 'actief', 'afgerond')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (period_end >= period_start)
);
CREATE INDEX policy_goal_tenant_idx ON policy_goal (tenant_id, period_start DESC, id);

CREATE TABLE policy_indicator (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  goal_id uuid NOT NULL REFERENCES policy_goal (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 60),
  target_value numeric,
  direction text NOT NULL CHECK (direction IN ('hoger', 'lager', 'gelijk')),
  source text NOT NULL CHECK (source IN ('duiden', 'handmatig')),
  duiden_key text CHECK (duiden_key ~ '^[a-z_]{2,60}$'),
  manual_source text CHECK (length(manual_source) <= 300),
  created_at timestamptz NOT NULL,
  -- The order they were added in (several may be added at the same moment).
  seq integer GENERATED ALWAYS AS IDENTITY,
  CHECK ((source = 'duiden') = (duiden_key IS NOT NULL)),
  CHECK (source = 'duiden' OR manual_source IS NOT NULL)
);
CREATE INDEX policy_indicator_goal_idx ON policy_indicator (goal_id, seq);

-- Values entered by hand, per period ('2026', '2026-K1', ...), with their source. Duiden-measured values are
-- never stored: they are read from the fenomeenanalyse's protected figures.
CREATE TABLE policy_indicator_value (
  indicator_id uuid NOT NULL REFERENCES policy_indicator (id) ON DELETE CASCADE,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|K[1-4]|(0[1-9]|1[0-2])))?$'),
  value numeric NOT NULL,
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  recorded_at timestamptz NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (indicator_id, period)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON working_element, measure_result, measure_result_element, policy_goal,
  policy_indicator, policy_indicator_value TO duiden_app;
