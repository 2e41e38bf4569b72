import type { ActionBody } from '../../contract/zelfscan.js';
import { insertAction } from '../../db/overleggen/actions.js';
import { actionOwnerCandidates, findAnswer } from '../../db/zelfscan.js';
import { POLICY } from '../../domain/access/policy.js';
import { validateAction } from '../../domain/overleg/actions.js';
import { today } from '../../domain/overleg/decisions.js';
import { isGap } from '../../domain/zelfscan/rounds.js';
import { type Ctx, fieldError, invalid, logDenied, type Result, refused } from '../overleg/results.js';
import { OBJECT_ROUND, ownRound, questionOfRound } from './rounds.js';

/**
 * A gap (an answer deels or nee) becomes one of the existing actions (`meeting_action`, origin the answer):
 * an owner of the municipality who sees "Mijn acties", a due date, status open. The owner finds it there and
 * marks it done; the round lists it under its question, with the module where the work is done.
 */

/** The roles whose users see their actions in "Mijn acties": only they can own one. */
const OWNER_ROLES = POLICY['actie.mine'];

export async function actionOwners(ctx: Ctx) {
  return actionOwnerCandidates(ctx.db, ctx.actor.tenantId, OWNER_ROLES);
}

export async function createGapAction(
  ctx: Ctx,
  roundId: string,
  body: ActionBody,
): Promise<Result<{ id: string }>> {
  const r = await ownRound(ctx, roundId);
  if (!r) return logDenied(ctx, OBJECT_ROUND, roundId);
  const { found } = await questionOfRound(ctx, r, body.questionKey);
  if (!found) {
    return fieldError(
      'questionKey',
      'Deze vraag hoort niet bij deze ronde.',
      'This question does not belong to this round.',
    );
  }
  const answer = await findAnswer(ctx.db, roundId, body.questionKey);
  if (!answer || !isGap(answer.answer)) {
    return refused({
      code: 'zelfscan-geen-leemte',
      nl: 'Een actie komt uit een vraag die met deels of nee is beantwoord.',
      en: 'An action comes from a question answered partly or no.',
    });
  }
  const errors = validateAction(
    {
      description: body.description,
      ownerUserId: body.ownerUserId ?? null,
      ownerOrganisationId: null,
      dueOn: body.dueOn,
    },
    today(ctx.now),
    true,
  );
  if (errors.length === 0 && body.ownerUserId) {
    const owners = await actionOwners(ctx);
    if (!owners.some((o) => o.id === body.ownerUserId)) {
      errors.push({
        field: 'ownerUserId',
        nl: 'Kies een eigenaar van uw gemeente die acties in Mijn acties ziet.',
        en: 'Choose an owner of your municipality who sees actions in My actions.',
      });
    }
  }
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertAction(q, {
      tenantId: ctx.actor.tenantId,
      meetingId: null,
      zelfscanAnswerId: answer.id,
      itemId: null,
      description: body.description.trim(),
      ownerUserId: body.ownerUserId ?? null,
      ownerOrganisationId: null,
      dueOn: body.dueOn,
      createdAt: ctx.now,
      createdBy: ctx.actor.userId,
    });
    await ctx.audit(q, {
      action: 'create',
      objectType: 'overleg_actie',
      objectId: id,
      purpose: `zelfscan ${roundId}`,
    });
    return id;
  });
  return { ok: true, id };
}
