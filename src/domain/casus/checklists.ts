import { addDays } from '../melding/calendar.js';
import type { FieldIssue } from '../overleg/types.js';
import { addMonths } from './review.js';
import { CASE_LIMITS, type CaseSituation, type ChecklistItemStatus } from './types.js';

/**
 * The situation checklists of the VNG/NGB factsheet (seed 003, chapters 2 and 3). Each is created when the
 * situation of a case changes to the situation it belongs to. Every item has a default term from the date of
 * the situation (what cannot wait, such as the missing-person report and the passport flag, on the day
 * itself; the BRP deregistration after three months); a municipality changes them in its checklist templates.
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

/** A condition on which an item depends: 'minderjarigen' when minors are concerned. */
export type ItemCondition = 'minderjarigen';

export interface ChecklistItemTemplate {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly due?: DueRule;
  readonly condition?: ItemCondition;
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
        due: { anchor: 'situationSince', days: 7 },
      },
      {
        code: 'afspraken_rollen',
        nl: 'Zijn er in dit overleg duidelijke afspraken gemaakt over rollen en taken en over harde en zachte interventies? Is een eventueel ambtsbericht van de AIVD besproken en zo ja, is de NCTV geconsulteerd?',
        en: 'Have clear agreements been made on roles and tasks and on hard and soft interventions? Has any AIVD official message been discussed and, if so, has the NCTV been consulted?',
        due: { anchor: 'situationSince', days: 14 },
      },
      {
        code: 'paspoortmaatregel',
        nl: 'Kan uitreis worden voorkomen met een paspoortmaatregel (art. 23 Paspoortwet)? Zo ja, consulteer de NCTV voor het stappenplan.',
        en: 'Can departure be prevented by a passport measure (art. 23 Passport Act)? If so, consult the NCTV for the step-by-step plan.',
        due: { anchor: 'situationSince', days: 2 },
      },
      {
        code: 'raad_kinderbescherming',
        nl: 'Is de Raad voor de Kinderbescherming ingeschakeld, als er minderjarigen betrokken zijn?',
        en: 'Has the Child Protection Board been involved, if minors are concerned?',
        due: { anchor: 'situationSince', days: 7 },
        condition: 'minderjarigen',
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
        due: { anchor: 'departedOn', days: 0 },
      },
      {
        code: 'paspoort_gesignaleerd',
        nl: 'Staat het paspoort gesignaleerd, zodat men aan de grens kan worden tegengehouden of bij terugkeer kan worden opgemerkt?',
        en: 'Has the passport been flagged, so the person can be stopped at the border or noticed on return?',
        due: { anchor: 'departedOn', days: 0 },
      },
      {
        code: 'woordvoeringslijn',
        nl: 'Is binnen de lokale driehoek een woordvoeringslijn opgesteld?',
        en: 'Has the local triangle set a line for spokespeople?',
        due: { anchor: 'departedOn', days: 3 },
      },
      {
        code: 'netwerkanalyse',
        nl: 'Is binnen het multidisciplinair casusoverleg een netwerkanalyse gemaakt?',
        en: 'Has a network analysis been made in the multidisciplinary case meeting?',
        due: { anchor: 'departedOn', days: 14 },
      },
      {
        code: 'ondersteuning_achterblijvers',
        nl: 'Zijn er afspraken gemaakt over wie op welke manier de achterblijvers ondersteunt?',
        en: 'Has it been agreed who supports the family left behind, and how?',
        due: { anchor: 'departedOn', days: 7 },
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
        due: { anchor: 'departedOn', months: 1 },
      },
      {
        code: 'plan_terugkeer',
        nl: 'Is binnen het multidisciplinair casusoverleg een plan van aanpak gemaakt voor een eventuele terugkeer?',
        en: 'Has the multidisciplinary case meeting made a plan for a possible return?',
        due: { anchor: 'departedOn', months: 1 },
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
        due: { anchor: 'returnedOn', days: 2 },
      },
      {
        code: 'plan_van_aanpak',
        nl: 'Is binnen het multidisciplinair casusoverleg een plan van aanpak opgesteld? Is een eventueel ambtsbericht van de AIVD besproken en zo ja, is de NCTV geconsulteerd?',
        en: 'Has the multidisciplinary case meeting drawn up a plan? Has any AIVD official message been discussed and, if so, has the NCTV been consulted?',
        due: { anchor: 'returnedOn', days: 14 },
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
        due: { anchor: 'deceasedOn', days: 0 },
      },
      {
        code: 'ondersteuning_nabestaanden',
        nl: 'Zijn er afspraken gemaakt over wie op welke manier de nabestaanden ondersteunt?',
        en: 'Has it been agreed who supports the bereaved, and how?',
        due: { anchor: 'deceasedOn', days: 7 },
      },
      {
        code: 'doodverklaring',
        nl: 'Zijn de nabestaanden geïnformeerd hoe zij een civielrechtelijke procedure voor een doodverklaring kunnen starten?',
        en: 'Have the bereaved been told how to start civil proceedings for a declaration of death?',
        due: { anchor: 'deceasedOn', months: 1 },
      },
      {
        code: 'uitschrijving_brp_definitief',
        nl: 'Is de persoon definitief uitgeschreven uit de BRP?',
        en: 'Has the person been definitively deregistered from the BRP?',
        due: { anchor: 'deceasedOn', months: 3 },
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

/** Marking an item: "not applicable" needs a note saying why, and is refused for a required item. */
export function checkItemUpdate(
  status: ChecklistItemStatus,
  note: string,
  required: { readonly nl: string; readonly en: string } | null = null,
): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (status === 'niet_van_toepassing' && required) {
    errors.push({
      field: 'status',
      nl: `Dit punt kan niet als niet van toepassing worden afgevinkt. ${required.nl}`,
      en: `This item cannot be marked as not applicable. ${required.en}`,
    });
  }
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

/** Someone whose age matters for an item: the person of the case, or a sibling or child in the network. */
export interface AgeFacts {
  readonly name: string;
  readonly birthDate: string | null;
  readonly who: 'persoon' | 'broer_zus' | 'kind';
}

/** How an item with a condition starts in a new checklist, and why. */
export interface ItemStart {
  readonly status: ChecklistItemStatus;
  readonly note: string;
  /** Required: it cannot be marked "not applicable". */
  readonly required: boolean;
  readonly reason: { readonly nl: string; readonly en: string } | null;
}

const OPEN: ItemStart = { status: 'open', note: '', required: false, reason: null };

/** Under 18 on the date (born 18 years or less before it). */
export function isMinorOn(birthDate: string, on: string): boolean {
  return addMonths(birthDate, 18 * 12) > on;
}

function names(list: readonly AgeFacts[]): string {
  return list.map((p) => `${p.name} (${p.birthDate})`).join(', ');
}

/**
 * How an item starts, given its condition and the persons concerned on the date of the situation. For
 * 'minderjarigen': required when the person or a sibling or child in the netwerkanalyse is a minor on that
 * date; offered as not applicable (with why, to be reopened) when every one of them is known to be of age;
 * left open when the person's birth date is not known.
 */
export function itemStart(
  condition: ItemCondition | undefined,
  on: string,
  people: readonly AgeFacts[],
): ItemStart {
  if (condition !== 'minderjarigen') return OPEN;
  const minors = people.filter((p) => p.birthDate !== null && isMinorOn(p.birthDate, on));
  if (minors.length > 0) {
    return {
      status: 'open',
      note: '',
      required: true,
      reason: {
        nl: `Vereist: minderjarig op ${on}: ${names(minors)}.`,
        en: `Required: a minor on ${on}: ${names(minors)}.`,
      },
    };
  }
  const person = people.find((p) => p.who === 'persoon');
  if (!person?.birthDate) {
    return {
      ...OPEN,
      reason: {
        nl: 'De geboortedatum van de persoon is niet bekend: ga na of er minderjarigen betrokken zijn.',
        en: "The person's date of birth is not known: check whether minors are concerned.",
      },
    };
  }
  return {
    status: 'niet_van_toepassing',
    note: `Voorgesteld als niet van toepassing: niemand is minderjarig op ${on} (${names(
      people.filter((p) => p.birthDate !== null),
    )}; in de netwerkanalyse staan geen minderjarige broers, zussen of kinderen). Zet het punt terug op open als dat niet klopt.`,
    required: false,
    reason: null,
  };
}
