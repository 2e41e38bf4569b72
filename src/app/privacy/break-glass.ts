import { findDossier, listParticipants } from '../../db/casus-dossier.js';
import { queueMail } from '../../db/overleg-outbox.js';
import {
  activeGrantsOf,
  endGrant,
  findCasusByReference,
  findGrant,
  type GrantRecord,
  insertGrant,
  listGrants,
  privacyOfficersOf,
  reviewGrant,
} from '../../db/privacy-break-glass.js';
import { readPrivacySettings } from '../../db/privacy-settings.js';
import { caseAccess } from '../../domain/casus/participation.js';
import {
  checkJudgement,
  checkReason,
  grantEnds,
  mayRequestBreakGlass,
} from '../../domain/privacy/break-glass.js';
import {
  type Ctx,
  conflict,
  fieldError,
  forbidden,
  invalid,
  notFound,
  type Result,
} from '../overleg/results.js';

/**
 * Break-the-glass. The grant, its access-log entry and the content-free notice to every privacy officer of
 * the municipality are written in one transaction: no emergency access without its trace and its review.
 */
export async function requestBreakGlass(
  ctx: Ctx,
  input: { reference: string; reason: string },
): Promise<Result<{ grant: GrantRecord }>> {
  const a = ctx.actor;
  if (!mayRequestBreakGlass(a)) return forbidden;
  const issues = checkReason(input.reason);
  if (issues.length > 0) return invalid(issues);
  const found = await findCasusByReference(ctx.db, a.tenantId, input.reference.trim().toUpperCase());
  if (!found) {
    return fieldError(
      'reference',
      'Er is geen casus met dit kenmerk in uw gemeente.',
      'There is no case with this reference in your municipality.',
    );
  }
  const dossier = await findDossier(ctx.db, found.id);
  if (!dossier) return notFound;
  const participants = await listParticipants(ctx.db, [found.id]);
  if (caseAccess(a, dossier, participants, ctx.now) !== 'none') {
    return fieldError(
      'reference',
      'U heeft al toegang tot deze casus; noodtoegang is niet nodig.',
      'You already have access to this case; emergency access is not needed.',
    );
  }
  const existing = (await activeGrantsOf(ctx.db, a.userId, a.membershipId, ctx.now)).find(
    (g) => g.casusId === found.id,
  );
  if (existing) return { ok: true, grant: existing };
  const settings = await readPrivacySettings(ctx.db, a.tenantId);
  const id = await ctx.db.tx(async (q) => {
    const grantId = await insertGrant(q, {
      tenantId: a.tenantId,
      casusId: found.id,
      userId: a.userId,
      membershipId: a.membershipId,
      reason: input.reason.trim(),
      grantedAt: ctx.now,
      expiresAt: grantEnds(ctx.now, settings.breakGlassHours),
    });
    await ctx.audit(q, {
      action: 'noodtoegang',
      objectType: 'casus',
      objectId: found.id,
      personId: found.personId,
      purpose: 'noodtoegang',
    });
    for (const officer of await privacyOfficersOf(q, a.tenantId)) {
      await queueMail(q, {
        tenantId: a.tenantId,
        kind: 'noodtoegang',
        recipientUserId: officer,
        subject: 'Duiden: noodtoegang te beoordelen / emergency access to review',
        body:
          'Iemand heeft noodtoegang tot een casus gekregen. Beoordeel dit in Duiden onder Privacy. ' +
          '/ Someone was given emergency access to a case. Please review it in Duiden under Privacy.',
        dedupeKey: `noodtoegang:${grantId}:${officer}`,
        at: ctx.now,
      });
    }
    return grantId;
  });
  const grant = await findGrant(ctx.db, id);
  return grant ? { ok: true, grant } : notFound;
}

/** The user's own active grants (the banner on every page); reading one's own grants is not logged. */
export function myActiveGrants(ctx: Ctx): Promise<GrantRecord[]> {
  return activeGrantsOf(ctx.db, ctx.actor.userId, ctx.actor.membershipId, ctx.now);
}

export async function giveBack(ctx: Ctx, id: string): Promise<Result<object>> {
  const done = await ctx.db.tx(async (q) => {
    const ok = await endGrant(q, id, ctx.actor.userId, ctx.now);
    if (ok) await ctx.audit(q, { action: 'noodtoegang_beeindigd', objectType: 'noodtoegang', objectId: id });
    return ok;
  });
  return done ? { ok: true } : notFound;
}

export async function grantsForReview(ctx: Ctx): Promise<GrantRecord[]> {
  const list = await listGrants(ctx.db, ctx.actor.tenantId, 200);
  await ctx.audit(ctx.db, { action: 'list', objectType: 'noodtoegang', objectId: null });
  return list;
}

export async function reviewBreakGlass(
  ctx: Ctx,
  id: string,
  input: { judgement: string; justified: boolean; version: number },
): Promise<Result<{ grant: GrantRecord }>> {
  const g = await findGrant(ctx.db, id);
  if (!g || g.tenantId !== ctx.actor.tenantId) return notFound;
  const issues = checkJudgement(input.judgement);
  if (issues.length > 0) return invalid(issues);
  if (g.userId === ctx.actor.userId) return forbidden;
  const ok = await ctx.db.tx(async (q) => {
    const saved = await reviewGrant(q, id, input.version, {
      judgement: input.judgement.trim(),
      justified: input.justified,
      at: ctx.now,
      by: ctx.actor.userId,
      byName: ctx.actor.displayName,
    });
    if (saved) await ctx.audit(q, { action: 'beoordeling', objectType: 'noodtoegang', objectId: id });
    return saved;
  });
  const now = await findGrant(ctx.db, id);
  if (!ok) return conflict(now ? grantView(now, ctx.now) : null);
  return now ? { ok: true, grant: now } : notFound;
}

export function grantView(g: GrantRecord, now: Date) {
  return {
    id: g.id,
    casusId: g.casusId,
    casusReference: g.casusReference,
    userName: g.userName,
    organisationName: g.organisationName,
    role: g.role,
    reason: g.reason,
    grantedAt: g.grantedAt.toISOString(),
    expiresAt: g.expiresAt.toISOString(),
    endedAt: g.endedAt ? g.endedAt.toISOString() : null,
    active: g.endedAt === null && g.expiresAt.getTime() > now.getTime(),
    review: g.reviewedAt
      ? {
          judgement: g.reviewJudgement ?? '',
          justified: g.reviewJustified === true,
          reviewedAt: g.reviewedAt.toISOString(),
          reviewedByName: g.reviewedByName ?? '',
        }
      : null,
    version: g.version,
  };
}
