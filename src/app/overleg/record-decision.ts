import { insertEvent } from '../../db/casus-dossier.js';
import { listRegisseurCandidates } from '../../db/casus-lookups.js';
import {
  findCasus,
  findOpenCasusOfPerson,
  insertCasus,
  setRegisseur,
  updateCasusPhase,
} from '../../db/casussen.js';
import type { Queryable } from '../../db/database.js';
import {
  convertToMelding,
  countSubjects,
  findSignalHead,
  insertEvent as insertSignalEvent,
} from '../../db/meldingen.js';
import { signalPersonIds } from '../../db/overleggen/candidates.js';
import { recordDecision as recordDecisionRow } from '../../db/overleggen/decisions.js';
import { findOrganisation } from '../../db/overleggen/parties.js';
import { openCaseOnInclusion } from '../../domain/casus/open-case.js';
import { changePhase } from '../../domain/casus/phase.js';
import type { CasePhase } from '../../domain/casus/types.js';
import { isClosed, mayRecordDecision } from '../../domain/overleg/access.js';
import {
  adviceQuestionConversion,
  type CaseDecision,
  casePhaseStep,
  completeDecision,
  type Decision,
  type DecisionDraft,
  type TriageDecision,
  today,
  triageSignalSteps,
  type WeighingDecision,
  weighingSignalSteps,
} from '../../domain/overleg/decisions.js';
import { closedMeeting } from './change-meeting.js';
import { currentItem, type LoadedItem, loadVisibleItem } from './item-access.js';
import { type Ctx, fieldError, forbidden, inTx, invalid, Refused, type Result, Stale } from './results.js';
import { viewer } from './scope.js';
import { moveSignal } from './signal-steps.js';

const noSubject = (field: string) =>
  new Refused(
    fieldError(
      field,
      'Het onderwerp van dit agendapunt bestaat niet meer.',
      'The subject of this item no longer exists.',
    ),
  );

/**
 * The chair records the decision of an item. The draft is checked in full, then - in one transaction - the
 * signal or case moves through its own state machine and the decision is fixed:
 * - signaleringsoverleg: the signal follows outcome (a)-(d);
 * - weegploeg: a yes opens a case for the person (or moves their open case into the aanpak) and hands the
 *   signal over; a no leaves the signal 'besloten';
 * - casusoverleg: the case changes phase when the decision says so.
 */
export async function recordDecision(
  ctx: Ctx,
  itemId: string,
  version: number,
): Promise<Result<{ casusId: string | null }>> {
  const loaded = await loadVisibleItem(ctx, itemId);
  if (!loaded.ok) return loaded;
  if (loaded.view !== 'full') return forbidden;
  if (isClosed(loaded.scope.facts)) return closedMeeting;
  if (!mayRecordDecision(viewer(ctx.actor), loaded.scope.facts)) return forbidden;
  const draft = loaded.item.decision;
  if (!draft) {
    return fieldError(
      'version',
      'Sla eerst een concept van het besluit op.',
      'First save a draft of the decision.',
    );
  }
  if (draft.status === 'vastgesteld') {
    return fieldError('version', 'Het besluit is al vastgesteld.', 'The decision has already been recorded.');
  }
  if (draft.version !== version)
    return { ok: false, kind: 'conflict', current: await currentItem(ctx, itemId) };
  const complete = completeDecision(
    loaded.scope.meeting.type,
    draft.payload as DecisionDraft,
    today(ctx.now),
  );
  if (!complete.ok) return invalid(complete.errors);
  if (complete.decision.kind === 'weegploeg') {
    const bad = await checkDecidedBy(ctx, complete.decision);
    if (bad) return bad;
  }
  const regisseurUserId =
    complete.decision.kind === 'signaleringsoverleg' ? null : complete.decision.regisseurUserId;
  if (regisseurUserId) {
    const candidates = await listRegisseurCandidates(ctx.db, ctx.actor.tenantId);
    if (!candidates.some((c) => c.id === regisseurUserId)) {
      return fieldError(
        'regisseurUserId',
        'Kies als regisseur een aandachtsfunctionaris van uw eigen gemeente.',
        'Choose an aandachtsfunctionaris of your own municipality as regisseur.',
      );
    }
  }
  const done = await inTx(
    ctx,
    async (q) => {
      const casusId = await apply(q, ctx, loaded, draft.id, complete.decision);
      const ok = await recordDecisionRow(q, draft.id, version, {
        payload: complete.decision,
        outcome: complete.outcome,
        casusId,
        at: ctx.now,
        by: ctx.actor.userId,
        byName: ctx.actor.displayName,
      });
      if (!ok) throw new Stale();
      await ctx.audit(q, {
        action: 'record_decision',
        objectType: 'overleg_besluit',
        objectId: itemId,
        personId: loaded.item.persons[0]?.id ?? null,
      });
      return casusId;
    },
    () => currentItem(ctx, itemId),
  );
  return done.ok ? { ok: true, casusId: done.value } : done;
}

