import { amsterdamDate } from '../domain/melding/calendar.js';
import { addMonths, type RetentionKind } from '../domain/privacy/retention.js';
import { affectsRows, type Queryable } from './database.js';

/**
 * Retention in SQL: the records of each kind whose term may have run out, and their deletion together with
 * everything derived from them. What is derived, by foreign key and by meaning:
 *
 * - a signal: observations, assumptions, annotations, feedback, attachments, the history and the person
 *   links (ON DELETE CASCADE), its full-text search entry (a column of the row); its agenda items with their
 *   invitations, contributions, decisions and actions; legal holds that have ended; and each linked person
 *   record that nothing else refers to any more;
 * - a case: participants, plan, measures, checklists, timeline, network (persons around the subject and
 *   their relations), family contacts, spokesline, council briefings, break-the-glass grants (CASCADE); its agenda
 *   items as above; the closed signals about its person that no other case is about; then the person if
 *   nothing else refers to it (a signal, a case, or another case's network entry); a handover record keeps
 *   only its content-free facts (casus_id SET NULL);
 * - a meeting: members, minutes, the items that are left, contributions, decisions and actions.
 *
 * Not deleted: the access log (append-only, content-free; it holds the tombstones) and the disclosure
 * register (append-only, content-free descriptions: it records that something was provided, to whom and on
 * which basis, which must stay answerable).
 */

export interface Candidate {
  readonly id: string;
  /** A content-free label: the reference (M-2026-00012, C-2026-0003) or the meeting's type and date. */
  readonly label: string;
  readonly lastProcessedAt: Date;
  /** The end of the latest active legal hold, when there is one. */
  readonly holdEndsOn: string | null;
  /**
   * A person it is about has an active restriction of processing (art. 18 AVG): kept like under a hold,
   * because a restriction asks that the data be stored and not otherwise processed (erasure included).
   */
  readonly restricted: boolean;
}

interface CandidateRow {
  id: string;
  label: string;
  last: Date;
  hold_ends_on: string | null;
  restricted: boolean;
}

/** Whether a person of the signal `s` has an active restriction of processing. */
const SIGNAL_RESTRICTED = `EXISTS (SELECT 1 FROM signal_subject ss JOIN processing_restriction pr
    ON pr.person_id = ss.person_id AND pr.lifted_at IS NULL WHERE ss.signal_id = s.id)`;
const CASE_RESTRICTED = `EXISTS (SELECT 1 FROM processing_restriction pr
    WHERE pr.person_id = c.person_id AND pr.lifted_at IS NULL)`;

const HOLD = (type: string, idColumn: string) => `LEFT JOIN LATERAL (
    SELECT max(h.ends_on)::text AS hold_ends_on FROM legal_hold h
     WHERE h.object_type = '${type}' AND h.object_id = ${idColumn} AND h.lifted_at IS NULL AND h.ends_on >= $3::date
  ) hold ON true`;

/** Last processing of a signal: its last status change or event (every step writes one). */
const SIGNAL_LAST = `GREATEST(s.status_changed_at, s.created_at,
  (SELECT max(e.at) FROM signal_event e WHERE e.signal_id = s.id))`;

/** A closed signal has follow-up while a case exists for one of its persons or was opened from it. */
const SIGNAL_HAS_CASE = `(EXISTS (SELECT 1 FROM signal_subject ss JOIN casus c ON c.person_id = ss.person_id
      WHERE ss.signal_id = s.id)
  OR EXISTS (SELECT 1 FROM agenda_item ai JOIN meeting_decision d ON d.item_id = ai.id
      JOIN casus c ON c.opened_from_decision_id = d.id WHERE ai.signal_id = s.id))`;

