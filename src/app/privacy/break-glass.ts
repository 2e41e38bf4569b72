import type { Queryable } from '../../db/database.js';
import { queueMail } from '../../db/overleggen/outbox.js';
import {
  activeGrantsOf,
  boundsOf,
  breakGlassLookup,
  decideGrant,
  endGrant,
  findGrant,
  type GrantRecord,
  insertGrant,
  listGrants,
  lockUserRequests,
  officersOf,
  pendingGrants,
  privacyOfficersOf,
  requestsOf,
  reviewGrant,
} from '../../db/privacy-break-glass.js';
import { readPrivacySettings } from '../../db/privacy-settings.js';
import { caseAccess } from '../../domain/casus/participation.js';
import {
  BOUND_WINDOW_DAYS,
  type BoundRefusal,
  breakGlassEligibility,
  checkBounds,
  checkDecisionReason,
  checkJudgement,
  checkReason,
  grantEnds,
  grantState,
  mayDecideRequest,
  mayRequestBreakGlass,
  pendingEnds,
  REFUSALS,
} from '../../domain/privacy/break-glass.js';
import {
  type Ctx,
  conflict,
  type Failure,
  forbidden,
  invalid,
  notFound,
  Refused,
  type Result,
} from '../overleg/results.js';

const WINDOW_MS = BOUND_WINDOW_DAYS * 86_400_000;

function boundRefusal(r: BoundRefusal, max: number): Failure {
  return invalid([r === 'one_at_a_time' ? REFUSALS.one_at_a_time : REFUSALS.limit_reached(max)]);
}

/**
 * Break-the-glass. The user-level checks (role, reason, bounds) come first and never depend on the case. Then
 * one lookup runs the same way for every reference, and every refusal about the case (none with this
 * reference in the tenant, closed, handed over, no standing relation, another tenant's reference) gets the
 * same answer after the same work: the lookup and one access-log entry. The grant (or, four-eyes, the
 * waiting request), its access-log entry and the content-free alerts are written in one transaction.
 */
export async function requestBreakGlass(
  ctx: Ctx,
  input: { reference: string; reason: string },
): Promise<Result<{ grant: GrantRecord }>> {
  const a = ctx.actor;
  if (!mayRequestBreakGlass(a)) return forbidden;
  const issues = checkReason(input.reason);
  if (issues.length > 0) return invalid(issues);
  const reference = input.reference.trim().toUpperCase();
  // Asking again for the case of one's own open grant gives that grant: it reveals nothing new.
  const own = (await activeGrantsOf(ctx.db, a.userId, a.membershipId, ctx.now)).find(
    (g) => g.casusReference === reference,
  );
  if (own) return { ok: true, grant: own };

  const settings = await readPrivacySettings(ctx.db, a.tenantId);
  const since = new Date(ctx.now.getTime() - WINDOW_MS);
  const bound = checkBounds({
    ...(await boundsOf(ctx.db, a.userId, ctx.now, since)),
    maxPerWindow: settings.breakGlassMaxPer30Days,
  });
  if (bound) return boundRefusal(bound, settings.breakGlassMaxPer30Days);

  const found = await breakGlassLookup(ctx.db, a.tenantId, reference, a.organisationId, ctx.now);
  const c = found.casus;
  const decision = breakGlassEligibility(a, {
    found: c !== null,
    tenantId: c?.tenantId ?? null,
    phase: c?.phase ?? null,
    handedOver: found.handedOver,
    participations: found.participations,
    standingMember: found.standingMember,
    hasAccess: c !== null && caseAccess(a, c, found.participations, ctx.now) !== 'none',
  });
  if (decision.kind === 'has_access') return invalid([REFUSALS.has_access]);
  if (decision.kind === 'ineligible' || !c) {
    await ctx.audit(ctx.db, {
      action: 'noodtoegang',
      objectType: 'casus',
      objectId: c?.id ?? null,
      result: 'denied',
      purpose: 'noodtoegang',
    });
    return invalid([REFUSALS.ineligible]);
  }

  const fourEyes = settings.breakGlassFourEyes;
  try {
    const id = await ctx.db.tx(async (q) => {
      // The bounds again, now serialised per user: two requests at the same moment cannot both pass.
      await lockUserRequests(q, a.userId);
      const again = checkBounds({
        ...(await boundsOf(q, a.userId, ctx.now, since)),
        maxPerWindow: settings.breakGlassMaxPer30Days,
      });
      if (again) throw new Refused(boundRefusal(again, settings.breakGlassMaxPer30Days));
      const grantId = await insertGrant(q, {
        tenantId: a.tenantId,
        casusId: c.id,
        userId: a.userId,
        membershipId: a.membershipId,
        reason: input.reason.trim(),
        requestedAt: ctx.now,
        expiresAt: fourEyes ? null : grantEnds(ctx.now, settings.breakGlassHours),
        pendingUntil: fourEyes ? pendingEnds(ctx.now, settings.breakGlassPendingMinutes) : null,
      });
      await ctx.audit(q, {
        action: fourEyes ? 'noodtoegang_verzoek' : 'noodtoegang',
        objectType: 'casus',
        objectId: c.id,
        personId: c.personId,
        purpose: 'noodtoegang',
      });
      await alert(q, ctx, {
        grantId,
        tenantId: a.tenantId,
        regisseurUserId: c.regisseurUserId,
        requesterId: a.userId,
        stage: fourEyes ? 'verzoek' : 'toegang',
      });
      return grantId;
    });
    const grant = await findGrant(ctx.db, id);
    return grant ? { ok: true, grant } : notFound;
  } catch (e) {
    if (e instanceof Refused) return e.failure;
    throw e;
  }
}

