import { accessEventsSince, userNames } from '../../db/privacy-access-patterns.js';
import { countOpenReviews, requestEventsSince } from '../../db/privacy-break-glass.js';
import { readPrivacySettings, savePrivacySettings } from '../../db/privacy-settings.js';
import { listHolds, listRuns } from '../../db/retention.js';
import { BOUND_WINDOW_DAYS, findFrequentBreakGlass } from '../../domain/privacy/break-glass.js';
import { holdIsActive, lookAheadTo } from '../../domain/privacy/retention.js';
import { checkSettings, type PrivacySettings } from '../../domain/privacy/settings.js';
import { findUnusualAccess } from '../../domain/privacy/unusual-access.js';
import { type Ctx, conflict, invalid, type Result } from '../overleg/results.js';
import { retentionDryRun } from './retention.js';

/** How far ahead the dashboard shows what runs out, so holds can be placed in time. */
export const EXPIRING_LOOKAHEAD_DAYS = 30;

/** How far back the dashboard looks for unusual access. */
export const UNUSUAL_LOOKBACK_DAYS = 7;

/** The privacy officer's overview: what needs attention now. Counts and users, never data subjects. */
export async function dashboard(ctx: Ctx) {
  const tenantId = ctx.actor.tenantId;
  const settings = await readPrivacySettings(ctx.db, tenantId);
  const since = new Date(ctx.now.getTime() - UNUSUAL_LOOKBACK_DAYS * 86_400_000);
  const events = await accessEventsSince(ctx.db, tenantId, since);
  const unusual = findUnusualAccess(events, settings.unusualWindowMinutes, settings.unusualThreshold);
  const grantsSince = new Date(ctx.now.getTime() - BOUND_WINDOW_DAYS * 86_400_000);
  const frequent = findFrequentBreakGlass(
    await requestEventsSince(ctx.db, tenantId, grantsSince),
    settings.unusualBreakGlassThreshold,
  );
  const names = await userNames(ctx.db, [
    ...new Set([...unusual.map((u) => u.userId), ...frequent.map((u) => u.userId)]),
  ]);
  const lastRun = (await listRuns(ctx.db, tenantId, 1))[0] ?? null;
  const activeHolds = (await listHolds(ctx.db, tenantId)).filter((h) =>
    holdIsActive({ endsOn: h.endsOn, liftedAt: h.liftedAt }, ctx.now),
  ).length;
  // What will have run out within the look-ahead, by kind: counts only (the retention page lists them).
  const expiring = await retentionDryRun(ctx.db, tenantId, lookAheadTo(ctx.now, EXPIRING_LOOKAHEAD_DAYS));
  const byKind: Record<string, number> = {};
  let kept = 0;
  for (const p of expiring) {
    if (p.holdEndsOn || p.restricted) kept += 1;
    else byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
  }
  await ctx.audit(ctx.db, { action: 'read', objectType: 'privacy_dashboard', objectId: null });
  return {
    expiring: { days: EXPIRING_LOOKAHEAD_DAYS, byKind, kept },
    openReviews: await countOpenReviews(ctx.db, tenantId),
    activeHolds,
    lastRun: lastRun
      ? { startedAt: lastRun.startedAt.toISOString(), deleted: lastRun.deleted, held: lastRun.held }
      : null,
    unusualAccess: {
      lookbackDays: UNUSUAL_LOOKBACK_DAYS,
      windowMinutes: settings.unusualWindowMinutes,
      threshold: settings.unusualThreshold,
      findings: unusual.map((u) => ({
        userId: u.userId,
        userName: names.get(u.userId) ?? '',
        windowStart: u.windowStart.toISOString(),
        windowEnd: u.windowEnd.toISOString(),
        distinctRecords: u.distinctRecords,
      })),
    },
    unusualBreakGlass: {
      windowDays: BOUND_WINDOW_DAYS,
      threshold: settings.unusualBreakGlassThreshold,
      findings: frequent.map((u) => ({
        userId: u.userId,
        userName: names.get(u.userId) ?? '',
        requests: u.requests,
        lastAt: u.lastAt.toISOString(),
      })),
    },
  };
}

export async function readSettings(ctx: Ctx) {
  const s = await readPrivacySettings(ctx.db, ctx.actor.tenantId);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'privacy_instellingen', objectId: null });
  return s;
}

/** Settings a client leaves out keep their stored value (older clients send only the first three). */
export async function changeSettings(
  ctx: Ctx,
  change: Partial<PrivacySettings> & { version: number },
): Promise<Result<object>> {
  const stored = await readPrivacySettings(ctx.db, ctx.actor.tenantId);
  const input: PrivacySettings & { version: number } = { ...stored, ...change };
  const issues = checkSettings(input);
  if (issues.length > 0) return invalid(issues);
  const ok = await ctx.db.tx(async (q) => {
    const saved = await savePrivacySettings(
      q,
      ctx.actor.tenantId,
      input,
      input.version,
      ctx.now,
      ctx.actor.userId,
    );
    if (saved) await ctx.audit(q, { action: 'update', objectType: 'privacy_instellingen', objectId: null });
    return saved;
  });
  return ok ? { ok: true } : conflict(await readPrivacySettings(ctx.db, ctx.actor.tenantId));
}
