import { amsterdamDate } from '../melding/calendar.js';

/**
 * Retention terms: how long each kind of record is kept after its last processing, and when a record has
 * expired. Pure rules; the deletion is in src/db/retention.ts and the job in src/app/privacy/.
 */
export const RETENTION_KINDS = [
  'melding_zonder_vervolg',
  'adviesvraag',
  'casus_afgesloten',
  'bijlage',
  'notulen',
  'sleutelfiguur_beeindigd',
  'deskundigheid_vertrokken',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export function isRetentionKind(v: unknown): v is RetentionKind {
  return typeof v === 'string' && (RETENTION_KINDS as readonly string[]).includes(v);
}

export interface RetentionDefault {
  readonly months: number;
  /** What the term is counted from. */
  readonly from: string;
  /** Where the default comes from and why; shown to the privacy officer and in ARCHITECTURE.md. */
  readonly source: string;
}

/**
 * The defaults. A municipality may set other terms (retention_rule), with a note saying why.
 *
 * - Cases: five years after the last processing, the term of the national model covenant for the
 *   person-centred approach (Modelconvenant Zorg- en Veiligheidshuizen / persoonsgerichte aanpak): personal
 *   data are kept no longer than needed, at most five years after the last processing.
 * - Signals that led nowhere and advice questions: one year. "Eén signaal is geen signaal": a signal that
 *   was weighed and closed without concerns must not become a lasting record about a person (GDPR art.
 *   5(1)(e), storage limitation). One year still lets a new signal within the year be seen together with
 *   the earlier one (the puzzle pieces of the Werkwijze), and matches the one-year term for police data of
 *   the daily police task (art. 8 lid 1 Wet politiegegevens), the partner that shares most of these signals.
 * - Attachments: one year after the signal was closed, also when the signal itself is kept longer (because
 *   it led to a case): what was seen is recorded as facts in the signal; the files (screenshots, letters)
 *   are the most identifying part and are not needed once the signal has been weighed.
 * - Minutes: five years after the meeting, like the cases they are about; and never while an item of the
 *   meeting still concerns a signal or case that is kept (the item goes with that record).
 * - Key figures (sleutelfiguren): one year after the agreement ended. The record exists for the agreement;
 *   once it has ended, a year is enough to wind it up (a last contact, the document), and then it goes
 *   with its contacts and its agreement document.
 * - Training records of people who left their target group (deskundigheid): one year after leaving. The
 *   record is personnel data kept for the coverage of the curriculum; once someone left, a year is enough for
 *   a question about a certificate or a return, and then it goes with its attendance and certificates.
 */
export const RETENTION_DEFAULTS: Readonly<Record<RetentionKind, RetentionDefault>> = {
  melding_zonder_vervolg: {
    months: 12,
    from: 'laatste_verwerking',
    source: 'AVG art. 5 lid 1 onder e; art. 8 lid 1 Wpg (één jaar); Werkwijze informatie delen',
  },
  adviesvraag: {
    months: 12,
    from: 'laatste_verwerking',
    source: 'AVG art. 5 lid 1 onder e (een advies zonder vervolg is na een jaar niet meer nodig)',
  },
  casus_afgesloten: {
    months: 60,
    from: 'laatste_verwerking',
    source: 'Modelconvenant persoonsgerichte aanpak: uiterlijk vijf jaar na de laatste verwerking',
  },
  bijlage: {
    months: 12,
    from: 'afsluiting_signaal',
    source:
      'AVG art. 5 lid 1 onder c en e: de feiten staan in het signaal, het bestand is dan niet meer nodig',
  },
  notulen: {
    months: 60,
    from: 'datum_overleg',
    source: 'Gelijk aan de casussen waarover besloten is (Modelconvenant persoonsgerichte aanpak)',
  },
  sleutelfiguur_beeindigd: {
    months: 12,
    from: 'einde_afspraak',
    source: 'AVG art. 5 lid 1 onder c en e: na het einde van de afspraak is het gegeven niet meer nodig',
  },
  deskundigheid_vertrokken: {
    months: 12,
    from: 'vertrek',
    source:
      'AVG art. 5 lid 1 onder c en e: na vertrek uit de doelgroep telt de persoon niet meer mee voor de dekking',
  },
};

export const MIN_TERM_MONTHS = 1;
export const MAX_TERM_MONTHS = 240;

/** A term as it applies to one municipality: its own rule or the default. */
export interface EffectiveRule {
  readonly kind: RetentionKind;
  readonly months: number;
  readonly isDefault: boolean;
}

export function effectiveRules(
  own: ReadonlyArray<{ kind: RetentionKind; months: number }>,
): Record<RetentionKind, EffectiveRule> {
  const out = {} as Record<RetentionKind, EffectiveRule>;
  for (const kind of RETENTION_KINDS) {
    const o = own.find((r) => r.kind === kind);
    out[kind] = o
      ? { kind, months: o.months, isDefault: false }
      : { kind, months: RETENTION_DEFAULTS[kind].months, isDefault: true };
  }
  return out;
}

/** The instant `months` calendar months before `now` (the day clamped to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  return addMonths(now, -months);
}

export function addMonths(at: Date, months: number): Date {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** A record whose last processing was at `last` expires `months` later; it goes once that moment passed. */
export function expiresAt(last: Date, months: number): Date {
  return addMonths(last, months);
}

export function hasExpired(last: Date, months: number, now: Date): boolean {
  return expiresAt(last, months).getTime() <= now.getTime();
}

/** What is written in the tombstone's purpose: which rule, with its term ("bewaartermijn:casus_afgesloten:60m"). */
export function ruleLabel(rule: EffectiveRule): string {
  return `bewaartermijn:${rule.kind}:${rule.months}m${rule.isDefault ? '' : ':gemeente'}`;
}

export interface Hold {
  readonly endsOn: string;
  readonly liftedAt: Date | null;
}

/** A hold pauses deletion up to and including its end date (Amsterdam), unless lifted earlier. */
export function holdIsActive(h: Hold, now: Date): boolean {
  return h.liftedAt === null && h.endsOn >= amsterdamDate(now);
}

export interface HoldInput {
  readonly reason: string;
  readonly endsOn: string;
}

export interface FieldIssue {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

/** A hold needs a reason in words and an end date in the future, at most ten years ahead. */
export function checkHold(input: HoldInput, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.reason.trim().length < 5) {
    issues.push({
      field: 'reason',
      nl: 'Geef de reden van de bewaarplicht (minstens 5 tekens).',
      en: 'Give the reason for the legal hold (at least 5 characters).',
    });
  }
  const today = amsterdamDate(now);
  const max = amsterdamDate(addMonths(now, 120));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.endsOn) || input.endsOn < today || input.endsOn > max) {
    issues.push({
      field: 'endsOn',
      nl: 'Kies een einddatum vanaf vandaag en binnen tien jaar.',
      en: 'Choose an end date from today and within ten years.',
    });
  }
  return issues;
}

export function checkTerm(months: number): FieldIssue[] {
  return Number.isInteger(months) && months >= MIN_TERM_MONTHS && months <= MAX_TERM_MONTHS
    ? []
    : [
        {
          field: 'termMonths',
          nl: `Een bewaartermijn is ${MIN_TERM_MONTHS} tot ${MAX_TERM_MONTHS} maanden.`,
          en: `A retention term is ${MIN_TERM_MONTHS} to ${MAX_TERM_MONTHS} months.`,
        },
      ];
}

/** The look-ahead choices of the dry run, in days: now, and what runs out in the next month or quarter. */
export const LOOKAHEAD_DAYS = [0, 30, 90] as const;
export const MAX_LOOKAHEAD_DAYS = 366;

/** The moment a dry run looks at: `days` days after now (0: now). */
export function lookAheadTo(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000);
}