function sqlFor(kind: RetentionKind): string {
  switch (kind) {
    case 'melding_zonder_vervolg':
    case 'adviesvraag':
      return `SELECT s.id, s.reference AS label, ${SIGNAL_LAST} AS last, hold.hold_ends_on,
                     ${SIGNAL_RESTRICTED} AS restricted
                FROM signal s ${HOLD('signal', 's.id')}
               WHERE s.tenant_id = $1 AND s.status = 'afgesloten'
                 AND s.kind = '${kind === 'adviesvraag' ? 'adviesvraag' : 'melding'}'
                 AND NOT ${SIGNAL_HAS_CASE} AND ${SIGNAL_LAST} <= $2`;
    case 'casus_afgesloten': {
      const last = `GREATEST(c.closed_at, c.created_at,
          (SELECT max(e.at) FROM casus_event e WHERE e.casus_id = c.id),
          (SELECT max(m.updated_at) FROM casus_measure m WHERE m.casus_id = c.id),
          (SELECT p.updated_at FROM casus_plan p WHERE p.casus_id = c.id))`;
      return `SELECT c.id, c.reference AS label, ${last} AS last, hold.hold_ends_on, ${CASE_RESTRICTED} AS restricted
                FROM casus c ${HOLD('casus', 'c.id')}
               WHERE c.tenant_id = $1 AND c.phase = 'afgesloten' AND ${last} <= $2`;
    }
    case 'bijlage':
      // Held with its signal: a hold on the signal keeps its attachments too.
      return `SELECT a.id, s.reference AS label, s.status_changed_at AS last, hold.hold_ends_on,
                     ${SIGNAL_RESTRICTED} AS restricted
                FROM signal_attachment a JOIN signal s ON s.id = a.signal_id ${HOLD('signal', 's.id')}
               WHERE s.tenant_id = $1 AND s.status = 'afgesloten' AND s.status_changed_at <= $2`;
    case 'notulen': {
      const last = `GREATEST(m.starts_at, m.ends_at, (SELECT mm.approved_at FROM meeting_minutes mm
          WHERE mm.meeting_id = m.id))`;
      // Never while an item still concerns a record that is kept: the item goes with that record.
      return `SELECT m.id, m.type || ' ' || to_char(m.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS label,
                     ${last} AS last, hold.hold_ends_on, false AS restricted
                FROM meeting m ${HOLD('meeting', 'm.id')}
               WHERE m.tenant_id = $1 AND ${last} <= $2
                 AND NOT EXISTS (SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = m.id
                                  AND (ai.signal_id IS NOT NULL OR ai.casus_id IS NOT NULL))
                 AND NOT EXISTS (SELECT 1 FROM meeting_decision d JOIN casus c ON c.opened_from_decision_id = d.id
                                  WHERE d.meeting_id = m.id)`;
    }
    case 'sleutelfiguur_beeindigd':
      // Counted from the end of the agreement (a date: its end in Amsterdam is the day after).
      return `SELECT k.id, 'sleutelfiguur' AS label,
                     ((k.agreement_ended_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS last,
                     hold.hold_ends_on, false AS restricted
                FROM key_figure k ${HOLD('key_figure', 'k.id')}
               WHERE k.tenant_id = $1 AND k.status = 'beeindigd'
                 AND ((k.agreement_ended_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') <= $2`;
    case 'deskundigheid_vertrokken':
      // Counted from the day the person left the target group (the end of that day in Amsterdam).
      return `SELECT p.id, 'opleidingsgegevens' AS label,
                     ((p.left_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS last,
                     hold.hold_ends_on, false AS restricted
                FROM training_person p ${HOLD('training_person', 'p.id')}
               WHERE p.tenant_id = $1 AND p.left_on IS NOT NULL
                 AND ((p.left_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') <= $2`;
  }
}

/**
 * The records of one kind whose last processing lies before (about) `months` before now. The SQL takes a
 * few days extra; the exact rule (src/domain/privacy/retention.ts, hasExpired) is applied by the caller.
 */
export async function retentionCandidates(
  q: Queryable,
  tenantId: string,
  kind: RetentionKind,
  months: number,
  now: Date,
  limit = 5000,
): Promise<Candidate[]> {
  const margin = new Date(addMonths(now, -months).getTime() + 4 * 86_400_000);
  const r = await q.query<CandidateRow>(`${sqlFor(kind)} ORDER BY last, id LIMIT ${Number(limit)}`, [
    tenantId,
    margin,
    amsterdamDate(now),
  ]);
  return r.rows.map((x) => ({
    id: x.id,
    label: x.label,
    lastProcessedAt: new Date(x.last),
    holdEndsOn: x.hold_ends_on,
    restricted: x.restricted === true,
  }));
}

