-- The protected figures of closed periods (issue 14): a period that has ended is protected once and its
-- figures are kept, so the analysis screen reads them instead of counting a region's signals again on every
-- request, and every reader of a closed period sees the same figures (two protections of one period never
-- differ, so they cannot be subtracted from each other). Only protected marks are kept: counts that passed
-- the disclosure control, "suppressed", the medians that passed; never a record, a person or a small count.
--
-- model_id is the organisation whose municipalities are protected together: the region, or a municipality
-- without a region. Rows are replaced whole per model and report (src/app/analyse/figures-store.ts): a
-- correction that takes a record out of the statistics removes the model's rows, and the nightly refresh
-- protects the recent years again, their quarters and halves before the years that take on their
-- suppressions.
CREATE TABLE analysis_figures (
  model_id uuid NOT NULL REFERENCES organisation (id),
  report text NOT NULL,
  period text NOT NULL,
  k integer NOT NULL CHECK (k >= 5),
  computed_at timestamptz NOT NULL,
  figures jsonb NOT NULL,
  PRIMARY KEY (model_id, report, period, k)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON analysis_figures TO duiden_app;
