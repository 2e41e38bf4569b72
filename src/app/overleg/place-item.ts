import { findCasus } from '../../db/casussen.js';
import { findSignalHead } from '../../db/meldingen.js';
import { insertItem, latestTriageDecision, signalOnOpenAgenda } from '../../db/overleggen/items.js';
import { signalViewFor } from '../../domain/melding/access.js';
import { isClosed } from '../../domain/overleg/access.js';
import { placeCase, placeSignal } from '../../domain/overleg/agenda.js';
import { clean } from '../../domain/overleg/types.js';
import { closedMeeting, currentMeeting, loadManaged } from './change-meeting.js';
import { type Ctx, fieldError, inTx, invalid, type Result } from './results.js';
import { moveSignal } from './signal-steps.js';

export interface PlaceItemInput {
  readonly signalId?: string | null | undefined;
  readonly casusId?: string | null | undefined;
  readonly title?: string | null | undefined;
  readonly notes?: string | null | undefined;
}

const notOnAgenda = fieldError(
  'signalId',
  'Dit signaal staat al op de agenda van een weegploeg.',
  'This signal is already on the agenda of a weighing meeting.',
);

/**
 * Puts a signal or a case on the agenda, at the end. A signal for triage moves to 'geagendeerd' through
 * the meldpunt's state machine, in the same transaction.
 */
export async function placeItem(
  ctx: Ctx,
  meetingId: string,
  input: PlaceItemInput,
): Promise<Result<{ id: string }>> {
  const loaded = await loadManaged(ctx, meetingId);
  if (!loaded.ok) return loaded;
  const { meeting, facts } = loaded.scope;
  if (isClosed(facts)) return closedMeeting;
  if (!input.signalId === !input.casusId) {
    return fieldError(
      meeting.type === 'casusoverleg' ? 'casusId' : 'signalId',
      'Kies een signaal of een casus (één van beide).',
      'Choose a signal or a case (one of the two).',
    );
  }
  const tenantId = ctx.actor.tenantId;
  let subject: {
    kind: 'signaal' | 'casus';
    signalId: string | null;
    casusId: string | null;
    title: string;
    restricted: boolean;
    sourceDecisionId: string | null;
    step: ReturnType<typeof placeSignal>;
  };
  if (input.signalId) {
    const head = await findSignalHead(ctx.db, input.signalId);
    // A signal the actor may not work with "does not exist" for them, also here.
    if (!head || head.tenantId !== tenantId || signalViewFor(ctx.actor, head) !== 'full') {
      return fieldError(
        'signalId',
        'Kies een melding of adviesvraag van uw eigen gemeente die u in het meldpunt mag inzien.',
        'Choose a report or request for advice of your own municipality that you may see in the meldpunt.',
      );
    }
    const step = placeSignal(meeting.type, head);
    if (!step.ok) return invalid(step.errors);
    if (meeting.type === 'weegploeg' && (await signalOnOpenAgenda(ctx.db, head.id, 'weegploeg')))
      return notOnAgenda;
    subject = {
      kind: 'signaal',
      signalId: head.id,
      casusId: null,
      // An advice question is discussed on anonymous data: its title names no one either.
      title: head.kind === 'adviesvraag' ? `Adviesvraag ${head.reference}` : `Signaal ${head.reference}`,
      restricted: head.restricted,
      sourceDecisionId: meeting.type === 'weegploeg' ? await latestTriageDecision(ctx.db, head.id) : null,
      step,
    };
  } else {
    const casus = await findCasus(ctx.db, input.casusId as string);
    if (!casus || casus.tenantId !== tenantId) {
      return fieldError(
        'casusId',
        'Kies een casus van uw eigen gemeente.',
        'Choose a case of your own municipality.',
      );
    }
    const step = placeCase(meeting.type, casus.phase);
    if (!step.ok) return invalid(step.errors);
    subject = {
      kind: 'casus',
      signalId: null,
      casusId: casus.id,
      title: `Casus ${casus.reference}`,
      restricted: false,
      sourceDecisionId: null,
      step,
    };
  }
  try {
    const done = await inTx(
      ctx,
      async (q) => {
        const id = await insertItem(q, {
          meetingId,
          tenantId,
          subjectKind: subject.kind,
          signalId: subject.signalId,
          casusId: subject.casusId,
          sourceDecisionId: subject.sourceDecisionId,
          title: clean(input.title) ?? subject.title,
          notes: clean(input.notes),
          restricted: subject.restricted,
          placedAt: ctx.now,
          placedBy: ctx.actor.userId,
        });
        if (subject.signalId && subject.step.ok && subject.step.signalStep) {
          await moveSignal(q, ctx, subject.signalId, [subject.step.signalStep]);
        }
        await ctx.audit(q, { action: 'create', objectType: 'overleg_item', objectId: id });
        return id;
      },
      () => currentMeeting(ctx, meetingId),
    );
    return done.ok ? { ok: true, id: done.value } : done;
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      return fieldError(
        subject.kind === 'casus' ? 'casusId' : 'signalId',
        'Dit staat al op de agenda van dit overleg.',
        'This is already on the agenda of this meeting.',
      );
    }
    throw err;
  }
}
