import { isValidDate } from '../melding/calendar.js';
import type { FieldIssue } from '../overleg/types.js';
import { findPart, isTemplateId, type TemplateId } from './templates.js';

/**
 * The rules of a self-assessment round: answers (ja / deels / nee / n.v.t.) with an explanation and evidence,
 * the municipality's own questions, who took part, closing, and the comparison with the previous round. The
 * comparison counts answers per kind and lists what changed; it never weighs them into a score or ranks anyone.
 */

export const ANSWER_KINDS = ['ja', 'deels', 'nee', 'nvt'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const ANSWER_LABELS: Readonly<Record<AnswerKind, { nl: string; en: string }>> = {
  ja: { nl: 'Ja', en: 'Yes' },
  deels: { nl: 'Deels', en: 'Partly' },
  nee: { nl: 'Nee', en: 'No' },
  nvt: { nl: 'N.v.t.', en: 'N/a' },
};

export const ROUND_STATUSES = ['open', 'gesloten'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const HINT_VERDICTS = ['bevestigd', 'gecorrigeerd'] as const;
export type HintVerdict = (typeof HINT_VERDICTS)[number];

export const ZELFSCAN_LIMITS = {
  title: 200,
  explanation: 4000,
  url: 2000,
  questionText: 500,
  participants: 30,
  participantName: 120,
  participantFunction: 120,
  note: 2000,
  summary: 4000,
} as const;

/** A gap: what a municipality answered it does not (fully) have. Becomes an action when someone says so. */
export function isGap(kind: AnswerKind): boolean {
  return kind === 'deels' || kind === 'nee';
}

export function isAnswerKind(v: unknown): v is AnswerKind {
  return typeof v === 'string' && (ANSWER_KINDS as readonly string[]).includes(v);
}

const trimmed = (s: string | null | undefined) => (s ?? '').trim();

/** A link as evidence: https only, one address, no credentials in it. */
export function isEvidenceUrl(s: string): boolean {
  if (s.length > ZELFSCAN_LIMITS.url || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.length > 0 && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export interface AnswerDraft {
  readonly answer?: string | null | undefined;
  readonly explanation?: string | null | undefined;
  readonly evidenceUrl?: string | null | undefined;
}

/** Checks an answer: a kind, and an explanation for anything but a plain "ja"; evidence as an https link. */
export function validateAnswer(d: AnswerDraft): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!isAnswerKind(d.answer)) {
    errors.push({
      field: 'answer',
      nl: 'Kies ja, deels, nee of n.v.t.',
      en: 'Choose yes, partly, no or n/a.',
    });
  }
  const explanation = trimmed(d.explanation);
  if (explanation.length > ZELFSCAN_LIMITS.explanation) {
    errors.push({
      field: 'explanation',
      nl: `De toelichting is langer dan ${ZELFSCAN_LIMITS.explanation} tekens.`,
      en: `The explanation is longer than ${ZELFSCAN_LIMITS.explanation} characters.`,
    });
  } else if (isAnswerKind(d.answer) && d.answer !== 'ja' && explanation === '') {
    errors.push({
      field: 'explanation',
      nl: 'Licht toe wat er nog ontbreekt, of waarom de vraag niet van toepassing is.',
      en: 'Explain what is still missing, or why the question does not apply.',
    });
  }
  const url = trimmed(d.evidenceUrl);
  if (url !== '' && !isEvidenceUrl(url)) {
    errors.push({
      field: 'evidenceUrl',
      nl: 'Vul een volledige link in die met https:// begint.',
      en: 'Enter a full link that starts with https://.',
    });
  }
  return errors;
}

export interface Participant {
  readonly name: string;
  readonly function: string;
}

export interface RoundDraft {
  readonly template?: string | null | undefined;
  readonly title?: string | null | undefined;
  readonly startsOn?: string | null | undefined;
  readonly participants?: readonly Participant[] | null | undefined;
}

/** Checks a round: a template, a title, the day it started and who took part (names and functions). */
export function validateRound(d: RoundDraft): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!isTemplateId(d.template)) {
    errors.push({ field: 'template', nl: 'Kies een vragenlijst.', en: 'Choose a questionnaire.' });
  }
  const title = trimmed(d.title);
  if (title === '') {
    errors.push({ field: 'title', nl: 'Geef de ronde een titel.', en: 'Give the round a title.' });
  } else if (title.length > ZELFSCAN_LIMITS.title) {
    errors.push({
      field: 'title',
      nl: `De titel is langer dan ${ZELFSCAN_LIMITS.title} tekens.`,
      en: `The title is longer than ${ZELFSCAN_LIMITS.title} characters.`,
    });
  }
  if (!d.startsOn || !isValidDate(d.startsOn)) {
    errors.push({
      field: 'startsOn',
      nl: 'Vul de datum in waarop de ronde begon, als dag-maand-jaar.',
      en: 'Enter the date the round started, as a day.',
    });
  }
  const list = d.participants ?? [];
  if (list.length > ZELFSCAN_LIMITS.participants) {
    errors.push({
      field: 'participants',
      nl: `Noem hoogstens ${ZELFSCAN_LIMITS.participants} deelnemers.`,
      en: `Name at most ${ZELFSCAN_LIMITS.participants} participants.`,
    });
  }
  list.forEach((p, i) => {
    const name = trimmed(p.name);
    if (name === '' || name.length > ZELFSCAN_LIMITS.participantName) {
      errors.push({
        field: `participants.${i}.name`,
        nl: `Vul de naam van deelnemer ${i + 1} in (hoogstens ${ZELFSCAN_LIMITS.participantName} tekens).`,
        en: `Enter the name of participant ${i + 1} (at most ${ZELFSCAN_LIMITS.participantName} characters).`,
      });
    }
    if (trimmed(p.function).length > ZELFSCAN_LIMITS.participantFunction) {
      errors.push({
        field: `participants.${i}.function`,
        nl: `De functie van deelnemer ${i + 1} is te lang.`,
        en: `The function of participant ${i + 1} is too long.`,
      });
    }
  });
  return errors;
}

