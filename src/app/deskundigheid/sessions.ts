import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type {
  CertificateUpload,
  CountSet,
  ImportCommit,
  ImportPreview,
  ImportResult,
  ImportUpload,
  ParticipantAdd,
  ProtectedCount,
  PublicReaction,
  ReactionBody,
  ReactionSummary,
  Session,
  SessionCreate,
  SessionListQuery,
  SessionLookups,
  SessionPage,
  SessionUpdate,
} from '../../contract/deskundigheid-sessions.js';
import type { Database, Queryable } from '../../db/database.js';
import {
  addSessionOrganisations,
  attendanceOf,
  countsOf,
  deleteAttendance,
  disclosureK,
  findPerson,
  findSession,
  findSessionByToken,
  findSessionOn,
  insertPerson,
  insertReaction,
  insertSession,
  listSessions,
  organisationsOfSessions,
  participantTotals,
  personsByEmail,
  reactionCounts,
  reactionTexts,
  readCertificate,
  recordedAttendance,
  type SessionRecord,
  sessionLookups,
  setAttendanceCount,
  setReactionWindow,
  setSessionOrganisations,
  touchSession,
  updateSession,
  upsertAttendance,
  upsertCertificate,
} from '../../db/deskundigheid-sessions.js';
import type { CellMark } from '../../domain/analyse/disclosure.js';
import { DEFAULT_K } from '../../domain/analyse/disclosure.js';
import {
  mayReadPerson,
  type TrainingRecordScope,
  trainingRecordScope,
} from '../../domain/deskundigheid/access.js';
import {
  decodeCsv,
  type ImportIssue,
  type ImportPlan,
  missingGroupIssue,
  otherOrganisationIssue,
  parseAttendanceCsv,
  planImport,
} from '../../domain/deskundigheid/attendance-import.js';
import {
  checkReactionWindow,
  checkSession,
  newReactionToken,
  reactionFigures,
  reactionOpen,
} from '../../domain/deskundigheid/sessions.js';
import { safeFileName } from '../../domain/melding/attachments.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  fieldError,
  inTx,
  invalid,
  logDenied,
  notFound,
  Refused,
  type Result,
  refused,
  Stale,
} from '../overleg/results.js';

/**
 * Training sessions (issue 16): a session of a training with the organisations that joined, its named
 * participants and counts, certificates, the import of attendance lists and the anonymous reaction form.
 * Named participants are personnel data: every read and write of them is access-logged, one entry per
 * person; a partner organisation sees the sessions it joined and only its own people in them.
 */

const OBJECT_SESSION = 'training_session';
const OBJECT_PERSON = 'training_person';
const OBJECT_CERTIFICATE = 'training_certificate';
const OBJECT_IMPORT = 'training_import';

const today = (ctx: { now: Date }) => amsterdamDate(ctx.now);

/** The organisation whose people the actor sees, or null for all of the tenant. */
const ownOrganisation = (scope: TrainingRecordScope): string | null =>
  scope.kind === 'organisation' ? scope.organisationId : null;

export async function lookupsForSessions(ctx: Ctx): Promise<SessionLookups> {
  const scope = trainingRecordScope(ctx.actor);
  if (scope.kind === 'none') return { trainings: [], organisations: [], targetGroups: [] };
  return sessionLookups(ctx.db, ctx.actor.tenantId);
}

/** One page of the sessions the actor may see, newest first. */
export async function listTrainingSessions(ctx: Ctx, query: SessionListQuery): Promise<Result<SessionPage>> {
  const scope = trainingRecordScope(ctx.actor);
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['heldOn', 'seq']) : undefined;
  if (
    after === null ||
    (after && !/^\d{4}-\d{2}-\d{2}$/.test(after.heldOn)) ||
    (after && !/^\d+$/.test(after.seq))
  ) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  if (scope.kind === 'none') return { ok: true, sessions: [], nextCursor: null };
  const own = ownOrganisation(scope);
  // A partner sees the sessions its organisation joined, whatever the filter says.
  if (own && query.organisatie && query.organisatie !== own)
    return { ok: true, sessions: [], nextCursor: null };
  const rows = await listSessions(
    ctx.db,
    ctx.actor.tenantId,
    { trainingId: query.training, year: query.jaar, organisationId: own ?? query.organisatie },
    { after: after ? { heldOn: after.heldOn, seq: Number(after.seq) } : undefined, limit: limit + 1 },
  );
  const shown = rows.slice(0, limit);
  const ids = shown.map((s) => s.id);
  const [orgs, totals] = await Promise.all([
    organisationsOfSessions(ctx.db, ids),
    participantTotals(ctx.db, ids, own),
  ]);
  const last = shown.at(-1);
  return {
    ok: true,
    sessions: shown.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      status: s.status,
      training: { id: s.trainingId, name: s.trainingTitle },
      location: s.location,
      organisations: orgs.get(s.id) ?? [],
      participants: totals.get(s.id) ?? 0,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ heldOn: last.heldOn, seq: String(last.seq) }) : null,
  };
}

