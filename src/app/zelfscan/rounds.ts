import type {
  AnswerBody,
  AnswerJson,
  Comparison,
  DocumentBody,
  OwnQuestionCreate,
  OwnQuestionJson,
  OwnQuestionUpdate,
  RoundClose,
  RoundCreate,
  RoundDetail,
  RoundListQuery,
  RoundPage,
  RoundSummary,
  RoundUpdate,
  Templates,
  ThemeJson,
} from '../../contract/zelfscan.js';
import {
  type AnswerRecord,
  actionsOfRound,
  closeRound,
  countOwnQuestions,
  findAnswer,
  findEvidence,
  findOwnQuestion,
  findRound,
  insertAnswer,
  insertEvidence,
  insertOwnQuestion,
  insertRound,
  listAnswers,
  listHintReviews,
  listOwnQuestions,
  listRounds,
  type OwnQuestionRecord,
  previousClosedRound,
  type RoundRecord,
  touchAnswer,
  touchRound,
  updateAnswer,
  updateOwnQuestion,
  updateRound,
} from '../../db/zelfscan.js';
import {
  type AnswerKind,
  compareRounds,
  unanswered,
  validateAnswer,
  validateOwnQuestion,
  validateRound,
} from '../../domain/zelfscan/rounds.js';
import { TEMPLATE_IDS, TEMPLATES } from '../../domain/zelfscan/templates.js';
import { checkAttachment } from '../melding/check-attachment.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  conflict,
  fieldError,
  inTx,
  invalid,
  logDenied,
  type Result,
  refused,
  Stale,
} from '../overleg/results.js';
import { flatQuestions, ownIdOf, roundIncludes, templateJson, themesOf } from './questions.js';

/**
 * Zelfscan rounds: a round of one questionnaire with who took part and when, its answers (each at its own
 * version), evidence documents, closing, and the comparison with the previous closed round. Organisation data;
 * every read of a round (it names who took part) and every write is logged.
 */

export const OBJECT_ROUND = 'zelfscan_ronde';
export const OBJECT_QUESTION = 'zelfscan_vraag';
/** The most own questions a municipality keeps (switched-off ones included). */
const MAX_OWN_QUESTIONS = 200;

const ownJson = (o: OwnQuestionRecord): OwnQuestionJson => ({
  id: o.id,
  template: o.template,
  theme: o.theme,
  part: o.part,
  textNl: o.textNl,
  textEn: o.textEn,
  active: o.active,
  updatedAt: o.updatedAt.toISOString(),
  updatedBy: o.updatedByName,
  version: o.version,
});

export async function readTemplates(ctx: Ctx): Promise<Templates> {
  const own = await listOwnQuestions(ctx.db, ctx.actor.tenantId);
  return {
    templates: TEMPLATE_IDS.map((t) => templateJson(t, own)),
    ownQuestions: own.map(ownJson),
  };
}

export async function createOwnQuestion(ctx: Ctx, body: OwnQuestionCreate): Promise<Result<{ id: string }>> {
  const errors = validateOwnQuestion(body);
  if (errors.length > 0) return invalid(errors);
  if ((await countOwnQuestions(ctx.db, ctx.actor.tenantId)) >= MAX_OWN_QUESTIONS) {
    return fieldError(
      'textNl',
      `Uw gemeente heeft al ${MAX_OWN_QUESTIONS} eigen vragen; zet er een uit of pas er een aan.`,
      `Your municipality already has ${MAX_OWN_QUESTIONS} own questions; switch one off or change one.`,
    );
  }
  const id = await ctx.db.tx(async (q) => {
    const id = await insertOwnQuestion(
      q,
      ctx.actor.tenantId,
      {
        template: body.template,
        theme: body.theme,
        part: body.part,
        textNl: body.textNl.trim(),
        textEn: body.textEn.trim(),
      },
      ctx.now,
      ctx.actor.userId,
    );
    await ctx.audit(q, { action: 'create', objectType: OBJECT_QUESTION, objectId: id });
    return id;
  });
  return { ok: true, id };
}

/** Changes the words of an own question or switches it off (or on again); it is never deleted. */
export async function changeOwnQuestion(
  ctx: Ctx,
  id: string,
  body: OwnQuestionUpdate,
): Promise<Result<{ version: number }>> {
  const o = await findOwnQuestion(ctx.db, id);
  if (!o || o.tenantId !== ctx.actor.tenantId) return logDenied(ctx, OBJECT_QUESTION, id);
  const errors = validateOwnQuestion({ ...body, template: o.template, theme: o.theme, part: o.part });
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateOwnQuestion(
        q,
        id,
        body.version,
        { textNl: body.textNl.trim(), textEn: body.textEn.trim(), active: body.active },
        ctx.now,
        ctx.actor.userId,
      );
      if (!ok) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_QUESTION, objectId: id });
    },
    async () => {
      const now = await findOwnQuestion(ctx.db, id);
      return now ? ownJson(now) : null;
    },
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