export interface OwnQuestionDraft {
  readonly template: TemplateId;
  readonly theme?: string | null | undefined;
  readonly part?: string | null | undefined;
  readonly textNl?: string | null | undefined;
  readonly textEn?: string | null | undefined;
}

/** Checks a municipality's own question: it belongs to a part of the template and is written in Dutch. */
export function validateOwnQuestion(d: OwnQuestionDraft): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!d.theme || !d.part || !findPart(d.template, d.theme, d.part)) {
    errors.push({
      field: 'part',
      nl: 'Kies het onderdeel waar de vraag bij hoort.',
      en: 'Choose the part the question belongs to.',
    });
  }
  const nl = trimmed(d.textNl);
  if (nl === '') {
    errors.push({
      field: 'textNl',
      nl: 'Schrijf de vraag in het Nederlands.',
      en: 'Write the question in Dutch.',
    });
  } else if (nl.length > ZELFSCAN_LIMITS.questionText) {
    errors.push({
      field: 'textNl',
      nl: `De vraag is langer dan ${ZELFSCAN_LIMITS.questionText} tekens.`,
      en: `The question is longer than ${ZELFSCAN_LIMITS.questionText} characters.`,
    });
  }
  if (trimmed(d.textEn).length > ZELFSCAN_LIMITS.questionText) {
    errors.push({
      field: 'textEn',
      nl: `De Engelse vraag is langer dan ${ZELFSCAN_LIMITS.questionText} tekens.`,
      en: `The English question is longer than ${ZELFSCAN_LIMITS.questionText} characters.`,
    });
  }
  return errors;
}

/** Checks a person's verdict on an evidence hint: a correction says what is not right. */
export function validateHintReview(d: { verdict?: string | null; note?: string | null }): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!d.verdict || !(HINT_VERDICTS as readonly string[]).includes(d.verdict)) {
    errors.push({
      field: 'verdict',
      nl: 'Kies of de gegevens kloppen of dat u ze corrigeert.',
      en: 'Choose whether the facts are right or you correct them.',
    });
  }
  const note = trimmed(d.note);
  if (note.length > ZELFSCAN_LIMITS.note) {
    errors.push({
      field: 'note',
      nl: `De notitie is langer dan ${ZELFSCAN_LIMITS.note} tekens.`,
      en: `The note is longer than ${ZELFSCAN_LIMITS.note} characters.`,
    });
  } else if (d.verdict === 'gecorrigeerd' && note === '') {
    errors.push({
      field: 'note',
      nl: 'Schrijf op wat er niet klopt aan deze gegevens.',
      en: 'Write down what is not right about these facts.',
    });
  }
  return errors;
}

