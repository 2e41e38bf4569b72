import type {
  GroupSizeListQuery,
  GroupSizePage,
  GroupSizeSave,
  PersonListQuery,
  TrainingPerson,
  TrainingPersonCreate,
  TrainingPersonPage,
  TrainingPersonSummary,
  TrainingPersonUpdate,
} from '../../contract/deskundigheid-people.js';
import { organisationsOfTenant, targetGroupsAmong } from '../../db/deskundigheid-curriculum.js';
import {
  emailTaken,
  findPerson,
  insertPerson,
  listGroupSizes,
  listPeople,
  type PersonRecord,
  type PersonScope,
  saveGroupSize,
  sessionsOfPerson,
  updatePerson,
} from '../../db/deskundigheid-people.js';
import { trainingRecordScope } from '../../domain/deskundigheid/access.js';
import { type CompletedTraining, requirementState } from '../../domain/deskundigheid/validity.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  fieldError,
  forbidden,
  inTx,
  invalid,
  logDenied,
  type Result,
  Stale,
} from '../overleg/results.js';

/**
 * The people register of deskundigheid (issue 16): the municipality's own staff and named professionals of
 * its partner organisations, work data only, each in one target group; a person's page shows the requirement
 * of their group (met, expiring, overdue or missing) and the sessions they followed. Training records are
 * personnel data: the scope (src/domain/deskundigheid/access.ts) goes into every query, so a partner's users
 * get only their own organisation's people, and every person read or written is in the access log.
 */

export const OBJECT_PERSON = 'deskundigheid_persoon';
const OBJECT_GROUP_SIZE = 'deskundigheid_groepsgrootte';
/** The most sessions a person's page shows (the latest). */
const MAX_SESSIONS = 100;

/** The reader's scope as the queries take it; null: no training records at all. */
function scopeOf(ctx: Ctx): PersonScope | null {
  const s = trainingRecordScope(ctx.actor);
  if (s.kind === 'none') return null;
  return { tenantId: s.tenantId, organisationId: s.kind === 'organisation' ? s.organisationId : null };
}

const summaryJson = (p: PersonRecord): TrainingPersonSummary => ({
  id: p.id,
  name: p.name,
  email: p.email,
  department: p.department,
  organisation: { id: p.organisationId, name: p.organisationName },
  targetGroup: { id: p.targetGroupId, name: p.targetGroupName },
  activeSince: p.activeSince,
  leftOn: p.leftOn,
});

const todayOf = (ctx: Ctx) => amsterdamDate(ctx.now);

async function personJson(ctx: Ctx, p: PersonRecord): Promise<TrainingPerson> {
  const sessions = await sessionsOfPerson(ctx.db, p.id, MAX_SESSIONS);
  // Only completed attendance of a session that was held counts towards the requirement.
  const counted = new Map<CompletedTraining, (typeof sessions)[number]>();
  for (const s of sessions) {
    if (s.completed && s.status === 'gehouden') {
      counted.set({ heldOn: s.heldOn, level: s.level, validMonths: s.validMonths }, s);
    }
  }
  const state = requirementState(p.requiredLevel, [...counted.keys()], todayOf(ctx));
  const basis = state.basis ? counted.get(state.basis) : undefined;
  return {
    ...summaryJson(p),
    side: p.side,
    requirement: {
      requiredLevel: p.requiredLevel,
      status: state.status,
      validUntil: state.validUntil,
      basis: basis
        ? { sessionId: basis.sessionId, heldOn: basis.heldOn, trainingTitle: basis.trainingTitle }
        : null,
    },
    sessions: sessions.map((s) => ({
      sessionId: s.sessionId,
      heldOn: s.heldOn,
      status: s.status,
      training: { id: s.trainingId, name: s.trainingTitle },
      level: s.level,
      validMonths: s.validMonths,
      completed: s.completed,
    })),
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: p.updatedByName,
    version: p.version,
  };
}