export const roundSummary = (r: RoundRecord): RoundSummary => ({
  id: r.id,
  template: r.template,
  title: r.title,
  startsOn: r.startsOn,
  status: r.status,
  closedAt: r.closedAt ? r.closedAt.toISOString() : null,
  updatedAt: r.updatedAt.toISOString(),
  updatedBy: r.updatedByName,
  version: r.version,
});

export async function listRoundPage(ctx: Ctx, query: RoundListQuery): Promise<Result<RoundPage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['startsOn', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listRounds(ctx.db, ctx.actor.tenantId, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  // The list names no one (titles and dates only): logged as one read of the list.
  await ctx.audit(ctx.db, { action: 'read', objectType: 'zelfscan_rondes', objectId: null });
  return {
    ok: true,
    rounds: page.map(roundSummary),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsOn: last.startsOn, id: last.id }) : null,
  };
}

const participantsOf = (list: RoundCreate['participants']) =>
  list.map((p) => ({ name: p.name.trim(), function: p.function.trim() }));

export async function createRound(ctx: Ctx, body: RoundCreate): Promise<Result<{ id: string }>> {
  const errors = validateRound(body);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertRound(
      q,
      ctx.actor.tenantId,
      {
        template: body.template,
        title: body.title.trim(),
        startsOn: body.startsOn,
        participants: participantsOf(body.participants),
      },
      ctx.now,
      ctx.actor.userId,
    );
    if (id) await ctx.audit(q, { action: 'create', objectType: OBJECT_ROUND, objectId: id });
    return id;
  });
  if (!id) {
    return fieldError(
      'template',
      'Voor deze vragenlijst loopt al een ronde. Sluit die eerst af.',
      'A round of this questionnaire is already open. Close it first.',
    );
  }
  return { ok: true, id };
}

/** The round of the actor's own municipality, or null (never revealed whose it is). */
export async function ownRound(ctx: Ctx, id: string): Promise<RoundRecord | null> {
  const r = await findRound(ctx.db, id);
  return r && r.tenantId === ctx.actor.tenantId ? r : null;
}

const closedRefusal = refused({
  code: 'zelfscan-ronde-gesloten',
  nl: 'Deze ronde is afgesloten; antwoorden en deelnemers liggen vast. Begin zo nodig een nieuwe ronde.',
  en: 'This round is closed; its answers and participants are final. Start a new round if needed.',
});

export async function changeRound(
  ctx: Ctx,
  id: string,
  body: RoundUpdate,
): Promise<Result<{ version: number }>> {
  const r = await ownRound(ctx, id);
  if (!r) return logDenied(ctx, OBJECT_ROUND, id);
  if (r.status !== 'open') return closedRefusal;
  const errors = validateRound({ ...body, template: r.template });
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateRound(
        q,
        id,
        body.version,
        {
          title: body.title.trim(),
          startsOn: body.startsOn,
          participants: participantsOf(body.participants),
        },
        ctx.now,
        ctx.actor.userId,
      );
      if (!ok) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_ROUND, objectId: id });
    },
    async () => {
      const now = await ownRound(ctx, id);
      return now ? roundSummary(now) : null;
    },
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

export const answerJson = (a: AnswerRecord): AnswerJson => ({
  questionKey: a.questionKey,
  answer: a.answer,
  explanation: a.explanation,
  evidenceUrl: a.evidenceUrl,
  documents: a.documents.map((d) => ({ id: d.id, fileName: d.fileName, addedAt: d.addedAt.toISOString() })),
  answeredAt: a.answeredAt.toISOString(),
  answeredBy: a.answeredByName,
  version: a.version,
});

/** A round's questions and answers as read now. */
export async function roundContent(ctx: Ctx, r: RoundRecord) {
  const [answers, own] = await Promise.all([
    listAnswers(ctx.db, r.id),
    listOwnQuestions(ctx.db, ctx.actor.tenantId),
  ]);
  const themes = themesOf(r.template, own, roundIncludes(r.status === 'open', answers));
  return { answers, themes };
}