/** What went along with a record, for the derived tombstones. */
export interface Derived {
  readonly signals: string[];
  readonly agendaItems: string[];
  readonly persons: string[];
}

async function ids(q: Queryable, sql: string, params: unknown[]): Promise<string[]> {
  const r = await q.query<{ id: string }>(sql, params);
  return r.rows.map((x) => x.id);
}

/** Agenda items and what hangs on them: invitations (CASCADE), contributions, decisions and actions. */
async function deleteAgendaItems(q: Queryable, items: readonly string[]): Promise<void> {
  if (items.length === 0) return;
  const decisions = await ids(q, 'SELECT id FROM meeting_decision WHERE item_id = ANY($1::uuid[])', [items]);
  if (decisions.length > 0) {
    // Only links back to where something came from; the records that point here stay.
    await q.query(
      'UPDATE agenda_item SET source_decision_id = NULL WHERE source_decision_id = ANY($1::uuid[])',
      [decisions],
    );
    await q.query(
      'UPDATE casus SET opened_from_decision_id = NULL WHERE opened_from_decision_id = ANY($1::uuid[])',
      [decisions],
    );
  }
  await q.query('DELETE FROM meeting_action WHERE item_id = ANY($1::uuid[])', [items]);
  await q.query('DELETE FROM contribution WHERE item_id = ANY($1::uuid[])', [items]);
  await q.query('DELETE FROM meeting_decision WHERE item_id = ANY($1::uuid[])', [items]);
  await q.query('DELETE FROM agenda_item WHERE id = ANY($1::uuid[])', [items]);
}

async function deleteHolds(q: Queryable, type: string, objectIds: readonly string[]): Promise<void> {
  if (objectIds.length === 0) return;
  await q.query('DELETE FROM legal_hold WHERE object_type = $1 AND object_id = ANY($2::uuid[])', [
    type,
    objectIds,
  ]);
}

/** Signals with their agenda items; returns the persons they were linked to. */
async function deleteSignals(
  q: Queryable,
  signalIds: readonly string[],
): Promise<{ items: string[]; persons: string[] }> {
  if (signalIds.length === 0) return { items: [], persons: [] };
  const persons = await ids(
    q,
    'SELECT DISTINCT person_id AS id FROM signal_subject WHERE signal_id = ANY($1::uuid[]) AND person_id IS NOT NULL',
    [signalIds],
  );
  const items = await ids(q, 'SELECT id FROM agenda_item WHERE signal_id = ANY($1::uuid[])', [signalIds]);
  await deleteAgendaItems(q, items);
  await q.query('DELETE FROM signal WHERE id = ANY($1::uuid[])', [signalIds]);
  await deleteHolds(q, 'signal', signalIds);
  return { items, persons };
}

/**
 * Deletes each person that nothing refers to any more. The foreign keys decide: a record of any module that
 * still points at the person (a signal, a case, a network entry) keeps it, also one added later.
 */
async function deleteUnreferencedPersons(q: Queryable, personIds: readonly string[]): Promise<string[]> {
  const deleted: string[] = [];
  for (const id of personIds) {
    await q.query('SAVEPOINT retention_person');
    try {
      const r = await q.query(
        `DELETE FROM person p WHERE p.id = $1
           AND NOT EXISTS (SELECT 1 FROM signal_subject ss WHERE ss.person_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM casus_network_person n WHERE n.linked_person_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM processing_restriction pr WHERE pr.person_id = p.id AND pr.lifted_at IS NULL)`,
        [id],
      );
      await q.query('RELEASE SAVEPOINT retention_person');
      if (r.rowCount > 0) deleted.push(id);
    } catch (err) {
      await q.query('ROLLBACK TO SAVEPOINT retention_person');
      if ((err as { code?: string }).code !== '23503') throw err;
    }
  }
  return deleted;
}

