import {
  type ActionRecord,
  countOwnActions,
  findAction,
  insertAction,
  listOwnActions,
  type OwnActionsOf,
  updateAction,
} from '../../db/overleggen/actions.js';
import { findOrganisation, findUserInTenant } from '../../db/overleggen/parties.js';
import { zelfscanOrigins } from '../../db/zelfscan.js';
import { isValidDate } from '../../domain/melding/calendar.js';
import {
  CONTENT_ROLES,
  isClosed,
  mayManageMeeting,
  maySeeAction,
  mayUpdateActionStatus,
  ownsAction,
} from '../../domain/overleg/access.js';
import { changeActionStatus, validateAction } from '../../domain/overleg/actions.js';
import { today } from '../../domain/overleg/decisions.js';
import { clean, type FieldIssue } from '../../domain/overleg/types.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import { closedMeeting } from './change-meeting.js';
import { loadEditableItem } from './item-access.js';
import {
  type Ctx,
  conflict,
  fieldError,
  forbidden,
  inTx,
  invalid,
  logDenied,
  type Result,
  Stale,
} from './results.js';
import { itemView, loadScope, type MeetingScope, viewer } from './scope.js';
import { type ActionView, actionView } from './views.js';

export interface ActionInput {
  readonly description: string;
  readonly ownerUserId?: string | null | undefined;
  readonly ownerOrganisationId?: string | null | undefined;
  readonly dueOn: string;
}

async function checkOwner(
  ctx: Ctx,
  ownerUserId: string | null | undefined,
  ownerOrganisationId: string | null | undefined,
): Promise<FieldIssue[]> {
  if (ownerUserId && !(await findUserInTenant(ctx.db, ownerUserId, ctx.actor.tenantId))) {
    return [
      {
        field: 'ownerUserId',
        nl: 'Kies een persoon van uw gemeente of een ketenpartner.',
        en: 'Choose a person of your municipality or a partner.',
      },
    ];
  }
  if (ownerOrganisationId) {
    const org = await findOrganisation(ctx.db, ownerOrganisationId);
    if (!org || org.tenantId !== ctx.actor.tenantId) {
      return [
        {
          field: 'ownerOrganisationId',
          nl: 'Kies een organisatie van uw gemeente of regio.',
          en: 'Choose an organisation of your municipality or region.',
        },
      ];
    }
  }
  return [];
}

/** Records an action agreed on an item: its owner (a person or an organisation), due date, status open. */
export async function createAction(
  ctx: Ctx,
  itemId: string,
  input: ActionInput,
): Promise<Result<{ id: string }>> {
  const loaded = await loadEditableItem(ctx, itemId, true);
  if (!loaded.ok) return loaded;
  const { scope } = loaded;
  if (isClosed(scope.facts)) return closedMeeting;
  const errors = validateAction(input, today(ctx.now), true);
  if (errors.length === 0)
    errors.push(...(await checkOwner(ctx, input.ownerUserId, input.ownerOrganisationId)));
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertAction(q, {
      tenantId: scope.meeting.tenantId,
      meetingId: scope.meeting.id,
      itemId,
      description: clean(input.description) as string,
      ownerUserId: input.ownerUserId ?? null,
      ownerOrganisationId: input.ownerOrganisationId ?? null,
      dueOn: input.dueOn,
      createdAt: ctx.now,
      createdBy: ctx.actor.userId,
    });
    await ctx.audit(q, { action: 'create', objectType: 'overleg_actie', objectId: id });
    return id;
  });
  return { ok: true, id };
}

export interface ActionChangeInput {
  readonly version: number;
  readonly status?: string | undefined;
  readonly description?: string | undefined;
  readonly dueOn?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly ownerOrganisationId?: string | null | undefined;
}

async function loadAction(ctx: Ctx, id: string) {
  const action = await findAction(ctx.db, id);
  const scope = action?.meetingId ? await loadScope(ctx.db, action.meetingId) : null;
  if (!action || !scope) return null;
  const item = scope.items.find((i) => i.id === action.itemId);
  const view = item ? itemView(viewer(ctx.actor), scope, item, ctx.now) : null;
  return maySeeAction(viewer(ctx.actor), action, view) ? { action, scope } : null;
}

