-- Evaluatie (issue 17): the municipality's register of interventions and programmes, a theory of change per
-- intervention, and its plan, process and effect evaluations. Organisation data: no personal data of case
-- subjects (who took part is named in words, by organisation or role).

-- An intervention: a preventive programme of the municipality, or one of the case catalogue's PGA measure
-- types (then it points to that catalogue entry, and the fenomeenanalyse's figures of the cases that had it
-- can be shown with it, protected).
CREATE TABLE intervention (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  kind text NOT NULL CHECK (kind IN ('preventief_programma', 'pga_maatregel')),
  catalogue_id uuid REFERENCES measure_catalogue (id),
  type text NOT NULL CHECK (type IN ('bestuurlijk', 'strafrechtelijk', 'zorg', 'preventief')),
  prevention_level text NOT NULL CHECK (prevention_level IN ('primair', 'secundair', 'tertiair')),
  target_group text NOT NULL DEFAULT '' CHECK (length(target_group) <= 500),
  provider text NOT NULL DEFAULT '' CHECK (length(provider) <= 200),
  period_start date NOT NULL,
  period_end date,
  budget_line text NOT NULL DEFAULT '' CHECK (length(budget_line) <= 200),
  policy_goal_id uuid REFERENCES policy_goal (id) ON DELETE SET NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (period_end IS NULL OR period_end >= period_start),
  CHECK ((kind = 'pga_maatregel') = (catalogue_id IS NOT NULL))
);
CREATE INDEX intervention_tenant_idx ON intervention (tenant_id, title, id);
CREATE INDEX intervention_goal_idx ON intervention (policy_goal_id);

-- The theory of change in words, saved with the intervention at its version.
CREATE TABLE intervention_theory (
  intervention_id uuid PRIMARY KEY REFERENCES intervention (id) ON DELETE CASCADE,
  inputs text NOT NULL DEFAULT '' CHECK (length(inputs) <= 4000),
  activities text NOT NULL DEFAULT '' CHECK (length(activities) <= 4000),
  outputs text NOT NULL DEFAULT '' CHECK (length(outputs) <= 4000),
  outcomes text NOT NULL DEFAULT '' CHECK (length(outcomes) <= 4000),
  assumptions text NOT NULL DEFAULT '' CHECK (length(assumptions) <= 4000),
  indicators text NOT NULL DEFAULT '' CHECK (length(indicators) <= 4000)
);

-- A plan, process or effect evaluation (the three of the Toolkit Evidence-Based Werken). The questions are
-- texts (seed 004's five are offered as the default frame); who took part in words.
CREATE TABLE intervention_evaluation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('plan', 'proces', 'effect')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  questions text[] NOT NULL DEFAULT '{}' CHECK (cardinality(questions) <= 20),
  participants text NOT NULL DEFAULT '' CHECK (length(participants) <= 2000),
  method text NOT NULL DEFAULT '' CHECK (length(method) <= 4000),
  findings text NOT NULL DEFAULT '' CHECK (length(findings) <= 8000),
  recommendations text NOT NULL DEFAULT '' CHECK (length(recommendations) <= 4000),
  follow_up text NOT NULL DEFAULT '' CHECK (length(follow_up) <= 4000),
  status text NOT NULL CHECK (status IN ('concept', 'vastgesteld')),
  evaluated_on date NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX intervention_evaluation_idx ON intervention_evaluation (intervention_id, evaluated_on DESC, id);

GRANT SELECT, INSERT, UPDATE, DELETE ON intervention, intervention_theory, intervention_evaluation TO duiden_app;
