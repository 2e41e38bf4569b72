import { addDays } from '../melding/calendar.js';
import type { FieldIssue } from '../overleg/types.js';
import { addMonths } from './review.js';
import { CASE_LIMITS, type CaseSituation, type ChecklistItemStatus } from './types.js';

/**
 * The situation checklists of the VNG/NGB factsheet (seed 003, chapters 2 and 3). Each is created when the
 * situation of a case changes to the situation it belongs to; some items run on time from a date in the case.
 */
export const CHECKLIST_KINDS = ['dreigende_uitreis', 'uitgereisd', 'terugkeerder', 'overleden'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** The dates in a case an item can run from. */
export type CaseDateAnchor = 'departedOn' | 'returnedOn' | 'deceasedOn' | 'situationSince';
export type CaseDates = Readonly<Record<CaseDateAnchor, string | null>>;

export interface DueRule {
  readonly anchor: CaseDateAnchor;
  readonly months?: number;
  readonly days?: number;
}

export interface ChecklistItemTemplate {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly due?: DueRule;
}

export interface ChecklistTemplate {
  readonly kind: ChecklistKind;
  readonly situation: CaseSituation;
  readonly nl: string;
  readonly en: string;
  readonly items: readonly ChecklistItemTemplate[];
}

export const CHECKLISTS: readonly ChecklistTemplate[] = [
  {
    kind: 'dreigende_uitreis',
    situation: 'potentiele_uitreiziger',
    nl: 'Dreigende uitreis',
    en: 'Imminent departure',
    items: [
      {
        code: 'casusoverleg_ingericht',
        nl: 'Is er een multidisciplinair casusoverleg ingericht?',
        en: 'Has a multidisciplinary case meeting been set up?',
      },
      {
        code: 'afspraken_rollen',
        nl: 'Zijn er in dit overleg duidelijke afspraken gemaakt over rollen en taken en over harde en zachte interventies? Is een eventueel ambtsbericht van de AIVD besproken en zo ja, is de NCTV geconsulteerd?',
        en: 'Have clear agreements been made on roles and tasks and on hard and soft interventions? Has any AIVD official message been discussed and, if so, has the NCTV been consulted?',
      },
      {
        code: 'paspoortmaatregel',
        nl: 'Kan uitreis worden voorkomen met een paspoortmaatregel (art. 23 Paspoortwet)? Zo ja, consulteer de NCTV voor het stappenplan.',
        en: 'Can departure be prevented by a passport measure (art. 23 Passport Act)? If so, consult the NCTV for the step-by-step plan.',
      },
      {
        code: 'raad_kinderbescherming',
        nl: 'Is de Raad voor de Kinderbescherming ingeschakeld, als er minderjarigen betrokken zijn?',
        en: 'Has the Child Protection Board been involved, if minors are concerned?',
      },
    ],
  },
  {
    kind: 'uitgereisd',
    situation: 'uitgereisd',
    nl: 'Uitgereisd',
    en: 'Departed',
    items: [
      {
        code: 'aangifte_vermissing',
        nl: 'Is er aangifte gedaan van vermissing?',
        en: 'Has the person been reported missing?',
      },
      {
        code: 'paspoort_gesignaleerd',
        nl: 'Staat het paspoort gesignaleerd, zodat men aan de grens kan worden tegengehouden of bij terugkeer kan worden opgemerkt?',
        en: 'Has the passport been flagged, so the person can be stopped at the border or noticed on return?',
      },
      {
        code: 'woordvoeringslijn',
        nl: 'Is binnen de lokale driehoek een woordvoeringslijn opgesteld?',
        en: 'Has the local triangle set a line for spokespeople?',
      },
      {
        code: 'netwerkanalyse',
        nl: 'Is binnen het multidisciplinair casusoverleg een netwerkanalyse gemaakt?',
        en: 'Has a network analysis been made in the multidisciplinary case meeting?',
      },
      {
        code: 'ondersteuning_achterblijvers',
        nl: 'Zijn er afspraken gemaakt over wie op welke manier de achterblijvers ondersteunt?',
        en: 'Has it been agreed who supports the family left behind, and how?',
      },
      {
        code: 'uitschrijving_brp',
        nl: 'Is de persoon of het gezin na een periode van 3 maanden uitgeschreven uit de BRP?',
        en: 'Has the person or the family been deregistered from the BRP after a period of 3 months?',
        due: { anchor: 'departedOn', months: 3 },
      },
      {
        code: 'toeslagen_uitkeringen',
        nl: 'Zijn eventuele toeslagen en uitkeringen stopgezet?',
        en: 'Have any allowances and benefits been stopped?',
      },
      {
        code: 'plan_terugkeer',
        nl: 'Is binnen het multidisciplinair casusoverleg een plan van aanpak gemaakt voor een eventuele terugkeer?',
        en: 'Has the multidisciplinary case meeting made a plan for a possible return?',
      },
    ],
  },
  {
    kind: 'terugkeerder',
    situation: 'terugkeerder',
    nl: 'Terugkeerder',
    en: 'Returnee',
    items: [
      {
        code: 'strafrechtelijke_vervolging',
        nl: 'Is strafrechtelijke vervolging aan de orde?',
        en: 'Is criminal prosecution at issue?',
      },
      {
        code: 'plan_van_aanpak',
        nl: 'Is binnen het multidisciplinair casusoverleg een plan van aanpak opgesteld? Is een eventueel ambtsbericht van de AIVD besproken en zo ja, is de NCTV geconsulteerd?',
        en: 'Has the multidisciplinary case meeting drawn up a plan? Has any AIVD official message been discussed and, if so, has the NCTV been consulted?',
      },
    ],
  },
  {
    kind: 'overleden',
    situation: 'overleden',
    nl: 'Overleden',
    en: 'Deceased',
    items: [
      {
        code: 'familie_op_de_hoogte',
        nl: 'Is de familie op de hoogte (gebracht) van het overlijden?',
        en: 'Has the family been informed of the death?',
      },
      {
        code: 'ondersteuning_nabestaanden',
        nl: 'Zijn er afspraken gemaakt over wie op welke manier de nabestaanden ondersteunt?',
        en: 'Has it been agreed who supports the bereaved, and how?',
      },
      {
        code: 'doodverklaring',
        nl: 'Zijn de nabestaanden geïnformeerd hoe zij een civielrechtelijke procedure voor een doodverklaring kunnen starten?',
        en: 'Have the bereaved been told how to start civil proceedings for a declaration of death?',
      },
      {
        code: 'uitschrijving_brp_definitief',
        nl: 'Is de persoon definitief uitgeschreven uit de BRP?',
        en: 'Has the person been definitively deregistered from the BRP?',
      },
    ],
  },
];

/** The checklist a new situation brings, if any. */
export function checklistFor(situation: CaseSituation): ChecklistTemplate | null {
  return CHECKLISTS.find((c) => c.situation === situation) ?? null;
}

/** When an item is due, or null when it has no rule or the date it runs from is not (yet) known. */
export function dueOn(rule: DueRule | undefined, dates: CaseDates): string | null {
  if (!rule) return null;
  const from = dates[rule.anchor];
  if (!from) return null;
  return addDays(addMonths(from, rule.months ?? 0), rule.days ?? 0);
}

export function isItemOverdue(status: ChecklistItemStatus, due: string | null, today: string): boolean {
  return status === 'open' && due !== null && due < today;
}

/** Marking an item: "not applicable" needs a note saying why. */
export function checkItemUpdate(status: ChecklistItemStatus, note: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (status === 'niet_van_toepassing' && note.trim().length === 0) {
    errors.push({
      field: 'note',
      nl: 'Licht toe waarom dit punt niet van toepassing is.',
      en: 'Explain why this item does not apply.',
    });
  }
  if (note.length > CASE_LIMITS.note) {
    errors.push({
      field: 'note',
      nl: `De toelichting is te lang (hooguit ${CASE_LIMITS.note} tekens).`,
      en: `The note is too long (at most ${CASE_LIMITS.note} characters).`,
    });
  }
  return errors;
}