/** The session of the actor's tenant that the actor may see (a partner: one its organisation joined). */
async function visibleSession(ctx: Ctx, id: string): Promise<SessionRecord | null> {
  const scope = trainingRecordScope(ctx.actor);
  const s = await findSession(ctx.db, id);
  if (!s || scope.kind === 'none' || s.tenantId !== ctx.actor.tenantId) return null;
  const own = ownOrganisation(scope);
  if (own) {
    const orgs = (await organisationsOfSessions(ctx.db, [id])).get(id) ?? [];
    if (!orgs.some((o) => o.id === own)) return null;
  }
  return s;
}

const protectedCount = (m: CellMark): ProtectedCount =>
  'published' in m ? { value: m.published, suppressed: null } : { value: null, suppressed: m.suppressed };

async function reactionSummary(q: Queryable, s: SessionRecord, day: string): Promise<ReactionSummary> {
  const k = (await disclosureK(q, s.tenantId)) ?? DEFAULT_K;
  const figures = reactionFigures(await reactionCounts(q, s.id), k);
  return {
    token: s.reactionToken,
    openUntil: s.reactionOpenUntil,
    open: reactionOpen(s, day),
    k,
    total: protectedCount(figures.total),
    useful: {
      ja: protectedCount(figures.useful.ja),
      deels: protectedCount(figures.useful.deels),
      nee: protectedCount(figures.useful.nee),
    },
    missing: figures.showTexts ? await reactionTexts(q, s.id) : [],
  };
}

async function sessionJson(ctx: Ctx, s: SessionRecord): Promise<Session> {
  const scope = trainingRecordScope(ctx.actor);
  const own = ownOrganisation(scope);
  const [orgs, people, counts] = await Promise.all([
    organisationsOfSessions(ctx.db, [s.id]),
    attendanceOf(ctx.db, s.id, own),
    countsOf(ctx.db, s.id, own),
  ]);
  const visible = people.filter((p) => mayReadPerson(scope, s.tenantId, p.organisationId));
  return {
    id: s.id,
    heldOn: s.heldOn,
    status: s.status,
    training: { id: s.trainingId, name: s.trainingTitle },
    location: s.location,
    organisations: orgs.get(s.id) ?? [],
    participants: visible.length + counts.reduce((n, c) => n + c.participants, 0),
    notes: s.notes,
    people: visible.map((p) => ({
      personId: p.personId,
      name: p.name,
      email: p.email,
      department: p.department,
      organisation: { id: p.organisationId, name: p.organisationName },
      targetGroup: { id: p.targetGroupId, name: p.targetGroupName },
      completed: p.completed,
      certificate: p.certificateName
        ? { fileName: p.certificateName, mediaType: p.certificateType ?? 'application/octet-stream' }
        : null,
    })),
    counts: counts.map((c) => ({
      organisation: { id: c.organisationId, name: c.organisationName },
      targetGroup: { id: c.targetGroupId, name: c.targetGroupName },
      participants: c.participants,
    })),
    // The reaction form and its figures are for the organisers (the municipality), never a partner.
    reaction: scope.kind === 'tenant' ? await reactionSummary(ctx.db, s, today(ctx)) : null,
    updatedAt: s.updatedAt.toISOString(),
    updatedBy: s.updatedByName,
    version: s.version,
  };
}

