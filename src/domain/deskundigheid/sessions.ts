import { randomBytes } from 'node:crypto';
import { type CellMark, cellId, frequencyTable, protectReport } from '../analyse/disclosure.js';
import type { FieldIssue } from '../overleg/types.js';
import {
  REACTION_USEFUL,
  type ReactionUseful,
  SESSION_LIMITS,
  SESSION_STATUSES,
  type SessionStatus,
} from './curriculum.js';

/**
 * The rules of a training session: a session held cannot lie in the future, a joint session names the
 * organisations that joined, and the anonymous reaction form is reached by an unguessable token while its
 * window is open. Pure: no I/O (of Node only `node:crypto` for the token).
 */

/** The longest a reaction form stays open after the session. */
export const REACTION_MAX_DAYS = 90;
/** The window when the organiser does not choose one. */
export const REACTION_DEFAULT_DAYS = 30;
/** The most organisations one session can name. */
export const MAX_SESSION_ORGANISATIONS = 50;

export interface SessionInput {
  readonly heldOn: string;
  readonly status: string;
  readonly location: string;
  readonly notes: string;
  readonly organisationIds: readonly string[];
}

function isSessionStatus(v: string): v is SessionStatus {
  return (SESSION_STATUSES as readonly string[]).includes(v);
}

/** Whether `yyyy-mm-dd` is a real day. */
export function isRealDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

/** `yyyy-mm-dd` plus `days`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The field errors of a session's fields, in Dutch and English; `today` is the municipality's date. */
export function checkSession(input: SessionInput, today: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!isRealDate(input.heldOn)) {
    errors.push({ field: 'heldOn', nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' });
  } else if (input.status === 'gehouden' && input.heldOn > today) {
    errors.push(heldInFuture('heldOn'));
  }
  if (!isSessionStatus(input.status)) {
    errors.push({
      field: 'status',
      nl: 'Kies de status van de sessie.',
      en: 'Choose the status of the session.',
    });
  }
  if (input.location.length > SESSION_LIMITS.location) {
    errors.push({
      field: 'location',
      nl: `Gebruik hoogstens ${SESSION_LIMITS.location} tekens.`,
      en: `Use at most ${SESSION_LIMITS.location} characters.`,
    });
  }
  if (input.notes.length > SESSION_LIMITS.notes) {
    errors.push({
      field: 'notes',
      nl: `Gebruik hoogstens ${SESSION_LIMITS.notes} tekens.`,
      en: `Use at most ${SESSION_LIMITS.notes} characters.`,
    });
  }
  if (input.organisationIds.length === 0) {
    errors.push({
      field: 'organisationIds',
      nl: 'Kies ten minste één organisatie die meedeed.',
      en: 'Choose at least one organisation that took part.',
    });
  } else if (new Set(input.organisationIds).size > MAX_SESSION_ORGANISATIONS) {
    errors.push({
      field: 'organisationIds',
      nl: `Kies hoogstens ${MAX_SESSION_ORGANISATIONS} organisaties.`,
      en: `Choose at most ${MAX_SESSION_ORGANISATIONS} organisations.`,
    });
  }
  return errors;
}

/** The message for a session recorded as held on a day still to come. */
export function heldInFuture(field: string): FieldIssue {
  return {
    field,
    nl: 'Een gehouden sessie kan niet in de toekomst liggen. Kies de status gepland of een datum tot en met vandaag.',
    en: 'A session that was held cannot lie in the future. Choose the status planned or a date up to today.',
  };
}

/** A new reaction token: 32 random bytes in base64url (43 characters), as the schema's check allows. */
export function newReactionToken(random: (n: number) => Uint8Array = randomBytes): string {
  return Buffer.from(random(32)).toString('base64url');
}

export const REACTION_TOKEN_PATTERN = '^[A-Za-z0-9_-]{32,64}$';

/** The field error of a reaction window, or null: it closes on or after the session and within 90 days. */
export function checkReactionWindow(
  session: { readonly heldOn: string; readonly status: string },
  openUntil: string,
  today: string,
): FieldIssue | null {
  if (session.status !== 'gehouden') {
    return {
      field: 'openUntil',
      nl: 'Het reactieformulier kan alleen open voor een gehouden sessie.',
      en: 'The reaction form can only be opened for a session that was held.',
    };
  }
  if (!isRealDate(openUntil)) {
    return { field: 'openUntil', nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' };
  }
  if (openUntil < today || openUntil < session.heldOn) {
    return {
      field: 'openUntil',
      nl: 'Kies een sluitingsdatum vanaf vandaag.',
      en: 'Choose a closing date from today.',
    };
  }
  if (openUntil > addDays(session.heldOn, REACTION_MAX_DAYS)) {
    return {
      field: 'openUntil',
      nl: `Het formulier blijft hoogstens ${REACTION_MAX_DAYS} dagen na de sessie open.`,
      en: `The form stays open at most ${REACTION_MAX_DAYS} days after the session.`,
    };
  }
  return null;
}

/** Whether the reaction form of a session takes reactions today. */
export function reactionOpen(
  session: {
    readonly status: string;
    readonly heldOn: string;
    readonly reactionToken: string | null;
    readonly reactionOpenUntil: string | null;
  },
  today: string,
): boolean {
  return (
    session.status === 'gehouden' &&
    session.reactionToken !== null &&
    session.reactionOpenUntil !== null &&
    session.heldOn <= today &&
    today <= session.reactionOpenUntil
  );
}

export function isReactionUseful(v: unknown): v is ReactionUseful {
  return typeof v === 'string' && (REACTION_USEFUL as readonly string[]).includes(v);
}

export interface ReactionFigures {
  /** Per answer, through the disclosure control: a count, or suppressed. */
  readonly useful: Readonly<Record<ReactionUseful, CellMark>>;
  readonly total: CellMark;
  /** Whether there are enough reactions (k or more) to show what participants missed. */
  readonly showTexts: boolean;
  readonly k: number;
}

/**
 * The reaction counts of one session as the organisers may see them: the answers as a frequency table with
 * its total, protected by the disclosure control (`protectReport`, threshold k); a small count is never shown,
 * nor one that the total and the other answers would give back. What was missed (free text) is shown only
 * from k reactions on.
 */
export function reactionFigures(
  counts: Readonly<Record<ReactionUseful, number>>,
  k: number,
): ReactionFigures {
  const model = frequencyTable([{ name: 'nuttig', values: [...REACTION_USEFUL] }], (c) => ({
    persons: counts[c.nuttig as ReactionUseful] ?? 0,
  }));
  const report = protectReport(model, k);
  const mark = (id: string): CellMark => report.marks.get(id) ?? { suppressed: 'primary' };
  const total = REACTION_USEFUL.reduce((s, u) => s + (counts[u] ?? 0), 0);
  return {
    useful: {
      ja: mark(cellId({ nuttig: 'ja' })),
      deels: mark(cellId({ nuttig: 'deels' })),
      nee: mark(cellId({ nuttig: 'nee' })),
    },
    total: mark(cellId({})),
    showTexts: total >= k,
    k,
  };
}
