import { listOwnChecklistItems } from '../../db/casus-checklist-templates.js';
import { ageFactsOfCase, countOpenChecklistItems, insertChecklist } from '../../db/casus-checklists.js';
import {
  type CaseDossier,
  closeDossier,
  endAllParticipants,
  endParticipant,
  insertParticipant,
  listEvents,
  updateNextReview,
  updateSituation,
} from '../../db/casus-dossier.js';
import { updateCasusPhase } from '../../db/casussen.js';
import { readExclusion } from '../../db/statistics-exclusion.js';
import { effectiveChecklistItems } from '../../domain/casus/checklist-templates.js';
import { checklistFor, dueOn, itemStart } from '../../domain/casus/checklists.js';
import { type CasePart, checkClosure } from '../../domain/casus/closure.js';
import { changePhase } from '../../domain/casus/phase.js';
import { addMonths, DEFAULT_REVIEW_MONTHS } from '../../domain/casus/review.js';
import { changeSituation, checkPhaseDecision } from '../../domain/casus/situation.js';
import type { CasePhase, CaseSituation, ClosureReason } from '../../domain/casus/types.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { checkSharing } from '../netwerk/covenants.js';
import { type Ctx, type Failure, fieldError, invalid, Refused, type Result } from '../overleg/results.js';
import { registerParticipation } from '../privacy/disclosures.js';
import { auditCase, type LoadedCase, loadCase, loadForRegie } from './load.js';
import { caseForChange, changeCasePart, changed, type PartChange, recordEvent } from './versioned-change.js';
import { caseDetail } from './views.js';

/** Reading a case, and the decisions on the case itself: phase, situation, review, participants, closure. */

async function detailOf(ctx: Ctx, c: LoadedCase) {
  const events = await listEvents(ctx.db, c.dossier.id);
  const openItems = await countOpenChecklistItems(ctx.db, c.dossier.id);
  const statistics = await readExclusion(ctx.db, 'casus', c.dossier.id);
  return { ...caseDetail(c.dossier, c.access, c.participants, events, ctx.now, openItems), statistics };
}

export async function readCase(ctx: Ctx, id: string) {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  await auditCase(ctx, ctx.db, c, 'read');
  return { ok: true as const, detail: await detailOf(ctx, c) };
}

/** What the actor sees of the case now: sent along with a conflict. */
async function current(ctx: Ctx, id: string): Promise<unknown> {
  const c = await loadCase(ctx, id);
  return c.ok ? detailOf(ctx, c) : null;
}

/** A versioned change of the case itself, by the regie: logged as an update of the case. */
async function changeCase<T>(
  ctx: Ctx,
  c: LoadedCase,
  change: Omit<PartChange<T>, 'action' | 'current'>,
): Promise<Result<{ value: T }>> {
  return changeCasePart(ctx, c, { ...change, action: 'update', current: () => current(ctx, c.dossier.id) });
}

/** Validates first (a refusal must not depend on the version), then changes. */
async function decided<T>(
  ctx: Ctx,
  id: string,
  part: CasePart,
  check: (d: CaseDossier) => Failure | null,
  change: (c: LoadedCase) => Omit<PartChange<T>, 'action' | 'current'>,
): Promise<Result<{ value: T }>> {
  const c = await caseForChange(ctx, id, part);
  if (!c.ok) return c;
  const problem = check(c.dossier);
  if (problem) return problem;
  return changeCase(ctx, c, change(c));
}

export async function changeCasePhase(
  ctx: Ctx,
  id: string,
  input: { version: number; phase: CasePhase; reason: string },
): Promise<Result<object>> {
  const decision = { byUserId: ctx.actor.userId, at: ctx.now, reason: input.reason };
  const done = await decided(
    ctx,
    id,
    'fase',
    (d) => {
      const errors = [...checkPhaseDecision(input.phase, decision)];
      const step = changePhase(d.phase, input.phase);
      if (!step.ok) errors.push(...step.errors.map((e) => ({ ...e, field: 'phase' })));
      else if (!step.changed) {
        errors.push({
          field: 'phase',
          nl: 'De casus is al in deze fase.',
          en: 'The case is already in this phase.',
        });
      }
      return errors.length > 0 ? invalid(errors) : null;
    },
    (c) => ({
      write: (q) => updateCasusPhase(q, id, input.version, input.phase),
      event: () => ({ kind: 'fase_gewijzigd', from: c.dossier.phase, to: input.phase, reason: input.reason }),
    }),
  );
  return changed(done);
}