/** A session with its participants; every named participant shown is logged. */
export async function readTrainingSession(ctx: Ctx, id: string): Promise<Result<Session>> {
  const s = await visibleSession(ctx, id);
  if (!s) return logDenied(ctx, OBJECT_SESSION, id);
  const session = await sessionJson(ctx, s);
  await ctx.audit(ctx.db, [
    { action: 'read', objectType: OBJECT_SESSION, objectId: id },
    ...session.people.map((p) => ({ action: 'read', objectType: OBJECT_PERSON, objectId: p.personId })),
  ]);
  return { ok: true, ...session };
}

/** The training and organisations of a session input must be the tenant's own. */
async function checkInput(ctx: Ctx, input: SessionCreate | SessionUpdate): Promise<FieldIssue[]> {
  const errors = checkSession({ ...input, organisationIds: [...new Set(input.organisationIds)] }, today(ctx));
  const lookups = await sessionLookups(ctx.db, ctx.actor.tenantId);
  if (!lookups.trainings.some((t) => t.id === input.trainingId)) {
    errors.push({
      field: 'trainingId',
      nl: 'Kies een training uit de catalogus.',
      en: 'Choose a training from the catalogue.',
    });
  }
  const orgIds = new Set(lookups.organisations.map((o) => o.id));
  if (input.organisationIds.some((o) => !orgIds.has(o))) {
    errors.push({
      field: 'organisationIds',
      nl: 'Kies organisaties van uw gemeente.',
      en: 'Choose organisations of your municipality.',
    });
  }
  return errors;
}

const valuesOf = (input: SessionCreate | SessionUpdate) => ({
  trainingId: input.trainingId,
  heldOn: input.heldOn,
  status: input.status,
  location: input.location.trim(),
  notes: input.notes.trim(),
});

export async function createTrainingSession(ctx: Ctx, input: SessionCreate): Promise<Result<{ id: string }>> {
  const errors = await checkInput(ctx, input);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertSession(q, ctx.actor.tenantId, valuesOf(input), ctx.now, ctx.actor.userId);
    await addSessionOrganisations(q, id, [...new Set(input.organisationIds)]);
    await ctx.audit(q, { action: 'create', objectType: OBJECT_SESSION, objectId: id });
    return id;
  });
  return { ok: true, id };
}

/** The session of the tenant an organiser may change, or null. */
async function ownSession(ctx: Ctx, id: string): Promise<SessionRecord | null> {
  const s = await findSession(ctx.db, id);
  return s && s.tenantId === ctx.actor.tenantId && trainingRecordScope(ctx.actor).kind === 'tenant'
    ? s
    : null;
}

async function currentOf(ctx: Ctx, id: string): Promise<Session | null> {
  const s = await findSession(ctx.db, id);
  return s ? sessionJson(ctx, s) : null;
}

export async function updateTrainingSession(
  ctx: Ctx,
  id: string,
  input: SessionUpdate,
): Promise<Result<{ version: number }>> {
  const s = await ownSession(ctx, id);
  if (!s) return logDenied(ctx, OBJECT_SESSION, id);
  const errors = await checkInput(ctx, input);
  if (errors.length > 0) return invalid(errors);
  const r = await inTx(
    ctx,
    async (q) => {
      if (!(await updateSession(q, id, input.version, valuesOf(input), ctx.now, ctx.actor.userId)))
        throw new Stale();
      await setSessionOrganisations(q, id, [...new Set(input.organisationIds)]);
      await ctx.audit(q, { action: 'update', objectType: OBJECT_SESSION, objectId: id });
    },
    () => currentOf(ctx, id),
  );
  return r.ok ? { ok: true, version: input.version + 1 } : r;
}

/** Records a named participant of the register (or whether they completed); their organisation joins. */
export async function addParticipant(
  ctx: Ctx,
  id: string,
  input: ParticipantAdd,
): Promise<Result<{ version: number }>> {
  const s = await ownSession(ctx, id);
  if (!s) return logDenied(ctx, OBJECT_SESSION, id);
  const p = await findPerson(ctx.db, input.personId);
  if (!p || p.tenantId !== ctx.actor.tenantId) {
    return fieldError(
      'personId',
      'Kies een deelnemer uit het register.',
      'Choose a participant from the register.',
    );
  }
  await ctx.db.tx(async (q) => {
    await upsertAttendance(q, id, p.id, input.completed, ctx.now, ctx.actor.userId);
    await addSessionOrganisations(q, id, [p.organisationId]);
    await touchSession(q, id, ctx.now, ctx.actor.userId);
    await ctx.audit(q, { action: 'update', objectType: OBJECT_PERSON, objectId: p.id });
  });
  return { ok: true, version: s.version + 1 };
}