/**
 * Changes an action under the version last read. Its owner may mark it done (gereed) or void
 * (vervallen) and reopen it; only the organiser changes what it is, whose it is and when it is due.
 */
export async function changeAction(ctx: Ctx, id: string, input: ActionChangeInput): Promise<Result<object>> {
  const found = await findAction(ctx.db, id);
  if (found && found.meetingId === null) return changeSoundingAction(ctx, found, input);
  const loaded = await loadAction(ctx, id);
  if (!loaded) return logDenied(ctx, 'overleg_actie', id);
  const { action, scope } = loaded;
  const v = viewer(ctx.actor);
  const changesContent =
    input.description !== undefined ||
    input.dueOn !== undefined ||
    input.ownerUserId !== undefined ||
    input.ownerOrganisationId !== undefined;
  if (changesContent && !mayManageMeeting(v, scope.facts)) return forbidden;
  if (!mayUpdateActionStatus(v, action, scope.facts)) return forbidden;
  // A stale version is a conflict before anything else: the answer shows what changed.
  if (action.version !== input.version) return conflict(actionView(action, ctx.now));
  const ownerGiven = input.ownerUserId !== undefined || input.ownerOrganisationId !== undefined;
  const merged = {
    description: input.description ?? action.description,
    ownerUserId: ownerGiven ? (input.ownerUserId ?? null) : action.ownerUserId,
    ownerOrganisationId: ownerGiven ? (input.ownerOrganisationId ?? null) : action.ownerOrganisationId,
    dueOn: input.dueOn ?? action.dueOn,
  };
  const errors = validateAction(merged, today(ctx.now), false);
  if (errors.length === 0 && ownerGiven)
    errors.push(...(await checkOwner(ctx, merged.ownerUserId, merged.ownerOrganisationId)));
  const status = changeActionStatus(
    action.status,
    input.status ?? action.status,
    action.completedAt,
    ctx.now,
  );
  if (!status.ok) errors.push(...status.errors);
  if (errors.length > 0 || !status.ok) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateAction(q, id, input.version, {
        description: clean(merged.description) as string,
        ownerUserId: merged.ownerUserId,
        ownerOrganisationId: merged.ownerOrganisationId,
        dueOn: merged.dueOn,
        status: status.status,
        completedAt: status.completedAt,
      });
      if (!ok) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: 'overleg_actie', objectId: id });
    },
    async () => {
      const now = await findAction(ctx.db, id);
      return now ? actionView(now, ctx.now) : null;
    },
  );
  return done.ok ? { ok: true } : done;
}

/** The owner of a key figures' peiling action is the only one who sees it here; they change its status only. */
function ownsSoundingAction(ctx: Ctx, action: ActionRecord): boolean {
  return action.tenantId === ctx.actor.tenantId && action.ownerUserId === ctx.actor.userId;
}

async function changeSoundingAction(
  ctx: Ctx,
  action: ActionRecord,
  input: ActionChangeInput,
): Promise<Result<object>> {
  if (!ownsSoundingAction(ctx, action)) return logDenied(ctx, 'overleg_actie', action.id);
  const changesContent =
    input.description !== undefined ||
    input.dueOn !== undefined ||
    input.ownerUserId !== undefined ||
    input.ownerOrganisationId !== undefined;
  if (changesContent) return forbidden;
  if (action.version !== input.version) return conflict(actionView(action, ctx.now));
  const status = changeActionStatus(
    action.status,
    input.status ?? action.status,
    action.completedAt,
    ctx.now,
  );
  if (!status.ok) return invalid(status.errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateAction(q, action.id, input.version, {
        description: action.description,
        ownerUserId: action.ownerUserId,
        ownerOrganisationId: action.ownerOrganisationId,
        dueOn: action.dueOn,
        status: status.status,
        completedAt: status.completedAt,
      });
      if (!ok) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: 'overleg_actie', objectId: action.id });
    },
    async () => {
      const now = await findAction(ctx.db, action.id);
      return now ? actionView(now, ctx.now) : null;
    },
  );
  return done.ok ? { ok: true } : done;
}