/** Deletes one expired record and what is derived from it, in the caller's transaction. */
export async function deleteExpired(
  q: Queryable,
  kind: RetentionKind,
  id: string,
  today: string,
): Promise<Derived> {
  switch (kind) {
    case 'melding_zonder_vervolg':
    case 'adviesvraag': {
      const { items, persons } = await deleteSignals(q, [id]);
      return { signals: [], agendaItems: items, persons: await deleteUnreferencedPersons(q, persons) };
    }
    case 'bijlage':
      await q.query('DELETE FROM signal_attachment WHERE id = $1', [id]);
      return { signals: [], agendaItems: [], persons: [] };
    case 'casus_afgesloten': {
      const c = await q.query<{ person_id: string }>('SELECT person_id FROM casus WHERE id = $1', [id]);
      const personId = c.rows[0]?.person_id;
      const caseItems = await ids(q, 'SELECT id FROM agenda_item WHERE casus_id = $1', [id]);
      await deleteAgendaItems(q, caseItems);
      await q.query('DELETE FROM casus WHERE id = $1', [id]);
      await deleteHolds(q, 'casus', [id]);
      if (!personId) return { signals: [], agendaItems: caseItems, persons: [] };
      // The closed signals about this person that no other (kept) case is about any more.
      const signals = await ids(
        q,
        `SELECT s.id FROM signal s
          WHERE s.status = 'afgesloten'
            AND EXISTS (SELECT 1 FROM signal_subject ss WHERE ss.signal_id = s.id AND ss.person_id = $1)
            AND NOT EXISTS (SELECT 1 FROM signal_subject ss JOIN casus c ON c.person_id = ss.person_id
                             WHERE ss.signal_id = s.id)
            AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.object_type = 'signal' AND h.object_id = s.id
                             AND h.lifted_at IS NULL AND h.ends_on >= $2::date)
            AND NOT ${SIGNAL_RESTRICTED}`,
        [personId, today],
      );
      const { items, persons } = await deleteSignals(q, signals);
      const gone = await deleteUnreferencedPersons(q, [...new Set([personId, ...persons])]);
      return { signals, agendaItems: [...caseItems, ...items], persons: gone };
    }
    case 'notulen': {
      const items = await ids(q, 'SELECT id FROM agenda_item WHERE meeting_id = $1', [id]);
      await deleteAgendaItems(q, items);
      await q.query('DELETE FROM meeting_action WHERE meeting_id = $1', [id]);
      await q.query('DELETE FROM meeting_minutes WHERE meeting_id = $1', [id]);
      await q.query('DELETE FROM meeting WHERE id = $1', [id]);
      await deleteHolds(q, 'meeting', [id]);
      return { signals: [], agendaItems: items, persons: [] };
    }
    case 'sleutelfiguur_beeindigd':
      // Its contacts, document and peiling targets go by CASCADE; the peilingen and their actions stay
      // (they name no key figure).
      await q.query('DELETE FROM key_figure WHERE id = $1', [id]);
      await deleteHolds(q, 'key_figure', [id]);
      return { signals: [], agendaItems: [], persons: [] };
    case 'deskundigheid_vertrokken':
      // Its attendance and certificates go by CASCADE; the sessions and their counts stay (they name nobody).
      await q.query('DELETE FROM training_person WHERE id = $1 AND left_on IS NOT NULL', [id]);
      await deleteHolds(q, 'training_person', [id]);
      return { signals: [], agendaItems: [], persons: [] };
  }
}

/**
 * Whether the record still exists and is still not held, checked again inside the deleting transaction. The
 * held record's row (for an attachment: its signal's) is locked, and placing a hold locks it too, so a hold
 * placed while the job runs is either seen here or placed after the record is gone (and then refused).
 */
