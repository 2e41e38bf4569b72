import type { LogEntry, SealAlgorithm, SealRecord } from '../domain/audit/chain.js';
import type { Queryable } from './database.js';

/** What a caller records; the id and time are filled in by recordAccess. */
export interface AccessRecord {
  readonly tenantId?: string | null;
  readonly actorUserId?: string | null;
  readonly actorOrganisationId?: string | null;
  readonly actorRole?: string | null;
  readonly onBehalfOf?: string | null;
  readonly action: string;
  readonly objectType?: string | null;
  readonly objectId?: string | null;
  readonly personId?: string | null;
  readonly purpose?: string | null;
  readonly result: 'ok' | 'denied' | 'failed' | 'error';
  readonly clientIp?: string | null;
  readonly requestId?: string | null;
}

const COLUMNS = `id, at, tenant_id, actor_user_id, actor_organisation_id, actor_role, on_behalf_of, action,
  object_type, object_id, person_id, purpose, result, client_ip, request_id`;

/** Appends one entry. Call it inside the transaction of the write it describes. */
export async function recordAccess(q: Queryable, at: Date, r: AccessRecord): Promise<void> {
  await q.query(
    `INSERT INTO access_log (at, tenant_id, actor_user_id, actor_organisation_id, actor_role, on_behalf_of,
       action, object_type, object_id, person_id, purpose, result, client_ip, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      at,
      r.tenantId ?? null,
      r.actorUserId ?? null,
      r.actorOrganisationId ?? null,
      r.actorRole ?? null,
      r.onBehalfOf ?? null,
      r.action,
      r.objectType ?? null,
      r.objectId ?? null,
      r.personId ?? null,
      r.purpose ?? null,
      r.result,
      r.clientIp ?? null,
      r.requestId ?? null,
    ],
  );
}

/**
 * Appends several entries with one statement (a list that names many persons writes one entry per person):
 * one round trip and, outside a transaction, one commit instead of one per entry.
 */
export async function recordAccesses(
  q: Queryable,
  at: Date,
  records: readonly AccessRecord[],
): Promise<void> {
  if (records.length === 0) return;
  if (records.length === 1) return recordAccess(q, at, records[0] as AccessRecord);
  const col = <K extends keyof AccessRecord>(k: K) => records.map((r) => r[k] ?? null);
  await q.query(
    `INSERT INTO access_log (at, tenant_id, actor_user_id, actor_organisation_id, actor_role, on_behalf_of,
       action, object_type, object_id, person_id, purpose, result, client_ip, request_id)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::uuid[], $11::text[], $12::text[], $13::text[], $14::text[])`,
    [
      at,
      col('tenantId'),
      col('actorUserId'),
      col('actorOrganisationId'),
      col('actorRole'),
      col('onBehalfOf'),
      col('action'),
      col('objectType'),
      col('objectId'),
      col('personId'),
      col('purpose'),
      col('result'),
      col('clientIp'),
      col('requestId'),
    ],
  );
}

interface EntryRow {
  id: number;
  at: Date;
  tenant_id: string | null;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  actor_role: string | null;
  on_behalf_of: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  person_id: string | null;
  purpose: string | null;
  result: string;
  client_ip: string | null;
  request_id: string | null;
}

export function toLogEntry(r: EntryRow): LogEntry {
  return {
    id: Number(r.id),
    at: r.at,
    tenantId: r.tenant_id,
    actorUserId: r.actor_user_id,
    actorOrganisationId: r.actor_organisation_id,
    actorRole: r.actor_role,
    onBehalfOf: r.on_behalf_of,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    personId: r.person_id,
    purpose: r.purpose,
    result: r.result,
    clientIp: r.client_ip,
    requestId: r.request_id,
  };
}

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
  readonly horizon: string | null;
}

/** Locks the chain head for this transaction (one sealer at a time across instances) and reads it. */
export async function lockChainHead(q: Queryable): Promise<ChainHead> {
  await q.query('SELECT pg_advisory_xact_lock(4283720)');
  const r = await q.query<{ seq: number; hash: string; horizon: string }>(
    'SELECT seq, hash, horizon::text AS horizon FROM access_log_seal ORDER BY seq DESC LIMIT 1',
  );
  const head = r.rows[0];
  return head
    ? { seq: Number(head.seq), hash: head.hash, horizon: head.horizon }
    : { seq: 0, hash: '', horizon: null };
}

/** The current horizon: every transaction with an id below it has finished. */
export async function currentHorizon(q: Queryable): Promise<string> {
  const h = await q.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin');
  return h.rows[0]?.xmin ?? '0';
}

/**
 * Entries not sealed yet whose writing transaction finished before every transaction still running:
 * those with tx_id in [previous horizon, horizon). Nothing can still appear below the horizon, so
 * sealing them never skips a late commit. Keyset on (tx_id, id) to read them in chunks.
 */
export async function unsealedEntries(
  q: Queryable,
  range: { from: string | null; to: string },
  after: { txId: string; id: number } | null,
  limit: number,
): Promise<Array<LogEntry & { txId: string }>> {
  const r = await q.query<EntryRow & { tx_id: string }>(
    `SELECT ${COLUMNS}, tx_id::text AS tx_id FROM access_log
      WHERE tx_id < $1::xid8 AND ($2::xid8 IS NULL OR tx_id >= $2::xid8)
        AND ($3::xid8 IS NULL OR (tx_id, id) > ($3::xid8, $4::bigint))
      ORDER BY tx_id, id LIMIT $5`,
    [range.to, range.from, after?.txId ?? null, after?.id ?? 0, limit],
  );
  return r.rows.map((row) => ({ ...toLogEntry(row), txId: row.tx_id }));
}

/** Writes a run of seals that share one sealing time and algorithm (as `sealRun` makes them). */
export async function insertSeals(
  q: Queryable,
  seals: readonly SealRecord[],
  horizon: string,
): Promise<void> {
  const first = seals[0];
  if (!first) return;
  await q.query(
    `INSERT INTO access_log_seal (seq, entry_id, hash, horizon, sealed_at, alg)
     SELECT s.seq, s.entry_id, s.hash, $4::xid8, $5, $6
       FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS s (seq, entry_id, hash)`,
    [
      seals.map((s) => s.seq),
      seals.map((s) => s.entryId),
      seals.map((s) => s.hash),
      horizon,
      first.sealedAt,
      first.alg,
    ],
  );
}

/** Seals in seq order with their entries (left join: a deleted entry shows up as missing). */
export async function readSealsWithEntries(
  q: Queryable,
  afterSeq: number,
  limit: number,
): Promise<{ seals: SealRecord[]; entries: Map<number, LogEntry> }> {
  const r = await q.query<
    EntryRow & {
      seq: number;
      entry_id: number;
      hash: string;
      alg: SealAlgorithm;
      sealed_at: Date;
      id: number | null;
    }
  >(
    `SELECT s.seq, s.entry_id, s.hash, s.alg, s.sealed_at, l.id, l.at, l.tenant_id, l.actor_user_id, l.actor_organisation_id,
            l.actor_role, l.on_behalf_of, l.action, l.object_type, l.object_id, l.person_id, l.purpose,
            l.result, l.client_ip, l.request_id
       FROM access_log_seal s LEFT JOIN access_log l ON l.id = s.entry_id
      WHERE s.seq > $1 ORDER BY s.seq LIMIT $2`,
    [afterSeq, limit],
  );
  const seals: SealRecord[] = [];
  const entries = new Map<number, LogEntry>();
  for (const row of r.rows) {
    seals.push({
      seq: Number(row.seq),
      entryId: Number(row.entry_id),
      hash: row.hash,
      alg: row.alg,
      sealedAt: row.sealed_at,
    });
    if (row.id !== null) entries.set(Number(row.id), toLogEntry(row));
  }
  return { seals, entries };
}

/** Entries that should have been sealed (below the last horizon) but are not in the chain. */
export async function entriesOutsideChain(q: Queryable, limit: number): Promise<number[]> {
  const r = await q.query<{ id: number }>(
    `SELECT l.id FROM access_log l
      WHERE l.tx_id < (SELECT horizon FROM access_log_seal ORDER BY seq DESC LIMIT 1)
        AND NOT EXISTS (SELECT 1 FROM access_log_seal s WHERE s.entry_id = l.id)
      ORDER BY l.id LIMIT $1`,
    [limit],
  );
  return r.rows.map((x) => Number(x.id));
}

export interface LogFilter {
  readonly tenantId: string;
  readonly actorUserId?: string | undefined;
  readonly action?: string | undefined;
  readonly result?: string | undefined;
  readonly objectType?: string | undefined;
  readonly objectId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  /** Keyset cursor: entries strictly older than this (at, id). */
  readonly before?: { at: Date; id: number } | undefined;
  readonly limit: number;
}

export interface LogListRow extends LogEntry {
  readonly actorName: string | null;
  readonly organisationName: string | null;
}

/**
 * The log of one tenant, newest first, with keyset pagination. Entries that belong to no tenant (a failed
 * sign-in with an unknown user name) are not listed here; they are in the chain and checked by audit:verify.
 */
export async function listAccessLog(q: Queryable, f: LogFilter): Promise<LogListRow[]> {
  const where: string[] = ['l.tenant_id = $1'];
  const params: unknown[] = [f.tenantId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.actorUserId) add('l.actor_user_id = ?', f.actorUserId);
  if (f.action) add('l.action = ?', f.action);
  if (f.result) add('l.result = ?', f.result);
  if (f.objectType) add('l.object_type = ?', f.objectType);
  if (f.objectId) add('l.object_id = ?', f.objectId);
  if (f.from) add('l.at >= ?', f.from);
  if (f.to) add('l.at < ?', f.to);
  if (f.before) {
    params.push(f.before.at, f.before.id);
    where.push(`(l.at, l.id) < ($${params.length - 1}, $${params.length})`);
  }
  params.push(f.limit);
  const r = await q.query<EntryRow & { actor_name: string | null; organisation_name: string | null }>(
    `SELECT l.id, l.at, l.tenant_id, l.actor_user_id, l.actor_organisation_id, l.actor_role, l.on_behalf_of,
            l.action, l.object_type, l.object_id, l.person_id, l.purpose, l.result, l.client_ip, l.request_id,
            u.display_name AS actor_name, o.name AS organisation_name
       FROM access_log l
       LEFT JOIN app_user u ON u.id = l.actor_user_id
       LEFT JOIN organisation o ON o.id = l.actor_organisation_id
      WHERE ${where.join(' AND ')}
      ORDER BY l.at DESC, l.id DESC
      LIMIT $${params.length}`,
    params,
  );
  return r.rows.map((row) => ({
    ...toLogEntry(row),
    actorName: row.actor_name,
    organisationName: row.organisation_name,
  }));
}
