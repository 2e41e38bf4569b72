import type { RegionOverview } from '../../contract/zelfscan.js';
import {
  latestClosedRounds,
  listAnswers,
  listOwnQuestions,
  municipalitiesOfRegion,
  tenantKind,
} from '../../db/zelfscan.js';
import { progressPerTheme } from '../../domain/zelfscan/rounds.js';
import { TEMPLATES } from '../../domain/zelfscan/templates.js';
import { type Ctx, forbidden, type Result } from '../overleg/results.js';
import { flatQuestions, roundIncludes, themesOf } from './questions.js';
import { OBJECT_ROUND } from './rounds.js';

/**
 * The region's overview: for a region (samenwerkingsverband), each member municipality's latest closed VAR
 * round, per theme how many questions were answered and how many ja, deels and nee. Organisation data, read
 * only by a user of the region; no municipality is ranked against another and nothing is added up across them.
 */
export async function regionOverview(ctx: Ctx): Promise<Result<{ overview: RegionOverview }>> {
  if ((await tenantKind(ctx.db, ctx.actor.tenantId)) !== 'regio') return forbidden;
  const municipalities = await municipalitiesOfRegion(ctx.db, ctx.actor.tenantId);
  const rounds = await latestClosedRounds(
    ctx.db,
    municipalities.map((m) => m.id),
    'var',
  );
  const out: RegionOverview['municipalities'] = [];
  for (const m of municipalities) {
    const round = rounds.find((r) => r.tenantId === m.id);
    if (!round) {
      out.push({ id: m.id, name: m.name, round: null, themes: [] });
      continue;
    }
    const [answers, own] = await Promise.all([listAnswers(ctx.db, round.id), listOwnQuestions(ctx.db, m.id)]);
    const questions = flatQuestions(themesOf('var', own, roundIncludes(false, answers)));
    out.push({
      id: m.id,
      name: m.name,
      round: { title: round.title, closedAt: (round.closedAt as Date).toISOString() },
      themes: progressPerTheme(questions, answers),
    });
  }
  // One entry per municipality's round read, in the region's own log.
  const read = rounds.map((r) => ({
    action: 'read',
    objectType: OBJECT_ROUND,
    objectId: r.id,
    purpose: 'regio-overzicht',
  }));
  if (read.length > 0) await ctx.audit(ctx.db, read);
  else
    await ctx.audit(ctx.db, { action: 'read', objectType: 'zelfscan_regio', objectId: ctx.actor.tenantId });
  return {
    ok: true,
    overview: {
      region: { id: ctx.actor.tenantId, name: ctx.actor.organisationName },
      themes: TEMPLATES.var.themes.map((t) => ({ key: t.key, label: { nl: t.nl, en: t.en } })),
      municipalities: out,
    },
  };
}