async function checkDecidedBy(ctx: Ctx, d: WeighingDecision) {
  for (const [i, p] of d.decidedBy.entries()) {
    if (!p.organisationId) continue;
    const org = await findOrganisation(ctx.db, p.organisationId);
    if (!org || org.tenantId !== ctx.actor.tenantId) {
      return fieldError(
        `decidedBy.${i}.organisationId`,
        'Kies een organisatie van uw eigen gemeente of regio.',
        'Choose an organisation of your own municipality or region.',
      );
    }
  }
  return null;
}

/** Moves the signal or case; returns the case the decision opened or concerns. */
async function apply(
  q: Queryable,
  ctx: Ctx,
  loaded: LoadedItem,
  decisionId: string,
  d: Decision,
): Promise<string | null> {
  const item = loaded.item;
  if (d.kind === 'signaleringsoverleg') {
    if (!item.signalId) throw noSubject('signalId');
    await convertAdviceQuestion(q, ctx, item.signalId, d);
    await moveSignal(q, ctx, item.signalId, triageSignalSteps(d));
    return null;
  }
  if (d.kind === 'weegploeg') {
    if (!item.signalId) throw noSubject('signalId');
    const persons = await signalPersonIds(q, item.signalId);
    const existing = persons.length === 1 ? await findOpenCasusOfPerson(q, persons[0] as string) : null;
    const opened = openCaseOnInclusion(
      { included: d.included, tenantId: item.tenantId, personIds: persons },
      existing,
    );
    if (!opened.ok) throw new Refused(invalid(opened.errors));
    await moveSignal(q, ctx, item.signalId, weighingSignalSteps(d));
    if (opened.kind === 'none') return null;
    if (opened.kind === 'existing' && existing) {
      const step = changePhase(existing.phase, opened.phase);
      if (!step.ok) throw new Refused(invalid(step.errors.map((e) => ({ ...e, field: 'included' }))));
      if (step.changed) {
        if (!(await updateCasusPhase(q, existing.id, existing.version, step.phase))) throw new Stale();
        await recordPhaseEvent(q, ctx, existing.id, existing.phase, step.phase, 'weegploeg', decisionId);
      }
      if (d.regisseurUserId && d.regisseurUserId !== existing.regisseurUserId) {
        await nameRegisseur(q, ctx, existing.id, d.regisseurUserId, 'weegploeg', decisionId);
      }
      await logCaseWrite(q, ctx, 'update', existing);
      return existing.id;
    }
    if (opened.kind !== 'new') return null;
    const created = await insertCasus(q, {
      tenantId: opened.tenantId,
      personId: opened.personId,
      year: Number(today(ctx.now).slice(0, 4)),
      phase: opened.phase,
      regisseurUserId: d.regisseurUserId ?? null,
      openedFromDecisionId: decisionId,
      createdAt: ctx.now,
    });
    await logCaseWrite(q, ctx, 'create', { id: created.id, personId: opened.personId });
    return created.id;
  }
  return applyCaseDecision(q, ctx, item.casusId, d, decisionId);
}