export async function readRound(ctx: Ctx, id: string): Promise<Result<{ round: RoundDetail }>> {
  const r = await ownRound(ctx, id);
  if (!r) return logDenied(ctx, OBJECT_ROUND, id);
  const { answers, themes } = await roundContent(ctx, r);
  const [reviews, actions, previous] = await Promise.all([
    listHintReviews(ctx.db, id),
    actionsOfRound(ctx.db, id),
    previousClosedRound(ctx.db, r),
  ]);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_ROUND, objectId: id });
  return {
    ok: true,
    round: {
      ...roundSummary(r),
      participants: r.participants,
      summary: r.summary,
      closedBy: r.closedByName,
      templateLabel: { nl: TEMPLATES[r.template].nl, en: TEMPLATES[r.template].en },
      themes,
      answers: answers.map(answerJson),
      hintReviews: reviews.map((h) => ({
        id: h.id,
        questionKey: h.questionKey,
        hint: h.hintKind,
        verdict: h.verdict,
        note: h.note,
        facts: h.facts,
        reviewedAt: h.reviewedAt.toISOString(),
        reviewedBy: h.reviewedByName,
      })),
      actions: actions.map((a) => ({
        id: a.id,
        questionKey: a.questionKey,
        description: a.description,
        owner: a.ownerName,
        dueOn: a.dueOn,
        status: a.status,
      })),
      previousRound: previous ? { id: previous.id, title: previous.title } : null,
    },
  };
}

/** The question a round asks under this key, or null when it asks no such question. */
export async function questionOfRound(ctx: Ctx, r: RoundRecord, key: string) {
  const { themes, answers } = await roundContent(ctx, r);
  const found = flatQuestions(themes).find((q) => q.key === key) ?? null;
  return { found, answers, themes };
}

const noSuchQuestion = fieldError(
  'questionKey',
  'Deze vraag hoort niet bij deze ronde.',
  'This question does not belong to this round.',
);

/**
 * Answers a question (or changes the answer) at the answer's version read: a first answer with no version,
 * a later one with the version; another version saved meanwhile is a 409 carrying that answer.
 */
export async function answerQuestion(
  ctx: Ctx,
  roundId: string,
  questionKey: string,
  body: AnswerBody,
): Promise<Result<{ version: number }>> {
  const r = await ownRound(ctx, roundId);
  if (!r) return logDenied(ctx, OBJECT_ROUND, roundId);
  if (r.status !== 'open') return closedRefusal;
  const { found } = await questionOfRound(ctx, r, questionKey);
  if (!found) return noSuchQuestion;
  const errors = validateAnswer(body);
  if (errors.length > 0) return invalid(errors);
  const write = {
    answer: body.answer as AnswerKind,
    explanation: body.explanation.trim(),
    evidenceUrl: body.evidenceUrl?.trim() ? body.evidenceUrl.trim() : null,
  };
  const current = async () => {
    const a = await findAnswer(ctx.db, roundId, questionKey);
    return a ? answerJson(a) : null;
  };
  const existing = await findAnswer(ctx.db, roundId, questionKey);
  if (existing && existing.version !== body.version) return conflict(answerJson(existing));
  const done = await inTx(
    ctx,
    async (q) => {
      let version: number;
      if (!existing) {
        if (body.version !== undefined) throw new Stale();
        const id = await insertAnswer(
          q,
          roundId,
          questionKey,
          ownIdOf(questionKey),
          write,
          ctx.now,
          ctx.actor.userId,
        );
        if (!id) throw new Stale();
        version = 1;
      } else {
        const ok = await updateAnswer(q, existing.id, existing.version, write, ctx.now, ctx.actor.userId);
        if (!ok) throw new Stale();
        version = existing.version + 1;
      }
      await touchRound(q, roundId, ctx.now, ctx.actor.userId);
      await ctx.audit(q, { action: 'update', objectType: OBJECT_ROUND, objectId: roundId });
      return version;
    },
    current,
  );
  return done.ok ? { ok: true, version: done.value } : done;
}

/** Adds a document as evidence to an answer, checked by content as attachments are. */
export async function addDocument(
  ctx: Ctx,
  roundId: string,
  questionKey: string,
  body: DocumentBody,
): Promise<Result<{ id: string; version: number }>> {
  const r = await ownRound(ctx, roundId);
  if (!r) return logDenied(ctx, OBJECT_ROUND, roundId);
  if (r.status !== 'open') return closedRefusal;
  const a = await findAnswer(ctx.db, roundId, questionKey);
  if (!a) {
    return fieldError(
      'file',
      'Beantwoord de vraag eerst; voeg daarna het document toe.',
      'Answer the question first; then add the document.',
    );
  }
  const checked = await checkAttachment(
    { fileName: body.fileName, contentBase64: body.contentBase64 },
    'file',
  );
  if (!checked.ok) return invalid([{ ...checked.error, field: 'file' }]);
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await touchAnswer(q, a.id, body.version))) throw new Stale();
      const id = await insertEvidence(q, a.id, checked.file, ctx.now, ctx.actor.userId);
      await ctx.audit(q, { action: 'create', objectType: 'zelfscan_bewijs', objectId: id });
      return id;
    },
    async () => {
      const now = await findAnswer(ctx.db, roundId, questionKey);
      return now ? answerJson(now) : null;
    },
  );
  return done.ok ? { ok: true, id: done.value, version: body.version + 1 } : done;
}