export async function removeParticipant(
  ctx: Ctx,
  id: string,
  personId: string,
): Promise<Result<{ version: number }>> {
  const s = await ownSession(ctx, id);
  if (!s) return logDenied(ctx, OBJECT_SESSION, id);
  const done = await ctx.db.tx(async (q) => {
    if (!(await deleteAttendance(q, id, personId))) return false;
    await touchSession(q, id, ctx.now, ctx.actor.userId);
    await ctx.audit(q, { action: 'delete', objectType: OBJECT_PERSON, objectId: personId });
    return true;
  });
  return done ? { ok: true, version: s.version + 1 } : notFound;
}

/** Sets the count of an organisation's participants of a target group (0 removes it); the organisation joins. */
export async function setCount(ctx: Ctx, id: string, input: CountSet): Promise<Result<{ version: number }>> {
  const s = await ownSession(ctx, id);
  if (!s) return logDenied(ctx, OBJECT_SESSION, id);
  const lookups = await sessionLookups(ctx.db, ctx.actor.tenantId);
  const errors: FieldIssue[] = [];
  if (!lookups.organisations.some((o) => o.id === input.organisationId)) {
    errors.push({
      field: 'organisationId',
      nl: 'Kies een organisatie van uw gemeente.',
      en: 'Choose an organisation of your municipality.',
    });
  }
  if (!lookups.targetGroups.some((g) => g.id === input.targetGroupId)) {
    errors.push({
      field: 'targetGroupId',
      nl: 'Kies een doelgroep van het curriculum.',
      en: 'Choose a target group of the curriculum.',
    });
  }
  if (errors.length > 0) return invalid(errors);
  await ctx.db.tx(async (q) => {
    await setAttendanceCount(q, { sessionId: id, ...input }, ctx.now, ctx.actor.userId);
    if (input.participants > 0) await addSessionOrganisations(q, id, [input.organisationId]);
    await touchSession(q, id, ctx.now, ctx.actor.userId);
    await ctx.audit(q, { action: 'update', objectType: OBJECT_SESSION, objectId: id });
  });
  return { ok: true, version: s.version + 1 };
}

/** The certificate types: a PDF or a scan. */
const CERTIFICATE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);
export const CERTIFICATE_BYTES = 5 * 1024 * 1024;

/** Attaches a participant's certificate, its type decided from its content (never from the name). */
export async function uploadCertificate(
  ctx: Ctx,
  id: string,
  personId: string,
  input: CertificateUpload,
): Promise<Result<{ version: number }>> {
  const s = await ownSession(ctx, id);
  if (!s) return logDenied(ctx, OBJECT_SESSION, id);
  const recorded = await recordedAttendance(ctx.db, [id]);
  if (!recorded.has(`${id}|${personId}`)) return logDenied(ctx, OBJECT_PERSON, personId);
  const b64 = input.contentBase64;
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    return fieldError('file', 'Het bestand kon niet worden gelezen.', 'The file could not be read.');
  }
  const content = Buffer.from(b64, 'base64');
  if (content.byteLength === 0) return fieldError('file', 'Het bestand is leeg.', 'The file is empty.');
  if (content.byteLength > CERTIFICATE_BYTES) {
    return fieldError('file', 'Het certificaat is groter dan 5 MB.', 'The certificate is larger than 5 MB.');
  }
  const type = (await fileTypeFromBuffer(content))?.mime;
  if (!type || !CERTIFICATE_TYPES.has(type)) {
    return fieldError(
      'file',
      'Stuur het certificaat als PDF, PNG of JPEG.',
      'Send the certificate as a PDF, PNG or JPEG.',
    );
  }
  await ctx.db.tx(async (q) => {
    await upsertCertificate(
      q,
      {
        sessionId: id,
        personId,
        fileName: safeFileName(input.fileName) || 'certificaat',
        mediaType: type,
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
      },
      ctx.now,
      ctx.actor.userId,
    );
    await touchSession(q, id, ctx.now, ctx.actor.userId);
    await ctx.audit(q, { action: 'create', objectType: OBJECT_CERTIFICATE, objectId: `${id}:${personId}` });
  });
  return { ok: true, version: s.version + 1 };
}

