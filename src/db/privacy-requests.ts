import { amsterdamDate } from '../domain/melding/calendar.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** Data-subject requests, rectifications and restrictions of processing, and erasure of a person. */

import type { RequestKind } from '../domain/privacy/subject-requests.js';

export type { RequestKind };
export type RequestStatus = 'open' | 'afgehandeld' | 'geweigerd';

export interface SubjectRequestRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string | null;
  readonly personName: string | null;
  readonly kind: RequestKind;
  readonly receivedOn: string;
  readonly reason: string;
  readonly status: RequestStatus;
  readonly outcome: string | null;
  readonly createdAt: Date;
  readonly createdByName: string;
  readonly decidedAt: Date | null;
  readonly decidedByName: string | null;
  readonly version: number;
}

interface RequestRow {
  id: string;
  tenant_id: string;
  person_id: string | null;
  person_name: string | null;
  kind: RequestKind;
  received_on: string;
  reason: string;
  status: RequestStatus;
  outcome: string | null;
  created_at: Date;
  created_by_name: string;
  decided_at: Date | null;
  decided_by_name: string | null;
  version: number;
}

const REQUEST_SELECT = `SELECT r.id, r.tenant_id, r.person_id, p.display_name AS person_name, r.kind,
    r.received_on::text AS received_on, r.reason, r.status, r.outcome, r.created_at,
    cu.display_name AS created_by_name, r.decided_at, du.display_name AS decided_by_name, r.version
  FROM subject_request r
  LEFT JOIN person p ON p.id = r.person_id
  JOIN app_user cu ON cu.id = r.created_by
  LEFT JOIN app_user du ON du.id = r.decided_by`;

function toRequest(r: RequestRow): SubjectRequestRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    personId: r.person_id,
    personName: r.person_name,
    kind: r.kind,
    receivedOn: r.received_on,
    reason: r.reason,
    status: r.status,
    outcome: r.outcome,
    createdAt: r.created_at,
    createdByName: r.created_by_name,
    decidedAt: r.decided_at,
    decidedByName: r.decided_by_name,
    version: r.version,
  };
}

