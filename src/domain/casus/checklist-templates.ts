import type { FieldIssue } from '../overleg/types.js';
import {
  type CaseDateAnchor,
  CHECKLIST_KINDS,
  CHECKLISTS,
  type ChecklistItemTemplate,
  type ChecklistKind,
  type DueRule,
} from './checklists.js';

/**
 * The situation checklists per municipality: the factsheet items (code constants) merged with the items a
 * municipality added itself. An own item with the code of a factsheet item replaces it, or switches it off
 * when inactive; an own item with a new code is added. Nothing here judges a person: it is a to-do list.
 */

export const CASE_DATE_ANCHORS: readonly CaseDateAnchor[] = [
  'departedOn',
  'returnedOn',
  'deceasedOn',
  'situationSince',
];

export const TEMPLATE_LIMITS = { text: 500, months: 120, days: 3650, sort: 10000 } as const;

/** Own items without a sort go after the factsheet items. */
export const DEFAULT_OWN_SORT = 500;

export interface OwnChecklistItem {
  readonly id: string;
  readonly kind: ChecklistKind;
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly due: DueRule | null;
  readonly sort: number;
  readonly active: boolean;
  readonly version: number;
}

/** Where a merged item comes from: the factsheet, an own item replacing a factsheet item, or an own new item. */
export type TemplateItemOrigin = 'factsheet' | 'aangepast' | 'eigen';

export interface MergedChecklistItem extends ChecklistItemTemplate {
  readonly origin: TemplateItemOrigin;
  readonly sort: number;
  readonly active: boolean;
  /** The own item behind it, if any (to change it). */
  readonly ownId: string | null;
  readonly version: number | null;
}

/** The sort of the n-th factsheet item (0-based): steps of 10 leave room for own items in between. */
export const factsheetSort = (index: number): number => (index + 1) * 10;

/** The factsheet sort of a code in a checklist, or null when the code is not a factsheet item. */
export function factsheetSortOf(kind: ChecklistKind, code: string): number | null {
  const i = CHECKLISTS.find((c) => c.kind === kind)?.items.findIndex((x) => x.code === code) ?? -1;
  return i >= 0 ? factsheetSort(i) : null;
}

/**
 * All items of one checklist for a municipality, in order, including the switched-off ones (for beheer).
 * Own items of other kinds are ignored.
 */
export function mergeChecklistItems(
  kind: ChecklistKind,
  own: readonly OwnChecklistItem[],
): MergedChecklistItem[] {
  const template = CHECKLISTS.find((c) => c.kind === kind);
  const mine = own.filter((o) => o.kind === kind);
  const byCode = new Map(mine.map((o) => [o.code, o]));
  const merged: Array<MergedChecklistItem & { readonly rank: number }> = [];
  for (const [i, item] of (template?.items ?? []).entries()) {
    const o = byCode.get(item.code);
    merged.push(
      o
        ? { ...fromOwn(o, 'aangepast'), rank: i }
        : {
            ...item,
            origin: 'factsheet',
            sort: factsheetSort(i),
            active: true,
            ownId: null,
            version: null,
            rank: i,
          },
    );
  }
  const factsheetCodes = new Set((template?.items ?? []).map((i) => i.code));
  for (const o of mine) {
    if (!factsheetCodes.has(o.code)) merged.push({ ...fromOwn(o, 'eigen'), rank: Number.MAX_SAFE_INTEGER });
  }
  // Stable order: sort, then factsheet order, then code.
  merged.sort((a, b) => a.sort - b.sort || a.rank - b.rank || a.code.localeCompare(b.code));
  return merged.map(({ rank: _rank, ...m }) => m);
}