/** A participant's certificate, for who may read that person's record (a partner: its own people). */
export async function downloadCertificate(
  ctx: Ctx,
  id: string,
  personId: string,
): Promise<Result<{ file: { fileName: string; mediaType: string; content: Uint8Array } }>> {
  const s = await visibleSession(ctx, id);
  const p = await findPerson(ctx.db, personId);
  const scope = trainingRecordScope(ctx.actor);
  if (!s || !p || !mayReadPerson(scope, p.tenantId, p.organisationId)) {
    return logDenied(ctx, OBJECT_CERTIFICATE, `${id}:${personId}`);
  }
  const file = await readCertificate(ctx.db, id, personId);
  if (!file) return logDenied(ctx, OBJECT_CERTIFICATE, `${id}:${personId}`);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_CERTIFICATE, objectId: `${id}:${personId}` });
  return { ok: true, file };
}

/** Opens the anonymous reaction form until a date (a new token the first time). */
export async function openReactionForm(
  ctx: Ctx,
  id: string,
  openUntil: string,
): Promise<Result<{ token: string; openUntil: string }>> {
  const s = await ownSession(ctx, id);
  if (!s) return logDenied(ctx, OBJECT_SESSION, id);
  const issue = checkReactionWindow(s, openUntil, today(ctx));
  if (issue) return invalid([issue]);
  const token = s.reactionToken ?? newReactionToken();
  await ctx.db.tx(async (q) => {
    await setReactionWindow(q, id, token, openUntil);
    await touchSession(q, id, ctx.now, ctx.actor.userId);
    await ctx.audit(q, { action: 'update', objectType: OBJECT_SESSION, objectId: id });
  });
  return { ok: true, token, openUntil };
}

const CLOSED = {
  code: 'reaction_closed',
  nl: 'Dit reactieformulier is gesloten. Dank voor uw belangstelling.',
  en: 'This reaction form is closed. Thank you for your interest.',
};

/** What the public reaction page shows: the training and the day, nothing about anyone. */
export async function publicReaction(
  db: Database,
  now: Date,
  token: string,
): Promise<Result<PublicReaction>> {
  const s = await findSessionByToken(db, token);
  if (!s) return notFound;
  return { ok: true, training: s.trainingTitle, heldOn: s.heldOn, open: reactionOpen(s, amsterdamDate(now)) };
}

/** Records an anonymous reaction: no account, no address, no time of day. */
export async function submitReaction(
  db: Database,
  now: Date,
  token: string,
  body: ReactionBody,
): Promise<Result<{ sessionId: string; tenantId: string }>> {
  const s = await findSessionByToken(db, token);
  if (!s) return notFound;
  const day = amsterdamDate(now);
  if (!reactionOpen(s, day)) return refused(CLOSED);
  await insertReaction(db, s.id, body.useful, body.missing.trim(), day);
  return { ok: true, sessionId: s.id, tenantId: s.tenantId };
}

// ---- Import of attendance lists -----------------------------------------------------------------------

interface Prepared {
  readonly sha256: string;
  readonly plan: ImportPlan;
  readonly issues: ImportIssue[];
  readonly lookups: SessionLookups;
  /** Per planned session: the session it adds to, or null. */
  readonly existing: (string | null)[];
  /** Per planned session and person: the person in the register it matches, or null. */
  readonly matched: (string | null)[][];
  readonly recorded: Set<string>;
}

