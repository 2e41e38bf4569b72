-- Netwerk: covenants (convenanten) on information sharing. A covenant names its parties (organisations of
-- the tenant), its signatories (work data of professionals), its purpose, the legal bases of the maintained
-- list it rests on, the categories of data, the meetings and the seven tasks it covers, its term and its
-- evaluation date. Each signed text is a version with its document. Where information is shared (an
-- invitation to an agenda item, a partner joining a case) the covenant counts: the municipality chooses
-- whether a missing covenant warns or refuses, and the disclosure register records which covenant and
-- article a disclosure relied on.

CREATE TABLE covenant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 4000),
  -- The article on the sharing of information, recorded with every disclosure that relies on it.
  article text NOT NULL CHECK (length(article) BETWEEN 1 AND 200),
  data_categories text[] NOT NULL CHECK (cardinality(data_categories) >= 1 AND data_categories <@ ARRAY[
    'identificatie', 'contact', 'signalen', 'zorg', 'justitieel', 'bijzonder', 'onderwijs', 'woon',
    'financieel']::text[]),
  meeting_kinds text[] NOT NULL CHECK (meeting_kinds <@ ARRAY[
    'signaleringsoverleg', 'weegploeg', 'casusoverleg']::text[]),
  tasks text[] NOT NULL CHECK (tasks <@ ARRAY[
    'agenderen', 'voorkomen', 'signaleren', 'melden', 'nader_duiden', 'informatie_uitwisselen',
    'reageren_interveniëren']::text[]),
  starts_on date NOT NULL,
  ends_on date,
  evaluation_on date,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX covenant_tenant_idx ON covenant (tenant_id, ends_on, id);

CREATE TABLE covenant_party (
  covenant_id uuid NOT NULL REFERENCES covenant (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (covenant_id, organisation_id)
);
CREATE INDEX covenant_party_org_idx ON covenant_party (organisation_id);

CREATE TABLE covenant_legal_basis (
  covenant_id uuid NOT NULL REFERENCES covenant (id) ON DELETE CASCADE,
  legal_basis_id uuid NOT NULL REFERENCES legal_basis (id),
  PRIMARY KEY (covenant_id, legal_basis_id)
);

-- Who signed on behalf of a party: name and function (work data), never private contact details.
CREATE TABLE covenant_signatory (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  covenant_id uuid NOT NULL REFERENCES covenant (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  function text NOT NULL CHECK (length(function) BETWEEN 1 AND 200),
  sort integer NOT NULL
);
CREATE INDEX covenant_signatory_idx ON covenant_signatory (covenant_id, sort);

-- A signed text of the covenant with its document (type decided from the content), append-only.
CREATE TABLE covenant_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  covenant_id uuid NOT NULL REFERENCES covenant (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number >= 1),
  signed_on date NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  UNIQUE (covenant_id, number)
);

-- Per municipality: whether sharing without a covering covenant warns or is refused, and how many days
-- ahead of the end and the evaluation date the officer is warned.
CREATE TABLE covenant_settings (
  tenant_id uuid PRIMARY KEY REFERENCES organisation (id),
  enforcement text NOT NULL DEFAULT 'waarschuwen' CHECK (enforcement IN ('waarschuwen', 'weigeren')),
  warn_days integer NOT NULL DEFAULT 90 CHECK (warn_days BETWEEN 1 AND 365),
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);

-- The disclosure register names the covenant and the article a disclosure relied on (when one covered it).
ALTER TABLE disclosure
  ADD COLUMN covenant_id uuid REFERENCES covenant (id),
  ADD COLUMN covenant_article text CHECK (length(covenant_article) BETWEEN 1 AND 200);

GRANT SELECT, INSERT, UPDATE, DELETE ON covenant, covenant_party, covenant_legal_basis, covenant_signatory,
  covenant_settings TO duiden_app;
GRANT SELECT, INSERT ON covenant_version TO duiden_app;
