-- Netwerken, the partner register (issue 15): a profile on top of the bare organisation list (which stays
-- what meetings and cases invite), the municipality's districts and own kinds of partner, the contact persons
-- with their stay-in-touch frequency (src/domain/netwerk/contact-upkeep.ts) and the contact log. Work data of
-- professionals only; the log never holds case content.

-- A municipality's districts (wijken), for the partners' reach and the coverage view.
CREATE TABLE netwerk_district (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

-- A municipality's own kinds of partner, beside the built-in ones of src/domain/netwerk/partners.ts.
CREATE TABLE netwerk_partner_kind (
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  label_nl text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 100),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 100),
  internal boolean NOT NULL,
  PRIMARY KEY (tenant_id, code)
);

-- The profile of a partner organisation (kind 'partner' in organisation), one per organisation.
CREATE TABLE netwerk_partner (
  organisation_id uuid PRIMARY KEY REFERENCES organisation (id),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]{1,39}$'),
  internal boolean NOT NULL,
  domain text NOT NULL,
  citywide boolean NOT NULL DEFAULT false,
  -- The seven tasks it takes on (codes of NETWORK_TASKS).
  tasks text[] NOT NULL DEFAULT '{}',
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX netwerk_partner_tenant_idx ON netwerk_partner (tenant_id);

CREATE TABLE netwerk_partner_district (
  organisation_id uuid NOT NULL REFERENCES netwerk_partner (organisation_id) ON DELETE CASCADE,
  district_id uuid NOT NULL REFERENCES netwerk_district (id),
  PRIMARY KEY (organisation_id, district_id)
);
CREATE INDEX netwerk_partner_district_idx ON netwerk_partner_district (district_id);

-- A contact person of a partner: name, role, how to reach them at work; the stay-in-touch state.
CREATE TABLE netwerk_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  organisation_id uuid NOT NULL REFERENCES netwerk_partner (organisation_id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (length(role) BETWEEN 1 AND 200),
  email text CHECK (email IS NULL OR length(email) <= 320),
  phone text CHECK (phone IS NULL OR length(phone) <= 30),
  frequency_every integer NOT NULL CHECK (frequency_every >= 1),
  frequency_unit text NOT NULL CHECK (frequency_unit IN ('dagen', 'weken')),
  started_on date NOT NULL,
  last_contact_on date,
  snoozed_until date,
  last_reminded_on date,
  -- Who keeps the contact up, and gets the reminders.
  owner_user_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX netwerk_contact_org_idx ON netwerk_contact (organisation_id, name);
CREATE INDEX netwerk_contact_tenant_idx ON netwerk_contact (tenant_id);

-- The contact log: date, form, who, a short note. Never case content (the screen says so).
CREATE TABLE netwerk_contact_log (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  contact_id uuid NOT NULL REFERENCES netwerk_contact (id) ON DELETE CASCADE,
  contacted_on date NOT NULL,
  form text NOT NULL,
  by_user_id uuid NOT NULL REFERENCES app_user (id),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at timestamptz NOT NULL
);
CREATE INDEX netwerk_contact_log_idx ON netwerk_contact_log (contact_id, contacted_on DESC, created_at DESC);

GRANT SELECT, INSERT, UPDATE, DELETE ON netwerk_district, netwerk_partner_kind, netwerk_partner,
  netwerk_partner_district, netwerk_contact, netwerk_contact_log TO duiden_app;
