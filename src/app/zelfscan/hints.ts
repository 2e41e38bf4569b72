import type { HintFacts, QuestionJson } from '../../contract/zelfscan.js';
import { listDocuments } from '../../db/analyse-documents.js';
import { listEvaluations, listInterventions } from '../../db/evaluatie-interventions.js';
import { findSettings } from '../../db/meldpunt-settings.js';
import { listCovenants, officersOf } from '../../db/netwerk-covenants.js';
import { listMeetings } from '../../db/overleggen/meetings.js';
import { insertHintReview, type RoundRecord } from '../../db/zelfscan.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { isValidOn } from '../../domain/netwerk/covenant.js';
import { type HintData, hintLines, SIGNALERING_WEEKS } from '../../domain/zelfscan/hints.js';
import { validateHintReview } from '../../domain/zelfscan/rounds.js';
import type { HintKind } from '../../domain/zelfscan/templates.js';
import { trainingCoverage } from '../deskundigheid/coverage.js';
import {
  type Ctx,
  type Failure,
  fieldError,
  invalid,
  logDenied,
  type Result,
  refused,
} from '../overleg/results.js';
import { OBJECT_ROUND, ownRound, questionOfRound } from './rounds.js';

/**
 * Evidence hints: the facts Duiden's own records show for a question, read through each module's own
 * functions (training coverage and its disclosure control from deskundigheid, covenants from netwerk, ...).
 * A person confirms them or corrects them with a note; the verdict is stored with who, when and the facts as
 * shown. A hint never answers the question.
 */

/** How many of a kind a hint reads at most (a hint is a summary, not a list). */
const HINT_LIMIT = 50;

/** What the records show for a kind of hint, now. */
export async function hintData(ctx: Ctx, kind: HintKind): Promise<HintData> {
  const tenantId = ctx.actor.tenantId;
  const today = amsterdamDate(ctx.now);
  switch (kind) {
    case 'dossierhouder':
      return { kind, officers: (await officersOf(ctx.db, tenantId)).length };
    case 'signaleringsoverleg': {
      const from = new Date(ctx.now.getTime() - SIGNALERING_WEEKS * 7 * 24 * 3600 * 1000);
      const meetings = await listMeetings(ctx.db, {
        tenantId,
        from,
        to: ctx.now,
        type: 'signaleringsoverleg',
        organisationId: null,
        order: 'desc',
        limit: HINT_LIMIT,
      });
      const held = meetings.filter((m) => m.status !== 'geannuleerd').map((m) => amsterdamDate(m.startsAt));
      return { kind, held, weeks: SIGNALERING_WEEKS };
    }
    case 'meldpunt': {
      const s = await findSettings(ctx.db, tenantId);
      return { kind, publicIntake: s?.publicIntake ?? false, notifyEmailSet: Boolean(s?.notifyEmail) };
    }
    case 'convenanten': {
      // Ending soonest first, as the covenants' own list reads them; valid as the netwerk rules decide.
      const all = await listCovenants(ctx.db, tenantId, { after: null, limit: HINT_LIMIT, party: null });
      const valid = all
        .filter((c) => isValidOn(c, today))
        .map((c) => ({ title: c.title, endsOn: c.endsOn, parties: c.parties.map((p) => p.name) }));
      return { kind, valid };
    }
    case 'deskundigheid': {
      const r = await trainingCoverage({ db: ctx.db, now: ctx.now }, ctx.actor);
      if (!r.ok) return { kind, day: today, groups: [] };
      const mark = (m: { value: number } | { suppressed: true }) => ('value' in m ? m.value : null);
      return {
        kind,
        day: r.report.day,
        groups: r.report.groups.map((g) => ({
          name: g.name,
          trained: mark(g.figure.trained),
          people: mark(g.figure.people),
        })),
      };
    }
    case 'fenomeenanalyse': {
      const year = Number(today.slice(0, 4));
      const docs = await listDocuments(ctx.db, tenantId, { limit: HINT_LIMIT });
      const approved = docs
        .filter((d) => d.lastApprovedAt && amsterdamDate(d.lastApprovedAt).startsWith(String(year)))
        .map((d) => ({ title: d.title, approvedOn: amsterdamDate(d.lastApprovedAt as Date) }));
      return { kind, year, approved };
    }
    case 'evaluatie': {
      const interventions = await listInterventions(ctx.db, tenantId, {}, HINT_LIMIT);
      const evaluations = await listEvaluations(
        ctx.db,
        interventions.map((i) => i.id),
      );
      const withEvaluation = interventions
        .map((i) => ({
          title: i.title,
          evaluations: evaluations.filter((e) => e.interventionId === i.id).length,
        }))
        .filter((i) => i.evaluations > 0);
      return { kind, interventions: interventions.length, withEvaluation };
    }
  }
}