/** Reads the file and plans the import against the register: the same work for the preview and the commit. */
async function prepareImport(
  ctx: Ctx,
  q: Queryable,
  upload: ImportUpload,
): Promise<Result<{ prepared: Prepared }>> {
  const b64 = upload.contentBase64;
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    return fieldError('file', 'Het bestand kon niet worden gelezen.', 'The file could not be read.');
  }
  const bytes = Buffer.from(b64, 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return fieldError('file', decoded.issue.nl, decoded.issue.en);
  const parsed = parseAttendanceCsv(decoded.text);
  if (!parsed.ok) return invalid(parsed.issues.map((i) => ({ field: 'file', nl: i.nl, en: i.en })));
  const lookups = await sessionLookups(q, ctx.actor.tenantId);
  const plan = planImport(
    parsed.rows,
    {
      trainings: lookups.trainings.map((t) => ({ id: t.id, title: t.name })),
      organisations: lookups.organisations,
      targetGroups: lookups.targetGroups,
    },
    today(ctx),
  );
  const issues = [...plan.issues];
  const emails = plan.sessions.flatMap((s) => s.people.flatMap((p) => (p.email ? [p.email] : [])));
  const byEmail = await personsByEmail(q, ctx.actor.tenantId, [...new Set(emails)]);
  const existing = await Promise.all(
    plan.sessions.map((s) => findSessionOn(q, ctx.actor.tenantId, s.trainingId, s.heldOn)),
  );
  const byName = await personsWithoutEmail(q, ctx.actor.tenantId);
  const matched = plan.sessions.map((s) =>
    s.people.map((p) => {
      const m = p.email ? byEmail.get(p.email) : byName.get(`${p.organisationId}|${p.name.toLowerCase()}`);
      if (m && m.organisationId !== p.organisationId) {
        issues.push(otherOrganisationIssue(p));
        return null;
      }
      if (!m && !p.targetGroupId) issues.push(missingGroupIssue(p));
      return m?.id ?? null;
    }),
  );
  const recorded = await recordedAttendance(
    q,
    existing.filter((x): x is string => x !== null),
  );
  issues.sort((a, b) => a.row - b.row);
  return { ok: true, prepared: { sha256, plan, issues, lookups, existing, matched, recorded } };
}

/** Persons without an e-mail, by organisation and name: a list without addresses still matches them. */
async function personsWithoutEmail(
  q: Queryable,
  tenantId: string,
): Promise<Map<string, { id: string; organisationId: string }>> {
  const r = await q.query<{ id: string; organisation_id: string; name: string }>(
    'SELECT id, organisation_id, lower(name) AS name FROM training_person WHERE tenant_id = $1 AND email IS NULL',
    [tenantId],
  );
  return new Map(
    r.rows.map((x) => [`${x.organisation_id}|${x.name}`, { id: x.id, organisationId: x.organisation_id }]),
  );
}

/** What an import would record, every row problem with its row and field; nothing is written. */
export async function previewImport(ctx: Ctx, upload: ImportUpload): Promise<Result<ImportPreview>> {
  const r = await prepareImport(ctx, ctx.db, upload);
  if (!r.ok) return r;
  const { sha256, plan, issues, lookups, existing, matched, recorded } = r.prepared;
  const name = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? '';
  await ctx.audit(ctx.db, { action: 'preview', objectType: OBJECT_IMPORT, objectId: sha256 });
  const matchedIds = matched.flat();
  return {
    ok: true,
    sha256,
    rows: plan.rows,
    issues: issues.map((i) => ({ ...i })),
    sessions: plan.sessions.map((s, si) => ({
      heldOn: s.heldOn,
      training: { id: s.trainingId, name: name(lookups.trainings, s.trainingId) },
      existingId: existing[si] ?? null,
      organisations: s.organisationIds.map((id) => ({ id, name: name(lookups.organisations, id) })),
      people: s.people.map((p, pi) => {
        const personId = matched[si]?.[pi] ?? null;
        const sessionId = existing[si];
        return {
          row: p.row,
          name: p.name,
          email: p.email,
          organisation: name(lookups.organisations, p.organisationId),
          completed: p.completed,
          personId,
          already: Boolean(personId && sessionId && recorded.has(`${sessionId}|${personId}`)),
        };
      }),
      counts: s.counts.map((c) => ({
        organisation: { id: c.organisationId, name: name(lookups.organisations, c.organisationId) },
        targetGroup: { id: c.targetGroupId, name: name(lookups.targetGroups, c.targetGroupId) },
        participants: c.participants,
      })),
    })),
    totals: {
      newSessions: existing.filter((x) => x === null).length,
      newPeople: matchedIds.filter((x) => x === null).length,
      matchedPeople: matchedIds.filter((x) => x !== null).length,
      attendances: plan.sessions.reduce((n, s) => n + s.people.length, 0),
      counted: plan.sessions.reduce((n, s) => n + s.counts.reduce((m, c) => m + c.participants, 0), 0),
    },
  };
}