/** One page of the register in the reader's scope; the page names persons, so each one shown is logged. */
export async function listTrainingPeople(
  ctx: Ctx,
  query: PersonListQuery,
): Promise<Result<TrainingPersonPage>> {
  const scope = scopeOf(ctx);
  if (!scope) return { ok: true, people: [], nextCursor: null };
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['name', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listPeople(
    ctx.db,
    scope,
    {
      search: query.zoek,
      organisationId: query.organisatie,
      targetGroupId: query.doelgroep,
      includeLeft: query.vertrokken ?? false,
      today: todayOf(ctx),
    },
    { after, limit: limit + 1 },
  );
  const shown = rows.slice(0, limit);
  await ctx.audit(
    ctx.db,
    shown.map((p) => ({ action: 'read', objectType: OBJECT_PERSON, objectId: p.id })),
  );
  const last = shown.at(-1);
  return {
    ok: true,
    people: shown.map(summaryJson),
    nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
  };
}

export async function readTrainingPerson(ctx: Ctx, id: string): Promise<Result<TrainingPerson>> {
  const scope = scopeOf(ctx);
  const p = scope ? await findPerson(ctx.db, scope, id) : null;
  if (!p) return logDenied(ctx, OBJECT_PERSON, id);
  const person = await personJson(ctx, p);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_PERSON, objectId: id });
  return { ok: true, ...person };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The organisation and target group must be of the tenant and of the same side (own staff or partner). */
async function checkPlacement(
  ctx: Ctx,
  organisationId: string,
  targetGroupId: string,
  keepGroupId: string | null,
): Promise<FieldIssue[]> {
  const errors: FieldIssue[] = [];
  const [orgs, groups] = await Promise.all([
    organisationsOfTenant(ctx.db, ctx.actor.tenantId, organisationId),
    targetGroupsAmong(ctx.db, ctx.actor.tenantId, [targetGroupId]),
  ]);
  const org = orgs[0];
  const group = groups[0];
  if (!org) {
    errors.push({
      field: 'organisationId',
      nl: 'Kies uw gemeente of een van haar partnerorganisaties.',
      en: 'Choose your municipality or one of its partner organisations.',
    });
  }
  if (!group || (!group.active && group.id !== keepGroupId)) {
    errors.push({
      field: 'targetGroupId',
      nl: 'Kies een doelgroep uit het leerplan.',
      en: 'Choose a target group of the curriculum.',
    });
  } else if (org && org.side !== group.side) {
    errors.push(
      org.side === 'eigen'
        ? {
            field: 'targetGroupId',
            nl: 'Kies een doelgroep van de eigen organisatie voor een medewerker van de gemeente.',
            en: "Choose a target group of the own organisation for the municipality's staff.",
          }
        : {
            field: 'targetGroupId',
            nl: 'Kies een doelgroep van de partners voor een professional van een partnerorganisatie.',
            en: "Choose a partners' target group for a professional of a partner organisation.",
          },
    );
  }
  return errors;
}

async function checkPerson(
  ctx: Ctx,
  input: TrainingPersonCreate,
  current: PersonRecord | null,
): Promise<FieldIssue[]> {
  const errors: FieldIssue[] = [];
  if (!input.name.trim()) errors.push({ field: 'name', nl: 'Vul de naam in.', en: 'Enter the name.' });
  const email = input.email.trim();
  if (email && !EMAIL.test(email)) {
    errors.push({
      field: 'email',
      nl: 'Vul een e-mailadres in zoals naam@organisatie.nl, of laat het veld leeg.',
      en: 'Enter an e-mail address such as name@organisation.nl, or leave the field empty.',
    });
  } else if (email && (await emailTaken(ctx.db, ctx.actor.tenantId, email, current?.id ?? null))) {
    errors.push({
      field: 'email',
      nl: 'Dit e-mailadres staat al bij een andere persoon.',
      en: 'This e-mail address is already given for another person.',
    });
  }
  errors.push(
    ...(await checkPlacement(ctx, input.organisationId, input.targetGroupId, current?.targetGroupId ?? null)),
  );
  if (input.leftOn && input.leftOn < input.activeSince) {
    errors.push({
      field: 'leftOn',
      nl: 'De datum van vertrek ligt voor de startdatum.',
      en: 'The date of leaving is before the start date.',
    });
  }
  return errors;
}

