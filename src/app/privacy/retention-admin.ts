import type { Queryable } from '../../db/database.js';
import {
  findHoldable,
  type HoldRecord,
  insertHold,
  liftHold,
  listHolds,
  listRuns,
  listTombstones,
  ownRules,
  saveRule,
} from '../../db/retention.js';
import {
  checkHold,
  checkTerm,
  lookAheadTo,
  RETENTION_DEFAULTS,
  RETENTION_KINDS,
  type RetentionKind,
} from '../../domain/privacy/retention.js';
import { type Ctx, conflict, fieldError, invalid, notFound, type Result } from '../overleg/results.js';
import { retentionDryRun, runRetentionFor } from './retention.js';

/** The terms of the municipality: each kind with its default, its own term if set, and the source. */
export async function readRules(ctx: Ctx) {
  const own = await ownRules(ctx.db, ctx.actor.tenantId);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'bewaartermijnen', objectId: null });
  return RETENTION_KINDS.map((kind) => {
    const o = own.find((r) => r.kind === kind);
    const d = RETENTION_DEFAULTS[kind];
    return {
      kind,
      termMonths: o?.months ?? d.months,
      defaultMonths: d.months,
      countedFrom: d.from,
      source: d.source,
      note: o?.note ?? null,
      isDefault: !o,
      version: o?.version ?? 0,
    };
  });
}

export async function changeRule(
  ctx: Ctx,
  kind: RetentionKind,
  input: { termMonths: number; note: string | null; version: number },
): Promise<Result<object>> {
  const issues = checkTerm(input.termMonths);
  if (issues.length > 0) return invalid(issues);
  const note = input.note?.trim() || null;
  const saved = await ctx.db.tx(async (q) => {
    const ok = await saveRule(
      q,
      ctx.actor.tenantId,
      { kind, months: input.termMonths, note },
      input.version,
      ctx.now,
      ctx.actor.userId,
    );
    if (ok) await ctx.audit(q, { action: 'update', objectType: 'bewaartermijn', objectId: kind });
    return ok;
  });
  if (!saved) return conflict(await readRules(ctx));
  return { ok: true };
}

function plannedView(p: Awaited<ReturnType<typeof retentionDryRun>>[number]) {
  return {
    kind: p.kind,
    id: p.id,
    label: p.label,
    lastProcessedAt: p.lastProcessedAt.toISOString(),
    expiresAt: p.expiresAt.toISOString(),
    holdEndsOn: p.holdEndsOn,
    restricted: p.restricted,
    rule: p.rule,
  };
}

/**
 * The dry run is itself a read (of references, never of content) and is logged. `days` looks ahead: what
 * will have run out within that many days, each with the date it expires and the rule.
 */
export async function dryRun(ctx: Ctx, days = 0) {
  const list = await retentionDryRun(ctx.db, ctx.actor.tenantId, lookAheadTo(ctx.now, days));
  await ctx.audit(ctx.db, {
    action: 'proefrun',
    objectType: 'bewaartermijnen',
    objectId: days > 0 ? `vooruit:${days}d` : null,
  });
  return list.map(plannedView);
}

export async function runNow(ctx: Ctx) {
  const r = await runRetentionFor(ctx.db, ctx.actor.tenantId, ctx.now, ctx.actor.userId);
  await ctx.audit(ctx.db, { action: 'uitvoeren', objectType: 'bewaartermijnen', objectId: r.runId });
  return { runId: r.runId, deleted: r.deleted, held: r.held };
}

export async function history(ctx: Ctx) {
  const runs = await listRuns(ctx.db, ctx.actor.tenantId, 30);
  const tombstones = await listTombstones(ctx.db, ctx.actor.tenantId, 200);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'bewaartermijnen_historie', objectId: null });
  return {
    runs: runs.map((r) => ({
      id: r.id,
      startedAt: r.startedAt.toISOString(),
      startedByName: r.startedByName,
      deleted: r.deleted,
      held: r.held,
    })),
    tombstones: tombstones.map((t) => ({
      id: t.id,
      at: t.at.toISOString(),
      objectType: t.objectType,
      objectId: t.objectId,
      rule: t.rule,
    })),
  };
}

function holdView(h: HoldRecord) {
  return {
    id: h.id,
    objectType: h.objectType,
    objectId: h.objectId,
    label: h.label,
    reason: h.reason,
    endsOn: h.endsOn,
    createdAt: h.createdAt.toISOString(),
    createdByName: h.createdByName,
    liftedAt: h.liftedAt ? h.liftedAt.toISOString() : null,
    version: h.version,
  };
}

export async function holds(ctx: Ctx) {
  const list = await listHolds(ctx.db, ctx.actor.tenantId);
  await ctx.audit(ctx.db, { action: 'list', objectType: 'bewaarplicht', objectId: null });
  return list.map(holdView);
}

export async function placeHold(
  ctx: Ctx,
  input: { objectType: HoldRecord['objectType']; reference: string; reason: string; endsOn: string },
): Promise<Result<{ id: string }>> {
  const issues = checkHold(input, ctx.now);
  if (issues.length > 0) return invalid(issues);
  const id = await ctx.db.tx(async (q: Queryable) => {
    const objectId = await findHoldable(q, ctx.actor.tenantId, input.objectType, input.reference.trim());
    if (!objectId) return null;
    const holdId = await insertHold(q, {
      tenantId: ctx.actor.tenantId,
      objectType: input.objectType,
      objectId,
      reason: input.reason.trim(),
      endsOn: input.endsOn,
      at: ctx.now,
      by: ctx.actor.userId,
    });
    await ctx.audit(q, { action: 'create', objectType: 'bewaarplicht', objectId: holdId });
    return holdId;
  });
  if (!id) {
    return fieldError(
      'reference',
      'Er is in uw gemeente niets met dit kenmerk.',
      'Nothing in your municipality has this reference.',
    );
  }
  return { ok: true, id };
}

export async function removeHold(ctx: Ctx, id: string, version: number): Promise<Result<object>> {
  const done = await ctx.db.tx(async (q) => {
    const ok = await liftHold(q, ctx.actor.tenantId, id, version, ctx.now, ctx.actor.userId);
    if (ok) await ctx.audit(q, { action: 'opheffen', objectType: 'bewaarplicht', objectId: id });
    return ok;
  });
  if (done) return { ok: true };
  const current = (await listHolds(ctx.db, ctx.actor.tenantId)).find((h) => h.id === id);
  return current ? conflict(holdView(current)) : notFound;
}
