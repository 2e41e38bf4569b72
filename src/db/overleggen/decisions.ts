import type { MeetingType } from '../../domain/overleg/types.js';
import { affectsRows, type Queryable } from '../database.js';

/** The decision on an agenda item: drafted, changed at its version, then recorded. */

export async function insertDecisionDraft(
  q: Queryable,
  d: {
    itemId: string;
    meetingId: string;
    tenantId: string;
    kind: MeetingType;
    payload: unknown;
    at: Date;
    by: string;
  },
): Promise<boolean> {
  return affectsRows(
    q,
    `INSERT INTO meeting_decision (item_id, meeting_id, tenant_id, kind, payload, drafted_at, drafted_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (item_id) DO NOTHING`,
    [d.itemId, d.meetingId, d.tenantId, d.kind, JSON.stringify(d.payload), d.at, d.by],
  );
}

export async function updateDecisionDraft(
  q: Queryable,
  id: string,
  version: number,
  d: { payload: unknown; at: Date; by: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE meeting_decision SET payload = $3::jsonb, drafted_at = $4, drafted_by = $5, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version, JSON.stringify(d.payload), d.at, d.by],
  );
}

export async function deleteDecisionDraft(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(
    q,
    `DELETE FROM meeting_decision WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version],
  );
}

export async function recordDecision(
  q: Queryable,
  id: string,
  version: number,
  d: { payload: unknown; outcome: string; casusId: string | null; at: Date; by: string; byName: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE meeting_decision SET status = 'vastgesteld', payload = $3::jsonb, outcome = $4, casus_id = $5,
            recorded_at = $6, recorded_by = $7, recorded_by_name = $8, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version, JSON.stringify(d.payload), d.outcome, d.casusId, d.at, d.by, d.byName],
  );
}