/** Outcome (a) on an advice question first turns it into a melding about the person, with who and why. */
async function convertAdviceQuestion(q: Queryable, ctx: Ctx, signalId: string, d: TriageDecision) {
  const head = await findSignalHead(q, signalId);
  if (!head) throw noSubject('signalId');
  const step = adviceQuestionConversion(head.kind, d, await countSubjects(q, signalId));
  if (!step.ok) throw new Refused(invalid(step.errors));
  if (!step.convert) return;
  if (!(await convertToMelding(q, signalId, head.version))) throw new Stale();
  await insertSignalEvent(q, {
    signalId,
    at: ctx.now,
    actor: { userId: ctx.actor.userId, name: ctx.actor.displayName, role: ctx.actor.role },
    kind: 'omgezet',
    data: { from: 'adviesvraag', to: 'melding', reason: 'signaleringsoverleg_a' },
    note: d.motivation,
  });
  await ctx.audit(q, { action: 'update', objectType: 'signal', objectId: signalId });
}

/** A case opened or changed by a decision is logged with the person it is about. */
function logCaseWrite(
  q: Queryable,
  ctx: Ctx,
  action: 'create' | 'update',
  casus: { readonly id: string; readonly personId: string },
): Promise<void> {
  return ctx.audit(q, { action, objectType: 'casus', objectId: casus.id, personId: casus.personId });
}

async function applyCaseDecision(
  q: Queryable,
  ctx: Ctx,
  casusId: string | null,
  d: CaseDecision,
  decisionId: string,
): Promise<string> {
  if (!casusId) throw noSubject('casusId');
  const casus = await findCasus(q, casusId);
  if (!casus) throw noSubject('casusId');
  const step = casePhaseStep(casus.phase, d);
  if (!step.ok) throw new Refused(invalid(step.errors));
  const regisseur =
    d.regisseurUserId && d.regisseurUserId !== casus.regisseurUserId ? d.regisseurUserId : null;
  if (regisseur) await nameRegisseur(q, ctx, casus.id, regisseur, 'casusoverleg', decisionId);
  if (step.changed) {
    if (!(await updateCasusPhase(q, casus.id, casus.version, step.phase))) throw new Stale();
    await recordPhaseEvent(q, ctx, casus.id, casus.phase, step.phase, 'casusoverleg', decisionId);
    await logCaseWrite(q, ctx, 'update', casus);
  }
  return casus.id;
}

/** Names the regisseur by a meeting's decision, in the case's timeline (who named whom, in which meeting). */
async function nameRegisseur(
  q: Queryable,
  ctx: Ctx,
  casusId: string,
  userId: string,
  meeting: 'weegploeg' | 'casusoverleg',
  decisionId: string,
): Promise<void> {
  await setRegisseur(q, casusId, userId);
  const name = (await listRegisseurCandidates(q, ctx.actor.tenantId)).find((c) => c.id === userId)?.name;
  await insertEvent(q, {
    casusId,
    at: ctx.now,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
    kind: 'regisseur_benoemd',
    fromValue: null,
    toValue: name ?? null,
    reason: meeting === 'weegploeg' ? 'Besluit van de weegploeg' : 'Besluit van het casusoverleg',
    subjectId: decisionId,
  });
}

/**
 * A phase change decided in a meeting is part of the case's timeline like one decided on the case itself
 * (who, when, from and to); the decision's content stays in the meeting under its own need to know.
 */
function recordPhaseEvent(
  q: Queryable,
  ctx: Ctx,
  casusId: string,
  from: CasePhase,
  to: CasePhase,
  meeting: 'weegploeg' | 'casusoverleg',
  decisionId: string,
): Promise<void> {
  return insertEvent(q, {
    casusId,
    at: ctx.now,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
    kind: 'fase_gewijzigd',
    fromValue: from,
    toValue: to,
    reason: meeting === 'weegploeg' ? 'Besluit van de weegploeg' : 'Besluit van het casusoverleg',
    subjectId: decisionId,
  });
}
