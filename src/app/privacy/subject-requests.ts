import type { Queryable } from '../../db/database.js';
import { findPerson, updatePerson } from '../../db/personen.js';
import {
  countOpenRequests,
  decideRequest,
  erasePerson,
  erasureFacts,
  findRequest,
  insertRectification,
  insertRequest,
  insertRestriction,
  liftRestriction,
  listRectifications,
  listRequests,
  listRestrictions,
  type RequestKind,
  type RequestStatus,
  type SubjectRequestRecord,
  searchPersonsByName,
} from '../../db/privacy-requests.js';
import { amsterdamDate, isValidDate } from '../../domain/melding/calendar.js';
import { clean } from '../../domain/melding/intake.js';
import { normalizeAddress, normalizeName } from '../../domain/melding/names.js';
import { erasureDecision } from '../../domain/privacy/subject-export.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  conflict,
  type Failure,
  fieldError,
  invalid,
  logPersonRead,
  notFound,
  type Result,
} from '../overleg/results.js';

/**
 * Data-subject requests, handled by the privacy officer. Each is a logged request with a reason; what is
 * done under it (an export, a rectification, a restriction, an erasure or its refusal) is recorded with who
 * and why. The privacy officer sees case content only through such a request.
 */

const tooLong = (field: string, max: number) =>
  fieldError(field, `Gebruik ten hoogste ${max} tekens.`, `Use at most ${max} characters.`);

/** What to fill in, per required text of a request. */
const FILL_IN: Record<'reason' | 'scope', [string, string]> = {
  reason: ['Vul de reden in.', 'Enter the reason.'],
  scope: ['Vul in waar het verzoek over gaat.', 'Enter what the request is about.'],
};

function required(
  field: 'reason' | 'scope',
  value: string | null | undefined,
  max: number,
): Failure | string {
  const v = clean(value ?? null);
  if (!v) return fieldError(field, ...FILL_IN[field]);
  if (v.length > max) return tooLong(field, max);
  return v;
}

/** Records the decision on a request as the actor's, now; false when the version read is no longer current. */
function decideAsActor(
  q: Queryable,
  ctx: Ctx,
  id: string,
  version: number,
  status: 'afgehandeld' | 'geweigerd',
  outcome: string | null,
): Promise<boolean> {
  return decideRequest(q, id, version, { status, outcome, at: ctx.now, by: ctx.actor.userId });
}

export async function findPersonsForRequest(ctx: Ctx, name: string) {
  const persons = await searchPersonsByName(ctx.db, ctx.actor.tenantId, normalizeName(name));
  for (const p of persons.length > 0 ? persons : [null]) {
    await ctx.audit(ctx.db, {
      action: 'search',
      objectType: 'person',
      objectId: p?.id ?? null,
      personId: p?.id ?? null,
    });
  }
  return persons;
}

export async function createRequest(
  ctx: Ctx,
  input: { personId: string; kind: RequestKind; receivedOn: string; reason: string },
): Promise<Result<{ id: string }>> {
  const reason = required('reason', input.reason, 2000);
  if (typeof reason !== 'string') return reason;
  if (!isValidDate(input.receivedOn)) {
    return fieldError(
      'receivedOn',
      'Vul een geldige datum in (jjjj-mm-dd).',
      'Enter a valid date (yyyy-mm-dd).',
    );
  }
  if (input.receivedOn > amsterdamDate(ctx.now)) {
    return fieldError('receivedOn', 'Deze datum ligt in de toekomst.', 'This date is in the future.');
  }
  const person = await findPerson(ctx.db, input.personId);
  if (!person || person.tenantId !== ctx.actor.tenantId) {
    return fieldError(
      'personId',
      'Kies een persoon uit de zoekresultaten.',
      'Choose a person from the search results.',
    );
  }
  const id = await ctx.db.tx(async (q) => {
    const rid = await insertRequest(q, {
      tenantId: ctx.actor.tenantId,
      personId: person.id,
      kind: input.kind,
      receivedOn: input.receivedOn,
      reason,
      at: ctx.now,
      by: ctx.actor.userId,
    });
    await ctx.audit(q, {
      action: 'create',
      objectType: 'subject_request',
      objectId: rid,
      personId: person.id,
    });
    return rid;
  });
  return { ok: true, id };
}

/** One page of the requests, newest first; one access-log entry names the requests shown. */
export async function listSubjectRequests(
  ctx: Ctx,
  query: { readonly status?: RequestStatus; readonly cursor?: string; readonly limit?: number },
) {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['createdAt', 'id']) : undefined;
  if (after === null || (after && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(after.createdAt))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const rows = await listRequests(ctx.db, ctx.actor.tenantId, {
    status: query.status,
    after: after ?? undefined,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'subject_request',
    objectId: page.map((r) => r.id).join(',') || null,
  });
  const last = page.at(-1);
  return {
    ok: true as const,
    requests: page as readonly SubjectRequestRecord[],
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.keyset, id: last.id }) : null,
    openCount: await countOpenRequests(ctx.db, ctx.actor.tenantId),
  };
}