/** Changes the situation by a recorded decision and creates the checklist the new situation brings. */
export async function changeCaseSituation(
  ctx: Ctx,
  id: string,
  input: { version: number; situation: CaseSituation; reason: string; occurredOn: string | null },
): Promise<Result<{ checklistId: string | null }>> {
  const decision = { byUserId: ctx.actor.userId, at: ctx.now, reason: input.reason };
  const r = await decided(
    ctx,
    id,
    'situatie',
    (d) => {
      const s = changeSituation(d.phase, d.situation, input.situation, decision, input.occurredOn);
      return s.ok ? null : invalid(s.errors);
    },
    (c) => ({
      write: async (q) => {
        const d = c.dossier;
        const since = input.occurredOn ?? amsterdamDate(ctx.now);
        const to = input.situation;
        const dates = {
          departedOn: to === 'uitgereisd' ? since : d.departedOn,
          returnedOn: to === 'terugkeerder' ? since : d.returnedOn,
          deceasedOn: to === 'overleden' ? since : d.deceasedOn,
          situationSince: since,
        };
        const ok = await updateSituation(q, id, input.version, {
          situation: to,
          since,
          departedOn: dates.departedOn,
          returnedOn: dates.returnedOn,
          deceasedOn: dates.deceasedOn,
        });
        if (!ok) return false;
        // The situation's event comes before the checklist's: the timeline lists them in this order.
        await recordEvent(ctx, q, id, {
          kind: 'situatie_gewijzigd',
          from: d.situation,
          to,
          reason: input.reason,
          occurredOn: input.occurredOn,
        });
        const template = checklistFor(to);
        if (!template) return { checklistId: null };
        // The factsheet as the municipality of the case has made it its own; the text is stored with the
        // items, so a later edit of the template never changes this checklist.
        const items = effectiveChecklistItems(template.kind, await listOwnChecklistItems(q, d.tenantId));
        // An item on a condition (minors) starts required, or as not applicable, on the situation's date.
        const people = await ageFactsOfCase(q, id);
        const checklistId = await insertChecklist(
          q,
          id,
          template.kind,
          items.map((i) => ({
            code: i.code,
            nl: i.nl,
            en: i.en,
            dueOn: dueOn(i.due, dates),
            start: itemStart(i.condition, since, people),
          })),
          ctx.now,
          ctx.actor.userId,
        );
        await recordEvent(ctx, q, id, {
          kind: 'checklist_aangemaakt',
          to: template.kind,
          subjectId: checklistId,
        });
        return { checklistId };
      },
    }),
  );
  return r.ok ? { ok: true, checklistId: r.value.checklistId } : r;
}

/** Records that the case was reviewed, and when the next review is (default: three months on). */
export async function recordReview(
  ctx: Ctx,
  id: string,
  input: { version: number; note: string; nextReviewOn: string | null },
): Promise<Result<{ nextReviewOn: string }>> {
  const today = amsterdamDate(ctx.now);
  const next = input.nextReviewOn ?? addMonths(today, DEFAULT_REVIEW_MONTHS);
  const r = await decided(
    ctx,
    id,
    'evaluatie',
    () =>
      next <= today
        ? fieldError(
            'nextReviewOn',
            'De volgende evaluatie ligt na vandaag.',
            'The next review must be after today.',
          )
        : null,
    () => ({
      write: (q) => updateNextReview(q, id, input.version, next),
      event: () => ({ kind: 'evaluatie', to: next, reason: input.note || null }),
    }),
  );
  return r.ok ? { ok: true, nextReviewOn: next } : r;
}

/** Closes the case with its reason; every participation ends with it. */
export async function closeCase(
  ctx: Ctx,
  id: string,
  input: { version: number; reason: ClosureReason; note: string },
): Promise<Result<object>> {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const errors = checkClosure(c.dossier.phase, input.reason, input.note);
  if (errors.length > 0) return invalid(errors);
  const note = input.note.trim() || null;
  const done = await changeCase(ctx, c, {
    write: async (q) => {
      if (!(await closeDossier(q, id, input.version, ctx.now, input.reason, note))) return false;
      await endAllParticipants(q, id, ctx.now, ctx.actor.userId);
      return true;
    },
    event: () => ({ kind: 'afgesloten', from: c.dossier.phase, to: input.reason, reason: note }),
  });
  return changed(done);
}

