-- The case list pages on the server (issue 19): need to know, filters and order are decided in one query
-- (src/db/casus-list.ts), read by keyset, so a page costs the same at 30 cases or 10,000.

-- The default order: the next review, as review.ts computes it (the date set, or three months after the
-- Amsterdam day of opening). The expression is spelled exactly as NEXT_REVIEW_SQL in casus-list.ts.
CREATE INDEX casus_list_review_idx ON casus (tenant_id,
  (COALESCE(next_review_on, ((created_at AT TIME ZONE 'Europe/Amsterdam')::date + interval '3 months')::date)), id);

-- Opened newest or oldest first (casus_tenant_idx has no id to break ties on).
CREATE INDEX casus_list_opened_idx ON casus (tenant_id, created_at, id);

-- A name search finds the persons through person_name_trgm_idx (tenant-composite GiST, migration 003),
-- then their cases, closed ones too (casus_one_open_per_person_idx holds only open cases).
CREATE INDEX casus_person_idx ON casus (person_id);

-- A partner's cases, and the filter on a participating organisation: its participations of a case, ended
-- ones too (access counts a participation from joining until leaving).
CREATE INDEX casus_participant_case_org_idx ON casus_participant (casus_id, organisation_id);
