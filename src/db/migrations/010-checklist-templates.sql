-- The situation checklists of the factsheet, editable per municipality: a municipality adds its own items to a
-- checklist, or replaces or switches off a factsheet item by an own item with the same code. The factsheet
-- itself stays in code (src/domain/casus/checklists.ts); the merge is src/domain/casus/checklist-templates.ts.
-- A checklist in a case keeps the text it was created with, so a later edit never changes it.
--
-- Target: PostgreSQL 15+ and PGlite.

CREATE TABLE checklist_template_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind IN ('dreigende_uitreis', 'uitgereisd', 'terugkeerder', 'overleden')),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{2,60}$'),
  text_nl text NOT NULL CHECK (length(text_nl) BETWEEN 1 AND 500),
  text_en text NOT NULL CHECK (length(text_en) BETWEEN 1 AND 500),
  -- Optional due rule: the date in the case it runs from, plus months and days.
  due_anchor text CHECK (due_anchor IN ('departedOn', 'returnedOn', 'deceasedOn', 'situationSince')),
  due_months integer NOT NULL DEFAULT 0 CHECK (due_months BETWEEN 0 AND 120),
  due_days integer NOT NULL DEFAULT 0 CHECK (due_days BETWEEN 0 AND 3650),
  sort integer NOT NULL CHECK (sort BETWEEN 0 AND 10000),
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, kind, code)
);

-- The text an item had when its checklist was created; rows from before this migration have none and show
-- the factsheet text.
ALTER TABLE casus_checklist_item ADD COLUMN text_nl text CHECK (length(text_nl) <= 500);
ALTER TABLE casus_checklist_item ADD COLUMN text_en text CHECK (length(text_en) <= 500);

-- Beheer adds and changes the own items of its municipality; nothing is deleted (an item is switched off).
GRANT SELECT, INSERT, UPDATE ON checklist_template_item TO duiden_app;