export async function stillDeletable(
  q: Queryable,
  kind: RetentionKind,
  id: string,
  today: string,
): Promise<boolean> {
  const [holdType, from, restricted] =
    kind === 'casus_afgesloten'
      ? ['casus', 'casus r WHERE r.id = $1', CASE_RESTRICTED.replaceAll('c.person_id', 'r.person_id')]
      : kind === 'notulen'
        ? ['meeting', 'meeting r WHERE r.id = $1', 'false']
        : kind === 'sleutelfiguur_beeindigd'
          ? ['key_figure', "key_figure r WHERE r.id = $1 AND r.status = 'beeindigd'", 'false']
          : kind === 'deskundigheid_vertrokken'
            ? ['training_person', 'training_person r WHERE r.id = $1 AND r.left_on IS NOT NULL', 'false']
            : kind === 'bijlage'
              ? [
                  'signal',
                  'signal r JOIN signal_attachment a ON a.signal_id = r.id WHERE a.id = $1',
                  SIGNAL_RESTRICTED.replaceAll('s.id', 'r.id'),
                ]
              : ['signal', 'signal r WHERE r.id = $1', SIGNAL_RESTRICTED.replaceAll('s.id', 'r.id')];
  const r = await q.query<{ ok: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.object_type = '${holdType}' AND h.object_id = r.id
              AND h.lifted_at IS NULL AND h.ends_on >= $2::date) AND NOT ${restricted} AS ok
       FROM ${from} FOR UPDATE OF r`,
    [id, today],
  );
  return r.rows[0]?.ok === true;
}

export async function retentionTenants(q: Queryable): Promise<string[]> {
  return ids(q, "SELECT id FROM organisation WHERE kind IN ('gemeente', 'regio') ORDER BY id", []);
}

// ---------------------------------------------------------------------------------------------------------
// Rules, holds, runs

export interface StoredRule {
  readonly kind: RetentionKind;
  readonly months: number;
  readonly note: string | null;
  readonly updatedAt: Date;
  readonly version: number;
}

export async function ownRules(q: Queryable, tenantId: string): Promise<StoredRule[]> {
  const r = await q.query<{
    kind: RetentionKind;
    term_months: number;
    note: string | null;
    updated_at: Date;
    version: number;
  }>('SELECT kind, term_months, note, updated_at, version FROM retention_rule WHERE tenant_id = $1', [
    tenantId,
  ]);
  return r.rows.map((x) => ({
    kind: x.kind,
    months: x.term_months,
    note: x.note,
    updatedAt: x.updated_at,
    version: Number(x.version),
  }));
}

/** Saves a municipality's own term; `version` 0 when it had none. False on a concurrent change. */
export async function saveRule(
  q: Queryable,
  tenantId: string,
  rule: { kind: RetentionKind; months: number; note: string | null },
  version: number,
  at: Date,
  by: string,
): Promise<boolean> {
  const r =
    version === 0
      ? await q.query(
          `INSERT INTO retention_rule (tenant_id, kind, term_months, note, updated_at, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, kind) DO NOTHING`,
          [tenantId, rule.kind, rule.months, rule.note, at, by],
        )
      : await q.query(
          `UPDATE retention_rule SET term_months = $3, note = $4, updated_at = $5, updated_by = $6,
             version = version + 1 WHERE tenant_id = $1 AND kind = $2 AND version = $7`,
          [tenantId, rule.kind, rule.months, rule.note, at, by, version],
        );
  return r.rowCount > 0;
}

export interface HoldRecord {
  readonly id: string;
  readonly objectType: 'signal' | 'casus' | 'meeting';
  readonly objectId: string;
  readonly label: string | null;
  readonly reason: string;
  readonly endsOn: string;
  readonly createdAt: Date;
  readonly createdByName: string;
  readonly liftedAt: Date | null;
  readonly version: number;
}

export async function listHolds(q: Queryable, tenantId: string): Promise<HoldRecord[]> {
  const r = await q.query<{
    id: string;
    object_type: HoldRecord['objectType'];
    object_id: string;
    label: string | null;
    reason: string;
    ends_on: string;
    created_at: Date;
    created_by_name: string;
    lifted_at: Date | null;
    version: number;
  }>(
    `SELECT h.id, h.object_type, h.object_id, COALESCE(s.reference, c.reference,
              m.type || ' ' || to_char(m.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')) AS label,
            h.reason, h.ends_on::text AS ends_on, h.created_at, u.display_name AS created_by_name, h.lifted_at, h.version
       FROM legal_hold h
       JOIN app_user u ON u.id = h.created_by
       LEFT JOIN signal s ON h.object_type = 'signal' AND s.id = h.object_id
       LEFT JOIN casus c ON h.object_type = 'casus' AND c.id = h.object_id
       LEFT JOIN meeting m ON h.object_type = 'meeting' AND m.id = h.object_id
      WHERE h.tenant_id = $1
      ORDER BY (h.lifted_at IS NULL) DESC, h.created_at DESC LIMIT 500`,
    [tenantId],
  );
  return r.rows.map((x) => ({
    id: x.id,
    objectType: x.object_type,
    objectId: x.object_id,
    label: x.label,
    reason: x.reason,
    endsOn: x.ends_on,
    createdAt: x.created_at,
    createdByName: x.created_by_name,
    liftedAt: x.lifted_at,
    version: Number(x.version),
  }));
}

/** The record a hold is for, by its reference (M-..., C-...) or, for a meeting, its id; within the tenant. */
export async function findHoldable(
  q: Queryable,
  tenantId: string,
  objectType: HoldRecord['objectType'],
  ref: string,
): Promise<string | null> {
  const sql =
    objectType === 'signal'
      ? 'SELECT id FROM signal WHERE tenant_id = $1 AND reference = $2'
      : objectType === 'casus'
        ? 'SELECT id FROM casus WHERE tenant_id = $1 AND reference = $2'
        : 'SELECT id FROM meeting WHERE tenant_id = $1 AND id::text = $2';
  const r = await q.query<{ id: string }>(sql, [tenantId, ref]);
  return r.rows[0]?.id ?? null;
}

export async function insertHold(
  q: Queryable,
  h: {
    tenantId: string;
    objectType: string;
    objectId: string;
    reason: string;
    endsOn: string;
    at: Date;
    by: string;
  },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO legal_hold (tenant_id, object_type, object_id, reason, ends_on, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [h.tenantId, h.objectType, h.objectId, h.reason, h.endsOn, h.at, h.by],
  );
  return (r.rows[0] as { id: string }).id;
}

export async function liftHold(
  q: Queryable,
  tenantId: string,
  id: string,
  version: number,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE legal_hold SET lifted_at = $4, lifted_by = $5, version = version + 1
      WHERE id = $1 AND tenant_id = $2 AND version = $3 AND lifted_at IS NULL`,
    [id, tenantId, version, at, by],
  );
}

export interface RunRecord {
  readonly id: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly startedByName: string | null;
  readonly deleted: Record<string, number>;
  readonly held: Record<string, number>;
}

export async function insertRun(
  q: Queryable,
  r: {
    tenantId: string;
    startedAt: Date;
    finishedAt: Date;
    startedBy: string | null;
    deleted: Record<string, number>;
    held: Record<string, number>;
  },
): Promise<string> {
  const res = await q.query<{ id: string }>(
    `INSERT INTO retention_run (tenant_id, started_at, finished_at, started_by, deleted, held)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [r.tenantId, r.startedAt, r.finishedAt, r.startedBy, JSON.stringify(r.deleted), JSON.stringify(r.held)],
  );
  return (res.rows[0] as { id: string }).id;
}

export async function listRuns(q: Queryable, tenantId: string, limit: number): Promise<RunRecord[]> {
  const r = await q.query<{
    id: string;
    started_at: Date;
    finished_at: Date;
    started_by_name: string | null;
    deleted: Record<string, number>;
    held: Record<string, number>;
  }>(
    `SELECT r.id, r.started_at, r.finished_at, u.display_name AS started_by_name, r.deleted, r.held
       FROM retention_run r LEFT JOIN app_user u ON u.id = r.started_by
      WHERE r.tenant_id = $1 ORDER BY r.started_at DESC, r.id LIMIT $2`,
    [tenantId, limit],
  );
  return r.rows.map((x) => ({
    id: x.id,
    startedAt: x.started_at,
    finishedAt: x.finished_at,
    startedByName: x.started_by_name,
    deleted: x.deleted,
    held: x.held,
  }));
}

export interface Tombstone {
  readonly id: number;
  readonly at: Date;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly rule: string | null;
}

export const TOMBSTONE_ACTION = 'retention_delete';

/** The tombstones of a tenant in the access log, newest first. */
export async function listTombstones(q: Queryable, tenantId: string, limit: number): Promise<Tombstone[]> {
  const r = await q.query<{
    id: number;
    at: Date;
    object_type: string | null;
    object_id: string | null;
    purpose: string | null;
  }>(
    `SELECT id, at, object_type, object_id, purpose FROM access_log
      WHERE tenant_id = $1 AND action = $2 ORDER BY at DESC, id DESC LIMIT $3`,
    [tenantId, TOMBSTONE_ACTION, limit],
  );
  return r.rows.map((x) => ({
    id: Number(x.id),
    at: x.at,
    objectType: x.object_type,
    objectId: x.object_id,
    rule: x.purpose,
  }));
}