/** The items a new checklist of this kind gets in this municipality. */
export function effectiveChecklistItems(
  kind: ChecklistKind,
  own: readonly OwnChecklistItem[],
): ChecklistItemTemplate[] {
  // The condition belongs to the factsheet item: an own wording of it keeps it.
  const conditions = new Map(
    (CHECKLISTS.find((c) => c.kind === kind)?.items ?? []).flatMap((i) =>
      i.condition ? [[i.code, i.condition] as const] : [],
    ),
  );
  return mergeChecklistItems(kind, own)
    .filter((m) => m.active)
    .map((m) => {
      const condition = conditions.get(m.code);
      return {
        code: m.code,
        nl: m.nl,
        en: m.en,
        ...(m.due ? { due: m.due } : {}),
        ...(condition ? { condition } : {}),
      };
    });
}

function fromOwn(o: OwnChecklistItem, origin: TemplateItemOrigin): MergedChecklistItem {
  const base = { code: o.code, nl: o.nl, en: o.en, origin, sort: o.sort, active: o.active, ownId: o.id };
  return o.due ? { ...base, due: o.due, version: o.version } : { ...base, version: o.version };
}

export interface TemplateItemInput {
  readonly kind: string;
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly due: { readonly anchor: string; readonly months?: number; readonly days?: number } | null;
  readonly sort: number | null;
}

/** Checks an own item; the messages name the field in Dutch and English. */
export function validateTemplateItem(input: TemplateItemInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!(CHECKLIST_KINDS as readonly string[]).includes(input.kind)) {
    errors.push({
      field: 'kind',
      nl: 'Kies de checklist: dreigende uitreis, uitgereisd, terugkeerder of overleden.',
      en: 'Choose the checklist: imminent departure, departed, returnee or deceased.',
    });
  }
  if (!/^[a-z0-9_]{2,60}$/.test(input.code)) {
    errors.push({
      field: 'code',
      nl: 'De code bestaat uit 2 tot 60 kleine letters, cijfers of _.',
      en: 'The code consists of 2 to 60 lower-case letters, digits or _.',
    });
  }
  errors.push(...textIssues('textNl', input.nl, 'Nederlandse', 'Dutch'));
  errors.push(...textIssues('textEn', input.en, 'Engelse', 'English'));
  if (input.due) {
    if (!(CASE_DATE_ANCHORS as readonly string[]).includes(input.due.anchor)) {
      errors.push({
        field: 'dueAnchor',
        nl: 'Kies de datum waarvanaf de termijn loopt.',
        en: 'Choose the date the term runs from.',
      });
    }
    errors.push(...countIssues('dueMonths', input.due.months, TEMPLATE_LIMITS.months, 'maanden', 'months'));
    errors.push(...countIssues('dueDays', input.due.days, TEMPLATE_LIMITS.days, 'dagen', 'days'));
  }
  if (
    input.sort !== null &&
    !(Number.isInteger(input.sort) && input.sort >= 0 && input.sort <= TEMPLATE_LIMITS.sort)
  ) {
    errors.push({
      field: 'sort',
      nl: `De volgorde is een geheel getal van 0 tot en met ${TEMPLATE_LIMITS.sort}.`,
      en: `The order is a whole number from 0 to ${TEMPLATE_LIMITS.sort}.`,
    });
  }
  return errors;
}

function textIssues(field: string, text: string, nl: string, en: string): FieldIssue[] {
  if (text.trim().length === 0) {
    return [{ field, nl: `Vul de ${nl} tekst van het punt in.`, en: `Enter the ${en} text of the item.` }];
  }
  if (text.trim().length > TEMPLATE_LIMITS.text) {
    return [
      {
        field,
        nl: `De ${nl} tekst is te lang (hooguit ${TEMPLATE_LIMITS.text} tekens).`,
        en: `The ${en} text is too long (at most ${TEMPLATE_LIMITS.text} characters).`,
      },
    ];
  }
  return [];
}

function countIssues(
  field: string,
  n: number | undefined,
  max: number,
  nl: string,
  en: string,
): FieldIssue[] {
  if (n === undefined || (Number.isInteger(n) && n >= 0 && n <= max)) return [];
  return [
    {
      field,
      nl: `Het aantal ${nl} is een geheel getal van 0 tot en met ${max}.`,
      en: `The number of ${en} is a whole number from 0 to ${max}.`,
    },
  ];
}