const valuesOf = (input: TrainingPersonCreate) => ({
  organisationId: input.organisationId,
  targetGroupId: input.targetGroupId,
  name: input.name.trim(),
  email: input.email.trim() || null,
  department: input.department.trim(),
  activeSince: input.activeSince,
  leftOn: input.leftOn,
});

const EMAIL_TAKEN: FieldIssue = {
  field: 'email',
  nl: 'Dit e-mailadres staat al bij een andere persoon.',
  en: 'This e-mail address is already given for another person.',
};

export async function createTrainingPerson(
  ctx: Ctx,
  input: TrainingPersonCreate,
): Promise<Result<{ id: string }>> {
  if (scopeOf(ctx)?.organisationId !== null) return forbidden;
  const errors = await checkPerson(ctx, input, null);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const added = await insertPerson(q, ctx.actor.tenantId, valuesOf(input), ctx.now, ctx.actor.userId);
    if (added) await ctx.audit(q, { action: 'create', objectType: OBJECT_PERSON, objectId: added });
    return added;
  });
  // Someone else took the address between the check and the insert.
  if (!id) return invalid([EMAIL_TAKEN]);
  return { ok: true, id };
}

export async function changeTrainingPerson(
  ctx: Ctx,
  id: string,
  input: TrainingPersonUpdate,
): Promise<Result<{ version: number }>> {
  const scope = scopeOf(ctx);
  if (!scope || scope.organisationId !== null) return forbidden;
  const p = await findPerson(ctx.db, scope, id);
  if (!p) return logDenied(ctx, OBJECT_PERSON, id);
  const errors = await checkPerson(ctx, input, p);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const saved = await updatePerson(q, id, input.version, valuesOf(input), ctx.now, ctx.actor.userId);
      if (!saved) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_PERSON, objectId: id });
    },
    async () => {
      const now = await findPerson(ctx.db, scope, id);
      return now ? personJson(ctx, now) : null;
    },
  );
  if (!done.ok) return done;
  return { ok: true, version: input.version + 1 };
}

/** The counts of organisations that report how many people they have per target group (no persons). */
export async function listTrainingGroupSizes(
  ctx: Ctx,
  query: GroupSizeListQuery,
): Promise<Result<GroupSizePage>> {
  const scope = scopeOf(ctx);
  if (!scope) return { ok: true, groupSizes: [], nextCursor: null };
  const limit = query.limit ?? 50;
  const after = query.cursor ? decodeCursor(query.cursor, ['org', 'group', 'orgId', 'groupId']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listGroupSizes(
    ctx.db,
    scope,
    { organisationId: query.organisatie },
    { after, limit: limit + 1 },
  );
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    ok: true,
    groupSizes: shown.map((s) => ({
      organisation: { id: s.organisationId, name: s.organisationName },
      targetGroup: { id: s.targetGroupId, name: s.targetGroupName },
      people: s.people,
      asOf: s.asOf,
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({
            org: last.organisationName,
            group: last.targetGroupName,
            orgId: last.organisationId,
            groupId: last.targetGroupId,
          })
        : null,
  };
}

/** Sets the count of an organisation in a target group; the latest count replaces the previous one. */
export async function saveTrainingGroupSize(ctx: Ctx, input: GroupSizeSave): Promise<Result<object>> {
  if (scopeOf(ctx)?.organisationId !== null) return forbidden;
  const errors = await checkPlacement(ctx, input.organisationId, input.targetGroupId, null);
  if (input.asOf > todayOf(ctx)) {
    errors.push({
      field: 'asOf',
      nl: 'De peildatum ligt in de toekomst. Vul een datum van vandaag of eerder in.',
      en: 'The date of the count is in the future. Enter today or an earlier date.',
    });
  }
  if (errors.length > 0) return invalid(errors);
  await ctx.db.tx(async (q) => {
    await saveGroupSize(q, ctx.actor.tenantId, input, ctx.now, ctx.actor.userId);
    await ctx.audit(q, {
      action: 'update',
      objectType: OBJECT_GROUP_SIZE,
      objectId: `${input.organisationId}:${input.targetGroupId}`,
    });
  });
  return { ok: true };
}