const MAILS = {
  toegang: {
    subject: 'Duiden: noodtoegang tot een casus / emergency access to a case',
    body:
      'Iemand heeft zojuist noodtoegang gekregen tot een casus waarvoor u verantwoordelijk bent of die u ' +
      'beoordeelt. Bekijk het in Duiden. / Someone has just been given emergency access to a case you are ' +
      'responsible for or review. Please look in Duiden.',
  },
  verzoek: {
    subject: 'Duiden: verzoek om noodtoegang wacht op uw besluit / emergency access awaiting your decision',
    body:
      'Iemand vraagt noodtoegang tot een casus. Keur het verzoek goed of weiger het in Duiden; zonder besluit ' +
      'vervalt het. / Someone asks for emergency access to a case. Approve or refuse it in Duiden; without a ' +
      'decision it lapses.',
  },
} as const;

/**
 * Content-free mails, in the caller's transaction: to the case's regisseur (or, without one, every
 * aandachtsfunctionaris of the regie municipality) and to every privacy officer; never to the requester.
 */
async function alert(
  q: Queryable,
  ctx: Ctx,
  m: {
    grantId: string;
    tenantId: string;
    regisseurUserId: string | null;
    requesterId: string;
    stage: keyof typeof MAILS;
  },
): Promise<void> {
  const regie = m.regisseurUserId ? [m.regisseurUserId] : await officersOf(q, m.tenantId);
  const recipients = new Set([...regie, ...(await privacyOfficersOf(q, m.tenantId))]);
  recipients.delete(m.requesterId);
  for (const user of recipients) {
    await queueMail(q, {
      tenantId: m.tenantId,
      kind: 'noodtoegang',
      recipientUserId: user,
      subject: MAILS[m.stage].subject,
      body: MAILS[m.stage].body,
      dedupeKey: `noodtoegang:${m.grantId}:${m.stage}:${user}`,
      at: ctx.now,
    });
  }
}

/** The user's own open grants, active or waiting (the banner on every page); not logged. */
export function myActiveGrants(ctx: Ctx): Promise<GrantRecord[]> {
  return activeGrantsOf(ctx.db, ctx.actor.userId, ctx.actor.membershipId, ctx.now);
}