// -------------------------------------------------------------------------------------------------
// Participants

export async function addParticipant(
  ctx: Ctx,
  id: string,
  input: { organisationId: string; userId: string | null; role: string; legalBasisId?: string | null },
): Promise<Result<{ participantId: string; covenantWarning: { nl: string; en: string } | null }>> {
  const c = await caseForChange(ctx, id, 'deelnemers');
  if (!c.ok) return c;
  const org = await ctx.db.query<{ id: string; name: string }>(
    "SELECT id, name FROM organisation WHERE id = $1 AND tenant_id = $2 AND kind = 'partner'",
    [input.organisationId, c.dossier.tenantId],
  );
  const organisation = org.rows[0];
  if (!organisation) {
    return fieldError(
      'organisationId',
      'Kies een ketenpartner van deze gemeente.',
      'Choose a partner organisation of this municipality.',
    );
  }
  if (input.userId) {
    const m = await ctx.db.query(
      'SELECT 1 FROM membership WHERE user_id = $1 AND organisation_id = $2 AND ended_at IS NULL',
      [input.userId, input.organisationId],
    );
    if (m.rowCount === 0) {
      return fieldError(
        'userId',
        'Deze persoon werkt niet (meer) bij de gekozen organisatie.',
        'This person does not (or no longer) work for the chosen organisation.',
      );
    }
  }
  if (input.role.trim().length === 0) {
    return fieldError('role', 'Vul de rol in de casus in.', 'Enter the role in the case.');
  }
  // The covenant counts (netwerk): a case is worked on in the casusoverleg; without a valid covenant that
  // covers the organisation the addition warns or is refused, as the municipality configured.
  const sharing = await checkSharing(ctx.db, c.dossier.tenantId, input.organisationId, {
    on: amsterdamDate(ctx.now),
    meetingKind: 'casusoverleg',
  });
  if (!sharing.covered && sharing.mode === 'weigeren') {
    return invalid([{ field: 'organisationId', ...sharing.message }]);
  }
  const r = await changeCase(ctx, c, {
    write: async (q) => {
      const pid = await insertParticipant(q, {
        casusId: id,
        organisationId: input.organisationId,
        userId: input.userId,
        role: input.role.trim(),
        joinedAt: ctx.now,
        addedBy: ctx.actor.userId,
      });
      if (!pid) {
        throw new Refused(
          fieldError(
            'organisationId',
            'Deze organisatie (of persoon) neemt al deel aan de casus.',
            'This organisation (or person) already takes part in the case.',
          ),
        );
      }
      // Taking part means seeing the case: a disclosure, registered with its legal basis.
      await registerParticipation(q, {
        tenantId: c.dossier.tenantId,
        casusId: id,
        personId: c.dossier.personId,
        participantId: pid,
        organisationId: input.organisationId,
        legalBasisId: input.legalBasisId ?? null,
        role: input.role.trim(),
        by: ctx.actor.userId,
        at: ctx.now,
        covenant: sharing.covered ? sharing.covenant : null,
      });
      return pid;
    },
    event: (pid) => ({
      kind: 'deelnemer_toegevoegd',
      to: organisation.name,
      reason: input.role.trim(),
      subjectId: pid,
    }),
  });
  return r.ok
    ? { ok: true, participantId: r.value, covenantWarning: sharing.covered ? null : sharing.message }
    : r;
}

/** Ends a participation at once: from the next request on, the partner no longer sees the case. */
export async function endParticipation(
  ctx: Ctx,
  id: string,
  participantId: string,
  reason: string | null,
): Promise<Result<object>> {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const p = c.participants.find((x) => x.id === participantId);
  if (!p) return { ok: false, kind: 'not_found' };
  if (p.leftAt) {
    return fieldError(
      'participantId',
      'Deze deelname is al beëindigd.',
      'This participation has already ended.',
    );
  }
  const done = await changeCase(ctx, c, {
    write: (q) => endParticipant(q, participantId, ctx.now, ctx.actor.userId, reason),
    event: () => ({
      kind: 'deelnemer_beeindigd',
      from: p.organisationName,
      reason,
      subjectId: participantId,
    }),
  });
  return changed(done);
}
