import { affectsRows, type Queryable } from '../database.js';

/** The minutes of a meeting: the text at its version, and their approval. */

export async function updateMinutesText(
  q: Queryable,
  meetingId: string,
  version: number,
  generalText: string | null,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE meeting_minutes SET general_text = $3, version = version + 1
      WHERE meeting_id = $1 AND version = $2 AND status = 'concept'`,
    [meetingId, version, generalText],
  );
}

export async function approveMinutes(
  q: Queryable,
  meetingId: string,
  version: number,
  a: { at: Date; by: string; byName: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE meeting_minutes SET status = 'definitief', approved_at = $3, approved_by = $4, approved_by_name = $5,
            version = version + 1
      WHERE meeting_id = $1 AND version = $2 AND status = 'concept'`,
    [meetingId, version, a.at, a.by, a.byName],
  );
}