/** The user's own requests of the last 30 days with what came of them, and how many are left. */
export async function myRequests(ctx: Ctx) {
  const settings = await readPrivacySettings(ctx.db, ctx.actor.tenantId);
  const requests = await requestsOf(ctx.db, ctx.actor.userId, new Date(ctx.now.getTime() - WINDOW_MS));
  return {
    requests,
    maxPer30Days: settings.breakGlassMaxPer30Days,
    fourEyes: settings.breakGlassFourEyes,
  };
}

export async function giveBack(ctx: Ctx, id: string): Promise<Result<object>> {
  const done = await ctx.db.tx(async (q) => {
    const ok = await endGrant(q, id, ctx.actor.userId, ctx.now);
    if (ok) await ctx.audit(q, { action: 'noodtoegang_beeindigd', objectType: 'noodtoegang', objectId: id });
    return ok;
  });
  return done ? { ok: true } : notFound;
}

/** Four-eyes: the waiting requests this actor may decide on (never their own). */
export async function requestsToDecide(ctx: Ctx): Promise<GrantRecord[]> {
  const list = (await pendingGrants(ctx.db, ctx.actor.tenantId, ctx.now)).filter((g) =>
    mayDecideRequest(ctx.actor, g),
  );
  await ctx.audit(ctx.db, { action: 'list', objectType: 'noodtoegang_verzoek', objectId: null });
  return list;
}

/**
 * Four-eyes: approve (the grant's time starts now, and the regisseur and privacy officer are alerted) or
 * refuse, with a reason. A request that no longer waits (decided, lapsed, given back) or whose version is
 * stale gets 409.
 */
export async function decideRequest(
  ctx: Ctx,
  id: string,
  input: { approve: boolean; reason: string; version: number },
): Promise<Result<{ grant: GrantRecord }>> {
  const g = await findGrant(ctx.db, id);
  if (!g || g.tenantId !== ctx.actor.tenantId) return notFound;
  if (!mayDecideRequest(ctx.actor, g)) return forbidden;
  const issues = checkDecisionReason(input.reason);
  if (issues.length > 0) return invalid(issues);
  const settings = await readPrivacySettings(ctx.db, ctx.actor.tenantId);
  const ok = await ctx.db.tx(async (q) => {
    const saved = await decideGrant(q, id, input.version, {
      approve: input.approve,
      reason: input.reason.trim(),
      at: ctx.now,
      by: ctx.actor.userId,
      byName: ctx.actor.displayName,
      expiresAt: grantEnds(ctx.now, settings.breakGlassHours),
    });
    if (!saved) return false;
    await ctx.audit(q, {
      action: input.approve ? 'noodtoegang_goedgekeurd' : 'noodtoegang_geweigerd',
      objectType: 'noodtoegang',
      objectId: id,
    });
    if (input.approve) {
      await alert(q, ctx, {
        grantId: id,
        tenantId: g.tenantId,
        regisseurUserId: g.regisseurUserId,
        requesterId: g.userId,
        stage: 'toegang',
      });
    }
    return true;
  });
  const now = await findGrant(ctx.db, id);
  if (!ok) return conflict(now ? grantView(now, ctx.now) : null);
  return now ? { ok: true, grant: now } : notFound;
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

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function grantView(g: GrantRecord, now: Date) {
  const state = grantState(g, now);
  return {
    id: g.id,
    casusId: g.casusId,
    casusReference: g.casusReference,
    userName: g.userName,
    organisationName: g.organisationName,
    role: g.role,
    reason: g.reason,
    state,
    requestedAt: g.requestedAt.toISOString(),
    pendingUntil: iso(g.pendingUntil),
    grantedAt: iso(g.grantedAt),
    expiresAt: iso(g.expiresAt),
    endedAt: iso(g.endedAt),
    active: state === 'actief',
    decision: g.decidedAt
      ? {
          approved: g.status === 'granted',
          reason: g.decisionReason ?? '',
          decidedAt: g.decidedAt.toISOString(),
          decidedByName: g.decidedByName ?? '',
        }
      : null,
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