async function ownRequest(ctx: Ctx, id: string): Promise<SubjectRequestRecord | null> {
  const r = await findRequest(ctx.db, id);
  return r && r.tenantId === ctx.actor.tenantId ? r : null;
}

/** A request with the person's record, restrictions and rectifications (a logged read of the person). */
export async function readRequest(ctx: Ctx, id: string) {
  const req = await ownRequest(ctx, id);
  if (!req) return notFound;
  const person = req.personId ? await findPerson(ctx.db, req.personId) : null;
  const [restrictions, rectifications, facts] = req.personId
    ? await Promise.all([
        listRestrictions(ctx.db, req.personId),
        listRectifications(ctx.db, req.personId),
        erasureFacts(ctx.db, req.personId, ctx.now),
      ])
    : [[], [], null];
  await logPersonRead(ctx, 'subject_request', id, req.personId);
  return {
    ok: true as const,
    request: req,
    person,
    restrictions,
    rectifications,
    erasure: facts ? erasureDecision(facts) : null,
  };
}

function openRequest(req: SubjectRequestRecord | null, kinds: readonly RequestKind[]): Failure | null {
  if (!req?.personId) return notFound;
  if (req.status !== 'open') {
    return fieldError('status', 'Dit verzoek is al afgehandeld.', 'This request has already been handled.');
  }
  if (!kinds.includes(req.kind)) {
    return fieldError(
      'kind',
      'Dit past niet bij de soort verzoek.',
      'This does not fit the kind of request.',
    );
  }
  return null;
}

/** Closes a request: handled (what was done) or refused (why; required). */
export async function decideSubjectRequest(
  ctx: Ctx,
  id: string,
  input: { version: number; status: 'afgehandeld' | 'geweigerd'; outcome?: string | null | undefined },
): Promise<Result<object>> {
  const req = await ownRequest(ctx, id);
  const refused = openRequest(req, ['inzage', 'rectificatie', 'beperking', 'wissen']);
  if (refused || !req) return refused ?? notFound;
  const outcome = clean(input.outcome ?? null);
  if (input.status === 'geweigerd' && !outcome) {
    return fieldError(
      'outcome',
      'Geef aan waarom het verzoek wordt geweigerd.',
      'State why the request is refused.',
    );
  }
  if (outcome && outcome.length > 4000) return tooLong('outcome', 4000);
  const done = await ctx.db.tx(async (q) => {
    if (!(await decideAsActor(q, ctx, id, input.version, input.status, outcome))) return false;
    await ctx.audit(q, {
      action: 'decide',
      objectType: 'subject_request',
      objectId: id,
      personId: req.personId,
    });
    return true;
  });
  return done ? { ok: true } : conflict(await findRequest(ctx.db, id));
}

const RECTIFIABLE = ['displayName', 'birthDate', 'neighbourhood', 'address', 'schoolOrWork'] as const;
type Rectifiable = (typeof RECTIFIABLE)[number];

/** Corrects the person record under a rectification request; records per field what changed and why. */
export async function rectify(
  ctx: Ctx,
  id: string,
  input: { personVersion: number; reason: string; changes: Partial<Record<Rectifiable, string | null>> },
): Promise<Result<object>> {
  const req = await ownRequest(ctx, id);
  const refused = openRequest(req, ['rectificatie']);
  if (refused || !req?.personId) return refused ?? notFound;
  const reason = required('reason', input.reason, 2000);
  if (typeof reason !== 'string') return reason;
  const person = await findPerson(ctx.db, req.personId);
  if (!person) return notFound;
  const fields = RECTIFIABLE.filter((f) => f in input.changes);
  if (fields.length === 0) {
    return fieldError('changes', 'Geef ten minste één correctie op.', 'Give at least one correction.');
  }
  const next: Record<Rectifiable, string | null> = {
    displayName: person.displayName,
    birthDate: person.birthDate,
    neighbourhood: person.neighbourhood,
    address: person.address,
    schoolOrWork: person.schoolOrWork,
  };
  for (const f of fields) next[f] = clean(input.changes[f] ?? null);
  const displayName = next.displayName;
  if (!displayName)
    return invalid([
      { field: 'changes.displayName', nl: 'Vul de naam van de persoon in.', en: "Enter the person's name." },
    ]);
  if (next.birthDate && !isValidDate(next.birthDate)) {
    return invalid([
      {
        field: 'changes.birthDate',
        nl: 'Vul een geldige datum in (jjjj-mm-dd).',
        en: 'Enter a valid date (yyyy-mm-dd).',
      },
    ]);
  }
  const personId = req.personId;
  const done = await ctx.db.tx(async (q) => {
    const ok = await updatePerson(q, personId, input.personVersion, {
      displayName,
      normalizedName: normalizeName(displayName),
      birthDate: next.birthDate,
      neighbourhood: next.neighbourhood,
      address: next.address,
      normalizedAddress: next.address ? normalizeAddress(next.address) : null,
      schoolOrWork: next.schoolOrWork,
    });
    if (!ok) return false;
    for (const field of fields) {
      await insertRectification(q, {
        requestId: id,
        personId,
        field,
        reason,
        at: ctx.now,
        by: ctx.actor.userId,
      });
    }
    await ctx.audit(q, { action: 'rectify', objectType: 'person', objectId: personId, personId });
    return true;
  });
  return done ? { ok: true } : conflict(await findPerson(ctx.db, personId));
}

