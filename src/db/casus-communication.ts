import type { Spokesperson } from '../domain/casus/communication.js';
import { affectsRows, type Queryable } from './database.js';

/** The woordvoeringslijn and the council briefings (raadsinformatie) of a case. */

export interface SpokeslineRecord {
  readonly spokesperson: Spokesperson;
  readonly lines: string;
  readonly agreedOn: string;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

export async function findSpokesline(q: Queryable, casusId: string): Promise<SpokeslineRecord | null> {
  const r = await q.query<{
    spokesperson: Spokesperson;
    lines: string;
    agreed_on: string;
    updated_at: Date;
    updated_by_name: string | null;
    version: number;
  }>(
    `SELECT s.spokesperson, s.lines, s.agreed_on::text AS agreed_on, s.updated_at, u.display_name AS updated_by_name,
       s.version
     FROM casus_spokesline s LEFT JOIN app_user u ON u.id = s.updated_by WHERE s.casus_id = $1`,
    [casusId],
  );
  const s = r.rows[0];
  if (!s) return null;
  return {
    spokesperson: s.spokesperson,
    lines: s.lines,
    agreedOn: s.agreed_on,
    updatedAt: s.updated_at,
    updatedByName: s.updated_by_name,
    version: s.version,
  };
}

/** Saves when the given version is the current one (0: none yet); false when someone saved in between. */
export async function saveSpokesline(
  q: Queryable,
  casusId: string,
  version: number,
  s: { spokesperson: Spokesperson; lines: string; agreedOn: string },
  at: Date,
  by: string,
): Promise<boolean> {
  if (version === 0) {
    return affectsRows(
      q,
      `INSERT INTO casus_spokesline (casus_id, spokesperson, lines, agreed_on, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (casus_id) DO NOTHING`,
      [casusId, s.spokesperson, s.lines, s.agreedOn, at, by],
    );
  }
  return affectsRows(
    q,
    `UPDATE casus_spokesline SET spokesperson = $2, lines = $3, agreed_on = $4, updated_at = $5, updated_by = $6,
       version = version + 1
     WHERE casus_id = $1 AND version = $7`,
    [casusId, s.spokesperson, s.lines, s.agreedOn, at, by, version],
  );
}

export interface BriefingRecord {
  readonly id: string;
  readonly briefedOn: string;
  readonly text: string;
  readonly confirmedFindings: readonly string[];
  readonly createdAt: Date;
  readonly createdByName: string | null;
}

export async function listBriefings(q: Queryable, casusId: string): Promise<BriefingRecord[]> {
  const r = await q.query<{
    id: string;
    briefed_on: string;
    text: string;
    confirmed_findings: string[];
    created_at: Date;
    created_by_name: string | null;
  }>(
    `SELECT b.id, b.briefed_on::text AS briefed_on, b.text, b.confirmed_findings, b.created_at,
       u.display_name AS created_by_name
     FROM casus_council_briefing b LEFT JOIN app_user u ON u.id = b.created_by
     WHERE b.casus_id = $1 ORDER BY b.briefed_on DESC, b.created_at DESC LIMIT 500`,
    [casusId],
  );
  return r.rows.map((b) => ({
    id: b.id,
    briefedOn: b.briefed_on,
    text: b.text,
    confirmedFindings: b.confirmed_findings,
    createdAt: b.created_at,
    createdByName: b.created_by_name,
  }));
}

export async function insertBriefing(
  q: Queryable,
  casusId: string,
  b: { briefedOn: string; text: string; confirmedFindings: readonly string[] },
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO casus_council_briefing (casus_id, briefed_on, text, confirmed_findings, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [casusId, b.briefedOn, b.text, b.confirmedFindings, at, by],
  );
  return (r.rows[0] as { id: string }).id;
}