/** A question as a round asks it (built-in or the municipality's own), with where it stands. */
export interface RoundQuestion {
  readonly key: string;
  readonly theme: string;
  readonly part: string;
}

export interface GivenAnswer {
  readonly questionKey: string;
  readonly answer: AnswerKind;
}

/** The questions a round may not close without: every question asked that has no answer yet. */
export function unanswered(questions: readonly RoundQuestion[], answers: readonly GivenAnswer[]): string[] {
  const given = new Set(answers.map((a) => a.questionKey));
  return questions.filter((q) => !given.has(q.key)).map((q) => q.key);
}

export type AnswerCounts = Record<AnswerKind | 'open', number>;

const emptyCounts = (): AnswerCounts => ({ ja: 0, deels: 0, nee: 0, nvt: 0, open: 0 });

export interface GroupCounts {
  readonly theme: string;
  /** Null for the theme as a whole. */
  readonly part: string | null;
  readonly current: AnswerCounts;
  /** Null when there is no previous round. */
  readonly previous: AnswerCounts | null;
}

export interface ChangedAnswer {
  readonly questionKey: string;
  readonly theme: string;
  readonly part: string;
  /** Null: not answered (or not asked) in that round. */
  readonly previous: AnswerKind | null;
  readonly current: AnswerKind | null;
}

export interface Comparison {
  readonly groups: GroupCounts[];
  readonly changed: ChangedAnswer[];
}

function tally(questions: readonly RoundQuestion[], answers: ReadonlyMap<string, AnswerKind>) {
  const out = new Map<string, AnswerCounts>();
  const bump = (key: string, kind: AnswerKind | 'open') => {
    const c = out.get(key) ?? emptyCounts();
    c[kind] += 1;
    out.set(key, c);
  };
  for (const q of questions) {
    const kind = answers.get(q.key) ?? 'open';
    bump(q.theme, kind);
    bump(`${q.theme}/${q.part}`, kind);
  }
  return out;
}

/**
 * This round against the previous one, per theme and per part: how many answers of each kind (and how many
 * open), and every question whose answer differs. Only counts and the answers themselves: no score.
 */
export function compareRounds(
  current: { questions: readonly RoundQuestion[]; answers: readonly GivenAnswer[] },
  previous: { questions: readonly RoundQuestion[]; answers: readonly GivenAnswer[] } | null,
): Comparison {
  const now = new Map(current.answers.map((a) => [a.questionKey, a.answer]));
  const before = previous ? new Map(previous.answers.map((a) => [a.questionKey, a.answer])) : null;
  const nowTally = tally(current.questions, now);
  const beforeTally = previous && before ? tally(previous.questions, before) : null;
  const groups: GroupCounts[] = [];
  const seen = new Set<string>();
  for (const q of current.questions) {
    for (const [key, part] of [
      [q.theme, null],
      [`${q.theme}/${q.part}`, q.part],
    ] as const) {
      if (seen.has(key)) continue;
      seen.add(key);
      groups.push({
        theme: q.theme,
        part,
        current: nowTally.get(key) ?? emptyCounts(),
        previous: beforeTally ? (beforeTally.get(key) ?? emptyCounts()) : null,
      });
    }
  }
  const changed: ChangedAnswer[] = [];
  if (before) {
    for (const q of current.questions) {
      const was = before.get(q.key) ?? null;
      const is = now.get(q.key) ?? null;
      if (was !== is) {
        changed.push({ questionKey: q.key, theme: q.theme, part: q.part, previous: was, current: is });
      }
    }
  }
  return { groups, changed };
}

/** Per theme: how many questions were answered and how many ja, deels and nee (the region's overview). */
export function progressPerTheme(
  questions: readonly RoundQuestion[],
  answers: readonly GivenAnswer[],
): Array<{ theme: string; questions: number; answered: number; ja: number; deels: number; nee: number }> {
  const counts = compareRounds({ questions, answers }, null).groups.filter((g) => g.part === null);
  return counts.map((g) => ({
    theme: g.theme,
    questions: g.current.ja + g.current.deels + g.current.nee + g.current.nvt + g.current.open,
    answered: g.current.ja + g.current.deels + g.current.nee + g.current.nvt,
    ja: g.current.ja,
    deels: g.current.deels,
    nee: g.current.nee,
  }));
}