export interface OwnActionView extends ActionView {
  /** The item and meeting it belongs to, when the actor may still see that item. */
  readonly itemTitle: string | null;
  /** The meeting it belongs to; null for the action of a key figures' peiling. */
  readonly meetingTitle: string | null;
  /** The self-assessment round and question a gap's action comes from. */
  readonly zelfscan?: { roundId: string; roundTitle: string; questionKey: string };
}

/** How many of "Mijn acties" a page shows unless asked otherwise. */
export const MY_ACTIONS_PAGE = 25;

/** Whose actions "Mijn acties" are, for the queries (src/db/overleggen/actions.ts). */
export function ownActionsOf(a: Ctx['actor']): OwnActionsOf {
  return {
    tenantId: a.tenantId,
    userId: a.userId,
    organisationId: a.organisationId,
    contentRole: CONTENT_ROLES.includes(a.role),
  };
}

/**
 * "Mijn acties": one page of the actions of the signed-in user and of the organisation they act for, open
 * ones first by due date, read by keyset cursor; the open and overdue ones counted for the heading. One
 * access-log entry per page names the actions shown.
 */
export async function myActions(
  ctx: Ctx,
  query: { readonly includeDone?: boolean; readonly cursor?: string; readonly limit?: number },
): Promise<
  Result<{ actions: OwnActionView[]; nextCursor: string | null; overdueCount: number; openCount: number }>
> {
  const limit = query.limit ?? MY_ACTIONS_PAGE;
  const after = query.cursor ? decodeCursor(query.cursor, ['closed', 'dueOn', 'seq']) : undefined;
  if (
    after === null ||
    (after &&
      (!['0', '1'].includes(after.closed) || !isValidDate(after.dueOn) || !/^\d{1,18}$/.test(after.seq)))
  ) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const of = ownActionsOf(ctx.actor);
  const rows = await listOwnActions(ctx.db, {
    ...of,
    includeDone: query.includeDone ?? false,
    after: after ? { closed: after.closed === '1', dueOn: after.dueOn, seq: after.seq } : undefined,
    limit: limit + 1,
  });
  const read = rows.slice(0, limit);
  const v = viewer(ctx.actor);
  const scopes = new Map<string, MeetingScope | null>();
  const actions: OwnActionView[] = [];
  for (const row of read) {
    if (row.meetingId === null) {
      if (ownsSoundingAction(ctx, row))
        actions.push({ ...actionView(row, ctx.now), itemTitle: null, meetingTitle: null });
      continue;
    }
    if (!ownsAction(v, row)) continue;
    if (!scopes.has(row.meetingId)) scopes.set(row.meetingId, await loadScope(ctx.db, row.meetingId));
    const scope = scopes.get(row.meetingId);
    if (!scope) continue;
    const item = scope.items.find((i) => i.id === row.itemId);
    const seen = item && itemView(v, scope, item, ctx.now) === 'full';
    actions.push({
      ...actionView(row, ctx.now),
      itemTitle: seen ? item.title : null,
      meetingTitle: scope.meeting.title,
    });
  }
  // Actions from a self-assessment gap link back to their round and question.
  const origins = await zelfscanOrigins(
    ctx.db,
    actions.filter((x) => x.meeting === null).map((x) => x.id),
  );
  for (const [i, x] of actions.entries()) {
    const origin = origins.get(x.id);
    if (origin) actions[i] = { ...x, zelfscan: origin };
  }
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'overleg_acties_mijn',
    objectId: actions.map((x) => x.id).join(',') || null,
  });
  // The next page starts after the last row read, shown or not, so no row is read twice or skipped.
  const last = read.at(-1);
  const counts = await countOwnActions(ctx.db, { ...of, today: today(ctx.now) });
  return {
    ok: true,
    actions,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({
            closed: last.keyset.closed ? '1' : '0',
            dueOn: last.keyset.dueOn,
            seq: last.keyset.seq,
          })
        : null,
    ...counts,
  };
}

/** Only the numbers, for the home page: counted in the database, no content, so nothing to log. */
export async function myActionCounts(ctx: Ctx): Promise<{ openCount: number; overdueCount: number }> {
  return countOwnActions(ctx.db, { ...ownActionsOf(ctx.actor), today: today(ctx.now) });
}
