import type { FieldIssue } from '../overleg/types.js';

/**
 * Familieondersteuning (seed 003, chapter 2 step 4): contacts with the family over time. Practical
 * ("how do I cancel my child's health insurance?"), emotional ("when will my child come back?") and care
 * questions (help for brothers and sisters), by whom, with a follow-up that can be due and done.
 */
export const FAMILY_CONTACT_KINDS = ['praktisch', 'emotioneel', 'zorgvraag'] as const;
export type FamilyContactKind = (typeof FAMILY_CONTACT_KINDS)[number];

export const FAMILY_LIMITS = { withWhom: 200, summary: 4000, followUp: 2000 } as const;

export interface FamilyContactInput {
  readonly contactOn: string;
  readonly kind: FamilyContactKind;
  readonly withWhom: string;
  readonly summary: string;
  readonly followUp: string;
  readonly followUpDueOn: string | null;
  readonly followUpDone: boolean;
}

const tooLong = (field: string, max: number): FieldIssue => ({
  field,
  nl: `Deze tekst is te lang (hooguit ${max} tekens).`,
  en: `This text is too long (at most ${max} characters).`,
});

/** A contact lies today or in the past; a follow-up's due date needs the follow-up and lies after it. */
export function validateFamilyContact(c: FamilyContactInput, today: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (c.contactOn > today) {
    errors.push({
      field: 'contactOn',
      nl: 'Het contact kan niet in de toekomst liggen.',
      en: 'The contact cannot lie in the future.',
    });
  }
  if (c.withWhom.trim().length === 0) {
    errors.push({
      field: 'withWhom',
      nl: 'Vul in met wie er contact was (bijvoorbeeld moeder, oudere zus).',
      en: 'Enter who the contact was with (for example mother, older sister).',
    });
  } else if (c.withWhom.length > FAMILY_LIMITS.withWhom)
    errors.push(tooLong('withWhom', FAMILY_LIMITS.withWhom));
  if (c.summary.trim().length === 0) {
    errors.push({
      field: 'summary',
      nl: 'Vat het contact samen.',
      en: 'Summarise the contact.',
    });
  } else if (c.summary.length > FAMILY_LIMITS.summary) errors.push(tooLong('summary', FAMILY_LIMITS.summary));
  if (c.followUp.length > FAMILY_LIMITS.followUp) errors.push(tooLong('followUp', FAMILY_LIMITS.followUp));
  const hasFollowUp = c.followUp.trim().length > 0;
  if (!hasFollowUp && (c.followUpDueOn !== null || c.followUpDone)) {
    errors.push({
      field: 'followUp',
      nl: 'Beschrijf het vervolg voordat u een datum of afronding vastlegt.',
      en: 'Describe the follow-up before recording a due date or completion.',
    });
  }
  if (c.followUpDueOn !== null && c.followUpDueOn < c.contactOn) {
    errors.push({
      field: 'followUpDueOn',
      nl: 'Het vervolg ligt op of na de datum van het contact.',
      en: 'The follow-up is due on or after the date of the contact.',
    });
  }
  return errors;
}

/** A follow-up is overdue when its due date has passed and it is not done. */
export function isFollowUpOverdue(dueOn: string | null, done: boolean, today: string): boolean {
  return dueOn !== null && !done && dueOn < today;
}

/** Changes to a contact: the regie, or the organisation that recorded it. */
export function mayEditFamilyContact(
  access: 'regie' | 'read' | 'partner',
  actorOrganisationId: string,
  byOrganisationId: string,
): boolean {
  return access === 'regie' || (access === 'partner' && actorOrganisationId === byOrganisationId);
}