export async function findRequest(q: Queryable, id: string): Promise<SubjectRequestRecord | null> {
  const r = await q.query<RequestRow>(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
  return firstOrNull(r, toRequest);
}

/**
 * One page of the municipality's requests, newest first, by keyset (the moment registered as text with every
 * microsecond, and the id); `status` keeps one status only. Each row carries its keyset.
 */
export async function listRequests(
  q: Queryable,
  tenantId: string,
  f: {
    readonly status?: RequestStatus | undefined;
    readonly after?: { readonly createdAt: string; readonly id: string } | undefined;
    readonly limit: number;
  },
): Promise<Array<SubjectRequestRecord & { readonly keyset: string }>> {
  const params: unknown[] = [tenantId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['r.tenant_id = $1'];
  if (f.status) where.push(`r.status = ${p(f.status)}`);
  if (f.after) {
    // The order of subject_request_tenant_idx: newest first, then by id.
    const at = p(f.after.createdAt);
    where.push(
      `(r.created_at < ${at}::timestamptz OR (r.created_at = ${at}::timestamptz AND r.id > ${p(f.after.id)}::uuid))`,
    );
  }
  const r = await q.query<RequestRow & { keyset: string }>(
    `${REQUEST_SELECT.replace(' FROM subject_request r', `, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS keyset\n  FROM subject_request r`)}
     WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id LIMIT ${p(f.limit)}`,
    params,
  );
  return r.rows.map((row) => ({ ...toRequest(row), keyset: row.keyset }));
}

/** How many requests of the municipality are still open (a content-free count for the dashboard). */
export async function countOpenRequests(q: Queryable, tenantId: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM subject_request WHERE tenant_id = $1 AND status = 'open'`,
    [tenantId],
  );
  return r.rows[0]?.n ?? 0;
}

export async function insertRequest(
  q: Queryable,
  r: {
    tenantId: string;
    personId: string;
    kind: RequestKind;
    receivedOn: string;
    reason: string;
    at: Date;
    by: string;
  },
): Promise<string> {
  const res = await q.query<{ id: string }>(
    `INSERT INTO subject_request (tenant_id, person_id, kind, received_on, reason, created_at, created_by)
     VALUES ($1, $2, $3, $4::date, $5, $6, $7) RETURNING id`,
    [r.tenantId, r.personId, r.kind, r.receivedOn, r.reason, r.at, r.by],
  );
  return res.rows[0]?.id as string;
}

/** Closes the request under the version last read; false when someone else changed it first. */
export async function decideRequest(
  q: Queryable,
  id: string,
  version: number,
  d: { status: 'afgehandeld' | 'geweigerd'; outcome: string | null; at: Date; by: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE subject_request SET status = $3, outcome = $4, decided_at = $5, decided_by = $6, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'open'`,
    [id, version, d.status, d.outcome, d.at, d.by],
  );
}

export async function insertRectification(
  q: Queryable,
  r: { requestId: string; personId: string; field: string; reason: string; at: Date; by: string },
): Promise<void> {
  await q.query(
    `INSERT INTO subject_rectification (request_id, person_id, field, reason, at, by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [r.requestId, r.personId, r.field, r.reason, r.at, r.by],
  );
}

export async function listRectifications(
  q: Queryable,
  personId: string,
): Promise<Array<{ field: string; reason: string; at: Date; byName: string }>> {
  const r = await q.query<{ field: string; reason: string; at: Date; by_name: string }>(
    `SELECT x.field, x.reason, x.at, u.display_name AS by_name FROM subject_rectification x
       JOIN app_user u ON u.id = x.by_user_id WHERE x.person_id = $1 ORDER BY x.id`,
    [personId],
  );
  return r.rows.map((x) => ({ field: x.field, reason: x.reason, at: x.at, byName: x.by_name }));
}

export interface RestrictionRecord {
  readonly id: string;
  readonly personId: string;
  readonly scope: string;
  readonly reason: string;
  readonly createdAt: Date;
  readonly createdByName: string;
  readonly liftedAt: Date | null;
  readonly liftedByName: string | null;
  readonly liftReason: string | null;
}

export async function insertRestriction(
  q: Queryable,
  r: {
    tenantId: string;
    requestId: string;
    personId: string;
    scope: string;
    reason: string;
    at: Date;
    by: string;
  },
): Promise<string> {
  const res = await q.query<{ id: string }>(
    `INSERT INTO processing_restriction (tenant_id, request_id, person_id, scope, reason, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [r.tenantId, r.requestId, r.personId, r.scope, r.reason, r.at, r.by],
  );
  return res.rows[0]?.id as string;
}

export async function liftRestriction(
  q: Queryable,
  id: string,
  l: { at: Date; by: string; reason: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE processing_restriction SET lifted_at = $2, lifted_by = $3, lift_reason = $4
      WHERE id = $1 AND lifted_at IS NULL`,
    [id, l.at, l.by, l.reason],
  );
}

export async function listRestrictions(
  q: Queryable,
  personId: string,
  activeOnly = false,
): Promise<RestrictionRecord[]> {
  const r = await q.query<{
    id: string;
    person_id: string;
    scope: string;
    reason: string;
    created_at: Date;
    created_by_name: string;
    lifted_at: Date | null;
    lifted_by_name: string | null;
    lift_reason: string | null;
  }>(
    `SELECT x.id, x.person_id, x.scope, x.reason, x.created_at, cu.display_name AS created_by_name, x.lifted_at,
            lu.display_name AS lifted_by_name, x.lift_reason
       FROM processing_restriction x
       JOIN app_user cu ON cu.id = x.created_by
       LEFT JOIN app_user lu ON lu.id = x.lifted_by
      WHERE x.person_id = $1 AND (NOT $2::boolean OR x.lifted_at IS NULL)
      ORDER BY x.created_at, x.id`,
    [personId, activeOnly],
  );
  return r.rows.map((x) => ({
    id: x.id,
    personId: x.person_id,
    scope: x.scope,
    reason: x.reason,
    createdAt: x.created_at,
    createdByName: x.created_by_name,
    liftedAt: x.lifted_at,
    liftedByName: x.lifted_by_name,
    liftReason: x.lift_reason,
  }));
}

/** Persons of the tenant whose name looks like the one asked for, for registering a request. */
export async function searchPersonsByName(
  q: Queryable,
  tenantId: string,
  normalizedName: string,
): Promise<Array<{ id: string; displayName: string; birthDate: string | null }>> {
  const r = await q.query<{ id: string; display_name: string; birth_date: string | null }>(
    `SELECT id, display_name, birth_date::text AS birth_date FROM person
      WHERE tenant_id = $1 AND (normalized_name % $2 OR normalized_name LIKE '%' || $2 || '%')
      ORDER BY display_name, id LIMIT 20`,
    [tenantId, normalizedName],
  );
  return r.rows.map((p) => ({ id: p.id, displayName: p.display_name, birthDate: p.birth_date }));
}

/** What stands in the way of erasure: cases and signals still being processed, an active legal hold. */
export async function erasureFacts(
  q: Queryable,
  personId: string,
  now: Date,
): Promise<{ openCases: number; closedCases: number; openSignals: number; legalHold: boolean }> {
  const r = await q.query<{ open_cases: number; closed_cases: number; open_signals: number; held: boolean }>(
    `SELECT (SELECT count(*)::int FROM casus WHERE person_id = $1 AND phase <> 'afgesloten') AS open_cases,
            (SELECT count(*)::int FROM casus WHERE person_id = $1 AND phase = 'afgesloten') AS closed_cases,
            (SELECT count(*)::int FROM signal_subject ss JOIN signal s ON s.id = ss.signal_id
              WHERE ss.person_id = $1 AND s.status <> 'afgesloten') AS open_signals,
            EXISTS (SELECT 1 FROM legal_hold h
                     WHERE h.lifted_at IS NULL AND h.ends_on >= $2::date
                       AND ((h.object_type = 'signal'
                             AND h.object_id IN (SELECT signal_id FROM signal_subject WHERE person_id = $1))
                         OR (h.object_type = 'casus' AND h.object_id IN (SELECT id FROM casus WHERE person_id = $1)))
                   ) AS held`,
    [personId, amsterdamDate(now)],
  );
  const row = r.rows[0];
  return {
    openCases: row?.open_cases ?? 0,
    closedCases: row?.closed_cases ?? 0,
    openSignals: row?.open_signals ?? 0,
    legalHold: row?.held ?? false,
  };
}

/**
 * Erases a person: signals that are only about them go entirely (with their observations, history and
 * attachments); in signals that also name others, only the mention of this person is emptied; then the
 * person record itself. Returns how many signals were deleted and how many mentions emptied.
 */
export async function erasePerson(
  q: Queryable,
  personId: string,
): Promise<{ signals: number; mentions: number }> {
  const only = await q.query<{ signal_id: string }>(
    `SELECT ss.signal_id FROM signal_subject ss
      WHERE ss.person_id = $1
        AND NOT EXISTS (SELECT 1 FROM signal_subject o WHERE o.signal_id = ss.signal_id AND o.id <> ss.id)`,
    [personId],
  );
  const ids = only.rows.map((r) => r.signal_id);
  if (ids.length > 0) await q.query('DELETE FROM signal WHERE id = ANY($1::uuid[])', [ids]);
  const mentions = await q.query(
    `UPDATE signal_subject SET name = NULL, age = NULL, birth_date = NULL, neighbourhood = NULL, address = NULL,
            school_or_work = NULL, relation_detail = NULL, person_id = NULL, linked_by = NULL, linked_at = NULL
      WHERE person_id = $1`,
    [personId],
  );
  await q.query('DELETE FROM person WHERE id = $1', [personId]);
  return { signals: ids.length, mentions: mentions.rowCount };
}
