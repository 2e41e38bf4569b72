-- The kennisbank (issue 18): typed articles (definitie, hulporganisatie, stappenplan, wetgeving, instrument).
-- National articles (tenant_id NULL) are written in code (src/domain/kennisbank/national.ts) and synced in by
-- revision at first use; a municipality adds its own (tenant_id set) and hides national ones it does not show.
-- Organisation knowledge, no personal data.
CREATE TABLE kennisbank_article (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL: a national article, the same for every municipality.
  tenant_id uuid REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind IN ('definitie', 'hulporganisatie', 'stappenplan', 'wetgeving', 'instrument')),
  -- Shown on the public help page (no sign-in) too.
  public boolean NOT NULL,
  title_nl text NOT NULL CHECK (length(title_nl) BETWEEN 1 AND 200),
  title_en text NOT NULL DEFAULT '' CHECK (length(title_en) <= 200),
  summary_nl text NOT NULL CHECK (length(summary_nl) BETWEEN 1 AND 500),
  summary_en text NOT NULL DEFAULT '' CHECK (length(summary_en) <= 500),
  body_nl text NOT NULL CHECK (length(body_nl) BETWEEN 1 AND 20000),
  body_en text NOT NULL DEFAULT '' CHECK (length(body_en) <= 20000),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  source_url text CHECK (source_url IS NULL OR (length(source_url) <= 500 AND source_url ~ '^https://')),
  valid_since date NOT NULL,
  review_by date NOT NULL CHECK (review_by > valid_since),
  owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  -- Full-text search in both languages (the English texts fall back to the Dutch), titles weighing most.
  search_nl tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', title_nl), 'A') ||
    to_tsvector('dutch', summary_nl || ' ' || body_nl || ' ' || source || ' ' || owner)) STORED,
  search_en tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', CASE WHEN title_en = '' THEN title_nl ELSE title_en END), 'A') ||
    to_tsvector('english',
      CASE WHEN summary_en = '' THEN summary_nl ELSE summary_en END || ' ' ||
      CASE WHEN body_en = '' THEN body_nl ELSE body_en END)) STORED
);
CREATE INDEX kennisbank_article_search_nl_idx ON kennisbank_article USING GIN (search_nl);
CREATE INDEX kennisbank_article_search_en_idx ON kennisbank_article USING GIN (search_en);
CREATE INDEX kennisbank_article_list_idx ON kennisbank_article (tenant_id, title_nl, id);

-- A municipality's choice about a national article: hidden or shown, changed at a version (409 otherwise).
-- No row: shown, version 1.
CREATE TABLE kennisbank_article_view (
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  article_id uuid NOT NULL REFERENCES kennisbank_article (id) ON DELETE CASCADE,
  hidden boolean NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL,
  PRIMARY KEY (tenant_id, article_id)
);

-- Which revision of the national articles the database holds (one row).
CREATE TABLE kennisbank_national_revision (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  revision integer NOT NULL,
  synced_at timestamptz NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON kennisbank_article, kennisbank_article_view, kennisbank_national_revision
  TO duiden_app;