type HintQuestion =
  | { readonly failure: Failure }
  | { readonly round: RoundRecord; readonly question: QuestionJson; readonly hint: HintKind };

async function hintQuestion(ctx: Ctx, roundId: string, questionKey: string): Promise<HintQuestion> {
  const r = await ownRound(ctx, roundId);
  if (!r) return { failure: await logDenied(ctx, OBJECT_ROUND, roundId) };
  const { found } = await questionOfRound(ctx, r, questionKey);
  if (!found?.question.hint) {
    return {
      failure: fieldError(
        'questionKey',
        'Bij deze vraag toont Duiden geen gegevens.',
        'Duiden shows no facts for this question.',
      ),
    };
  }
  const hint = found.question.hint;
  return { round: r, question: found.question, hint };
}

/** The facts for a question's hint as Duiden's records show them now. */
export async function readHint(
  ctx: Ctx,
  roundId: string,
  questionKey: string,
): Promise<Result<{ hint: HintFacts }>> {
  const found = await hintQuestion(ctx, roundId, questionKey);
  if ('failure' in found) return found.failure;
  const facts = hintLines(await hintData(ctx, found.hint));
  // Counts and titles of the organisation, no person: logged as a read of the round.
  await ctx.audit(ctx.db, {
    action: 'read',
    objectType: OBJECT_ROUND,
    objectId: roundId,
    purpose: `aanwijzing ${found.hint}`,
  });
  return {
    ok: true,
    hint: { questionKey, hint: found.hint, facts, module: found.question.module },
  };
}

/**
 * Records a person's verdict on a hint: confirmed, or corrected with a note. The facts stored are those the
 * records show at this moment (read again, so what is stored is what Duiden showed, not what was sent).
 */
export async function reviewHint(
  ctx: Ctx,
  roundId: string,
  questionKey: string,
  body: { verdict: string; note: string },
): Promise<Result<{ id: string }>> {
  const found = await hintQuestion(ctx, roundId, questionKey);
  if ('failure' in found) return found.failure;
  if (found.round.status !== 'open') {
    return refused({
      code: 'zelfscan-ronde-gesloten',
      nl: 'Deze ronde is afgesloten; begin zo nodig een nieuwe ronde.',
      en: 'This round is closed; start a new round if needed.',
    });
  }
  const errors = validateHintReview(body);
  if (errors.length > 0) return invalid(errors);
  const facts = hintLines(await hintData(ctx, found.hint));
  const id = await ctx.db.tx(async (q) => {
    const id = await insertHintReview(
      q,
      {
        roundId,
        questionKey,
        hintKind: found.hint,
        verdict: body.verdict as 'bevestigd' | 'gecorrigeerd',
        note: body.note.trim(),
        facts,
      },
      ctx.now,
      ctx.actor.userId,
    );
    await ctx.audit(q, { action: 'create', objectType: 'zelfscan_aanwijzing', objectId: id });
    return id;
  });
  return { ok: true, id };
}