export async function readDocument(ctx: Ctx, roundId: string, questionKey: string, documentId: string) {
  const r = await ownRound(ctx, roundId);
  if (!r) return logDenied(ctx, OBJECT_ROUND, roundId);
  const a = await findAnswer(ctx.db, roundId, questionKey);
  const file = a ? await findEvidence(ctx.db, a.id, documentId) : null;
  if (!file) return logDenied(ctx, 'zelfscan_bewijs', documentId);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'zelfscan_bewijs', objectId: documentId });
  return { ok: true as const, file };
}

/** Closes a round once every question it asks is answered (n.v.t. is an answer); then it is final. */
export async function closeRoundUc(
  ctx: Ctx,
  id: string,
  body: RoundClose,
): Promise<Result<{ version: number }>> {
  const r = await ownRound(ctx, id);
  if (!r) return logDenied(ctx, OBJECT_ROUND, id);
  if (r.status !== 'open') return closedRefusal;
  if (r.version !== body.version) return conflict(roundSummary(r));
  const { answers, themes } = await roundContent(ctx, r);
  const open = unanswered(flatQuestions(themes), answers);
  if (open.length > 0) {
    return refused({
      code: 'zelfscan-niet-alles-beantwoord',
      nl: `Nog ${open.length} vraag of vragen zonder antwoord. Beantwoord elke vraag (n.v.t. mag) voordat u de ronde afsluit.`,
      en: `${open.length} question(s) still without an answer. Answer every question (n/a is allowed) before closing the round.`,
    });
  }
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await closeRound(q, id, body.version, body.summary.trim(), ctx.now, ctx.actor.userId)))
        throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_ROUND, objectId: id, purpose: 'afsluiten' });
    },
    async () => {
      const now = await ownRound(ctx, id);
      return now ? roundSummary(now) : null;
    },
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

function labelsOf(themes: readonly ThemeJson[]) {
  const theme = new Map(themes.map((t) => [t.key, t.label]));
  const part = new Map(themes.flatMap((t) => t.parts.map((p) => [`${t.key}/${p.key}`, p.label] as const)));
  return { theme, part };
}

/** This round against the previous closed round of its questionnaire: counts per kind and what changed. */
export async function compareWithPrevious(ctx: Ctx, id: string): Promise<Result<{ comparison: Comparison }>> {
  const r = await ownRound(ctx, id);
  if (!r) return logDenied(ctx, OBJECT_ROUND, id);
  const now = await roundContent(ctx, r);
  const prev = await previousClosedRound(ctx.db, r);
  const before = prev ? await roundContent(ctx, prev) : null;
  const nowQs = flatQuestions(now.themes);
  const result = compareRounds(
    { questions: nowQs, answers: now.answers },
    before ? { questions: flatQuestions(before.themes), answers: before.answers } : null,
  );
  const { theme, part } = labelsOf(now.themes);
  const text = new Map(nowQs.map((q) => [q.key, q.question.text]));
  const none = { nl: '', en: '' };
  await ctx.audit(ctx.db, {
    action: 'read',
    objectType: OBJECT_ROUND,
    objectId: id,
    purpose: prev ? `vergelijking met ${prev.id}` : 'vergelijking',
  });
  return {
    ok: true,
    comparison: {
      round: { id: r.id, title: r.title },
      previous: prev ? { id: prev.id, title: prev.title } : null,
      groups: result.groups.map((g) => ({
        theme: g.theme,
        part: g.part,
        label: (g.part ? part.get(`${g.theme}/${g.part}`) : theme.get(g.theme)) ?? none,
        current: g.current,
        previous: g.previous,
      })),
      changed: result.changed.map((c) => ({
        questionKey: c.questionKey,
        question: text.get(c.questionKey) ?? none,
        theme: theme.get(c.theme) ?? none,
        part: part.get(`${c.theme}/${c.part}`) ?? none,
        previous: c.previous,
        current: c.current,
      })),
    },
  };
}