/** Restricts processing (art. 18 AVG): the record is flagged wherever it is shown until it is lifted. */
export async function restrict(
  ctx: Ctx,
  id: string,
  input: { scope: string; reason: string },
): Promise<Result<{ restrictionId: string }>> {
  const req = await ownRequest(ctx, id);
  const refused = openRequest(req, ['beperking', 'rectificatie']);
  if (refused || !req?.personId) return refused ?? notFound;
  const scope = required('scope', input.scope, 500);
  if (typeof scope !== 'string') return scope;
  const reason = required('reason', input.reason, 2000);
  if (typeof reason !== 'string') return reason;
  const personId = req.personId;
  const restrictionId = await ctx.db.tx(async (q) => {
    const rid = await insertRestriction(q, {
      tenantId: ctx.actor.tenantId,
      requestId: id,
      personId,
      scope,
      reason,
      at: ctx.now,
      by: ctx.actor.userId,
    });
    await ctx.audit(q, { action: 'restrict', objectType: 'person', objectId: personId, personId });
    return rid;
  });
  return { ok: true, restrictionId };
}

export async function lift(
  ctx: Ctx,
  requestId: string,
  restrictionId: string,
  input: { reason: string },
): Promise<Result<object>> {
  const req = await ownRequest(ctx, requestId);
  if (!req?.personId) return notFound;
  const reason = required('reason', input.reason, 2000);
  if (typeof reason !== 'string') return reason;
  const personId = req.personId;
  const own = (await listRestrictions(ctx.db, personId)).find((r) => r.id === restrictionId);
  if (!own) return notFound;
  const done = await ctx.db.tx(async (q) => {
    if (!(await liftRestriction(q, restrictionId, { at: ctx.now, by: ctx.actor.userId, reason })))
      return false;
    await ctx.audit(q, { action: 'lift_restriction', objectType: 'person', objectId: personId, personId });
    return true;
  });
  return done
    ? { ok: true }
    : fieldError(
        'restriction',
        'Deze beperking is al opgeheven.',
        'This restriction has already been lifted.',
      );
}

/**
 * Erasure on request, where the law allows: refused with the reason otherwise (and the request closed as
 * refused, so the person can be told why). When allowed, the person and what is only about them is deleted.
 */
export async function erase(
  ctx: Ctx,
  id: string,
  input: { version: number },
): Promise<Result<{ erased: boolean; reason: { nl: string; en: string } | null }>> {
  const req = await ownRequest(ctx, id);
  const refused = openRequest(req, ['wissen']);
  if (refused || !req?.personId) return refused ?? notFound;
  const personId = req.personId;
  const decision = erasureDecision(await erasureFacts(ctx.db, personId, ctx.now));
  const done = await ctx.db.tx(async (q) => {
    if (!decision.allowed) {
      if (!(await decideAsActor(q, ctx, id, input.version, 'geweigerd', decision.nl))) return false;
      await ctx.audit(q, {
        action: 'erase',
        objectType: 'person',
        objectId: personId,
        personId,
        result: 'denied',
      });
      return true;
    }
    const r = await erasePerson(q, personId);
    const outcome = `Gewist: persoonsrecord, ${r.signals} melding(en) alleen over deze persoon, ${r.mentions} vermelding(en) in andere meldingen leeggemaakt.`;
    if (!(await decideAsActor(q, ctx, id, input.version, 'afgehandeld', outcome))) return false;
    // Content-free: the id only, as a tombstone that the erasure happened.
    await ctx.audit(q, { action: 'erase', objectType: 'person', objectId: personId, personId: null });
    return true;
  });
  if (!done) return conflict(await findRequest(ctx.db, id));
  return decision.allowed
    ? { ok: true, erased: true, reason: null }
    : { ok: true, erased: false, reason: { nl: decision.nl, en: decision.en } };
}

/** Active restrictions of a person, for the flag on the screens that show the person. */
export async function activeRestrictions(ctx: Ctx, personId: string) {
  const person = await findPerson(ctx.db, personId);
  if (!person || person.tenantId !== ctx.actor.tenantId) return notFound;
  const restrictions = await listRestrictions(ctx.db, personId, true);
  await logPersonRead(ctx, 'processing_restriction', personId, personId);
  return { ok: true as const, restrictions };
}