/** Row problems as field errors of the commit: `rows.3.training`. */
const rowErrors = (issues: readonly ImportIssue[]): FieldIssue[] =>
  issues.map((i) => ({ field: i.row === 0 ? 'file' : `rows.${i.row}.${i.field}`, nl: i.nl, en: i.en }));

/**
 * Records what the preview showed, in one transaction: sessions (or the existing one of that day and
 * training), persons matched by e-mail or created, attendance and counts. A file with any row problem records
 * nothing; a failure half-way rolls everything back. Committing the same file again changes nothing: sessions,
 * persons and attendance are matched, counts are set (not added).
 */
export async function commitImport(ctx: Ctx, body: ImportCommit): Promise<Result<ImportResult>> {
  const outcome = await inTx(
    ctx,
    async (q) => {
      const r = await prepareImport(ctx, q, body);
      if (!r.ok) throw new Refused(r);
      const { sha256, plan, issues, existing, matched, recorded } = r.prepared;
      if (sha256 !== body.sha256) {
        throw new Refused(
          refused({
            code: 'import_changed',
            nl: 'Dit bestand is niet het bestand van het voorbeeld. Bekijk eerst het voorbeeld opnieuw.',
            en: 'This file is not the file of the preview. Look at the preview again first.',
          }),
        );
      }
      if (issues.length > 0) throw new Refused(invalid(rowErrors(issues)));
      let createdSessions = 0;
      let createdPeople = 0;
      let attendances = 0;
      const sessionIds: string[] = [];
      const created = new Map<string, string>();
      const entries: { action: string; objectType: string; objectId: string }[] = [];
      for (const [si, s] of plan.sessions.entries()) {
        let sessionId = existing[si] ?? null;
        if (!sessionId) {
          sessionId = await insertSession(
            q,
            ctx.actor.tenantId,
            { trainingId: s.trainingId, heldOn: s.heldOn, status: 'gehouden', location: '', notes: '' },
            ctx.now,
            ctx.actor.userId,
          );
          createdSessions++;
          entries.push({ action: 'create', objectType: OBJECT_SESSION, objectId: sessionId });
        }
        sessionIds.push(sessionId);
        await addSessionOrganisations(q, sessionId, s.organisationIds);
        for (const [pi, p] of s.people.entries()) {
          const key = p.email ?? `${p.organisationId}|${p.name.toLowerCase()}`;
          let personId = matched[si]?.[pi] ?? created.get(key) ?? null;
          if (!personId) {
            personId = await insertPerson(
              q,
              {
                tenantId: ctx.actor.tenantId,
                organisationId: p.organisationId,
                targetGroupId: p.targetGroupId as string,
                name: p.name,
                email: p.email,
                department: p.department,
                activeSince: s.heldOn,
              },
              ctx.now,
              ctx.actor.userId,
            );
            created.set(key, personId);
            createdPeople++;
            entries.push({ action: 'create', objectType: OBJECT_PERSON, objectId: personId });
          }
          if (recorded.has(`${sessionId}|${personId}`)) continue;
          if (await upsertAttendance(q, sessionId, personId, p.completed, ctx.now, ctx.actor.userId)) {
            attendances++;
            entries.push({ action: 'update', objectType: OBJECT_PERSON, objectId: personId });
          }
        }
        for (const c of s.counts) {
          await setAttendanceCount(q, { sessionId, ...c }, ctx.now, ctx.actor.userId);
        }
        await touchSession(q, sessionId, ctx.now, ctx.actor.userId);
      }
      await ctx.audit(q, [{ action: 'commit', objectType: OBJECT_IMPORT, objectId: sha256 }, ...entries]);
      return { sessionIds, createdSessions, createdPeople, attendances };
    },
    async () => null,
  );
  return outcome.ok ? { ok: true, ...outcome.value } : outcome;
}
