import { type AccessRecord, recordAccess } from '../../db/access-log.js';
import type { Database, Queryable } from '../../db/database.js';
import {
  type Candidate,
  deleteExpired,
  insertRun,
  ownRules,
  retentionCandidates,
  retentionTenants,
  stillDeletable,
  TOMBSTONE_ACTION,
} from '../../db/retention.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import {
  type EffectiveRule,
  effectiveRules,
  expiresAt,
  hasExpired,
  RETENTION_KINDS,
  type RetentionKind,
  ruleLabel,
} from '../../domain/privacy/retention.js';

/** Cases go first: their closed signals go with them, so those are not counted twice as signals. */
const ORDER: readonly RetentionKind[] = [
  'casus_afgesloten',
  'melding_zonder_vervolg',
  'adviesvraag',
  'bijlage',
  'notulen',
  'sleutelfiguur_beeindigd',
  'deskundigheid_vertrokken',
];

export interface PlannedDeletion {
  readonly kind: RetentionKind;
  readonly id: string;
  readonly label: string;
  readonly lastProcessedAt: Date;
  readonly expiresAt: Date;
  /** Under a legal hold until this date (inclusive): not deleted now. */
  readonly holdEndsOn: string | null;
  /** About a person with an active restriction of processing (art. 18 AVG): not deleted now. */
  readonly restricted: boolean;
  /** The rule it runs out under, as written in the tombstone ("bewaartermijn:casus_afgesloten:60m"). */
  readonly rule: string;
}

async function expiredOf(
  q: Queryable,
  tenantId: string,
  rule: EffectiveRule,
  now: Date,
): Promise<PlannedDeletion[]> {
  const found: Candidate[] = await retentionCandidates(q, tenantId, rule.kind, rule.months, now);
  return found
    .filter((c) => hasExpired(c.lastProcessedAt, rule.months, now))
    .map((c) => ({
      kind: rule.kind,
      id: c.id,
      label: c.label,
      lastProcessedAt: c.lastProcessedAt,
      expiresAt: expiresAt(c.lastProcessedAt, rule.months),
      holdEndsOn: c.holdEndsOn,
      restricted: c.restricted,
      rule: ruleLabel(rule),
    }));
}

export async function rulesOf(q: Queryable, tenantId: string): Promise<Record<RetentionKind, EffectiveRule>> {
  return effectiveRules(await ownRules(q, tenantId));
}

/**
 * The dry run: what the job would delete at `now` (and what a legal hold or a restriction keeps). Given a
 * moment ahead (lookAheadTo), it lists what will have run out by then, so a hold can be placed in time;
 * a hold that ends before that moment no longer counts.
 */
export async function retentionDryRun(q: Queryable, tenantId: string, now: Date): Promise<PlannedDeletion[]> {
  const rules = await rulesOf(q, tenantId);
  const out: PlannedDeletion[] = [];
  for (const kind of ORDER) out.push(...(await expiredOf(q, tenantId, rules[kind], now)));
  return out;
}

export interface RunSummary {
  readonly tenantId: string;
  readonly runId: string;
  readonly deleted: Record<string, number>;
  readonly held: Record<string, number>;
}

function tombstone(
  tenantId: string,
  objectType: string,
  objectId: string,
  rule: string,
  startedBy: string | null,
): AccessRecord {
  // Content-free: which kind of record, which one (an id that now points at nothing), which rule.
  return {
    tenantId,
    actorUserId: startedBy,
    onBehalfOf: 'bewaartermijnen',
    action: TOMBSTONE_ACTION,
    objectType,
    objectId,
    purpose: rule,
    result: 'ok',
  };
}

const OBJECT_TYPE: Record<RetentionKind, string> = {
  melding_zonder_vervolg: 'signal',
  adviesvraag: 'signal',
  casus_afgesloten: 'casus',
  bijlage: 'attachment',
  notulen: 'overleg',
  sleutelfiguur_beeindigd: 'key_figure',
  deskundigheid_vertrokken: 'training_person',
};

/**
 * Deletes what has expired in one municipality, one record per transaction (with everything derived from
 * it and its tombstones), so a failure leaves every record either whole or gone. Each kind is looked up
 * just before it is handled, so a meeting whose last item went with a case in this run goes in this run.
 */
export async function runRetentionFor(
  db: Database,
  tenantId: string,
  now: Date,
  startedBy: string | null = null,
): Promise<RunSummary> {
  const rules = await rulesOf(db, tenantId);
  const today = amsterdamDate(now);
  const deleted: Record<string, number> = {};
  const held: Record<string, number> = {};
  for (const kind of ORDER) {
    const rule = rules[kind];
    const label = ruleLabel(rule);
    for (const item of await expiredOf(db, tenantId, rule, now)) {
      if (item.holdEndsOn || item.restricted) {
        held[kind] = (held[kind] ?? 0) + 1;
        continue;
      }
      const gone = await db.tx(async (q) => {
        if (!(await stillDeletable(q, kind, item.id, today))) return false;
        const derived = await deleteExpired(q, kind, item.id, today);
        await recordAccess(q, now, tombstone(tenantId, OBJECT_TYPE[kind], item.id, label, startedBy));
        const along = `${label}:afgeleid`;
        for (const id of derived.signals)
          await recordAccess(q, now, tombstone(tenantId, 'signal', id, along, startedBy));
        for (const id of derived.agendaItems) {
          await recordAccess(q, now, tombstone(tenantId, 'agenda_item', id, along, startedBy));
        }
        for (const id of derived.persons)
          await recordAccess(q, now, tombstone(tenantId, 'person', id, along, startedBy));
        return true;
      });
      if (gone) deleted[kind] = (deleted[kind] ?? 0) + 1;
    }
  }
  const runId = await insertRun(db, { tenantId, startedAt: now, finishedAt: now, startedBy, deleted, held });
  return { tenantId, runId, deleted, held };
}

/**
 * The daily run over every municipality and region. A failure in one municipality does not stop the others;
 * it is thrown at the end, so the job is marked failed and retried (what was deleted stays deleted).
 */
export async function runRetention(db: Database, now: Date): Promise<RunSummary[]> {
  const out: RunSummary[] = [];
  const failures: unknown[] = [];
  for (const tenantId of await retentionTenants(db)) {
    try {
      out.push(await runRetentionFor(db, tenantId, now));
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `retention failed for ${failures.length} tenant(s)`);
  return out;
}

export { RETENTION_KINDS };
