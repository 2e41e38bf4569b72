-- Lists that grow with the data page on the server by keyset (issue 19): each has an index in its own order.

-- The meetings list (src/db/overleggen/meetings.ts): the coming ones earliest first, the past ones latest
-- first, both on (starts_at, id). meeting_tenant_starts_idx (starts_at DESC, id) breaks ties the other way.
CREATE INDEX meeting_list_idx ON meeting (tenant_id, starts_at, id);

-- The disclosure register of the municipality (src/db/privacy-disclosures.ts): newest first, then by id.
CREATE INDEX disclosure_list_idx ON disclosure (tenant_id, disclosed_at DESC, id DESC);

-- The handovers a municipality keeps the fact of (src/db/casus-handover.ts): newest first, then by id.
CREATE INDEX casus_handover_list_idx ON casus_handover (from_tenant_id, handed_at DESC, id DESC);
