import type { Role } from '../access/roles.js';
import type { FieldIssue } from '../overleg/types.js';

/**
 * Sleutelfiguren (key figures): trusted people within communities with whom the municipality has a mutual
 * agreement (ESS guidance on key figures: an agreement, insight into the community, structural contact).
 * They advise on policy, mediate when tension rises, and help with prevention and signalling.
 *
 * Kept apart from the case file: a key figure is never linked to a case person or a signal and is not an
 * informant. Its record may reveal a religion (the community it gives insight into), so only the roles
 * below see it, every read is logged, and it has its own retention term after the agreement ends.
 */
export const KEY_FIGURE_STATUSES = ['actief', 'slapend', 'beeindigd'] as const;
export type KeyFigureStatus = (typeof KEY_FIGURE_STATUSES)[number];

/** The roles of the ESS guidance. */
export const KEY_FIGURE_ROLES = ['beleidsadvies', 'bemiddeling', 'preventie_signalering'] as const;
export type KeyFigureRole = (typeof KEY_FIGURE_ROLES)[number];

/** Who sees key figures: the aandachtsfunctionaris and the network role the municipality assigns. */
export const KEY_FIGURE_ACCESS_ROLES = [
  'aandachtsfunctionaris',
  'netwerkcoordinator',
] as const satisfies readonly Role[];

export function mayWorkWithKeyFigures(role: Role): boolean {
  return (KEY_FIGURE_ACCESS_ROLES as readonly Role[]).includes(role);
}

/** Minimal data: these are the only free texts, and they are short. */
export const KEY_FIGURE_LIMITS = {
  name: 200,
  community: 300,
  reach: 300,
  soundingEvent: 200,
  soundingDueDays: 60,
} as const;

export interface KeyFigureInput {
  readonly name: string;
  readonly community: string;
  readonly reach: string;
  readonly roles: readonly KeyFigureRole[];
  readonly status: KeyFigureStatus;
  readonly agreementOn: string;
  readonly agreementEndedOn: string | null;
  readonly reviewOn: string;
}

const tooLong = (field: string, max: number): FieldIssue => ({
  field,
  nl: `Deze tekst is te lang (hooguit ${max} tekens).`,
  en: `This text is too long (at most ${max} characters).`,
});

function required(errors: FieldIssue[], field: string, value: string, max: number, nl: string, en: string) {
  if (value.trim().length === 0) errors.push({ field, nl, en });
  else if (value.length > max) errors.push(tooLong(field, max));
}

/**
 * The rules of a key figure's record: a name and the community it gives insight into, at least one role,
 * an agreement that does not lie in the future, a review date after it, and an end date exactly when the
 * agreement has ended (beëindigd), not before it started and not in the future.
 */
export function validateKeyFigure(k: KeyFigureInput, today: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  required(
    errors,
    'name',
    k.name,
    KEY_FIGURE_LIMITS.name,
    'Vul de naam van de sleutelfiguur in.',
    'Enter the name of the key figure.',
  );
  required(
    errors,
    'community',
    k.community,
    KEY_FIGURE_LIMITS.community,
    'Vul in in welke gemeenschap of wijk de sleutelfiguur inzicht geeft.',
    'Enter the community or neighbourhood the key figure gives insight into.',
  );
  if (k.reach.length > KEY_FIGURE_LIMITS.reach) errors.push(tooLong('reach', KEY_FIGURE_LIMITS.reach));
  if (k.roles.length === 0) {
    errors.push({
      field: 'roles',
      nl: 'Kies ten minste één rol.',
      en: 'Choose at least one role.',
    });
  }
  if (k.agreementOn > today) {
    errors.push({
      field: 'agreementOn',
      nl: 'De afspraak kan niet in de toekomst liggen.',
      en: 'The agreement cannot lie in the future.',
    });
  }
  if (k.reviewOn <= k.agreementOn) {
    errors.push({
      field: 'reviewOn',
      nl: 'De herzieningsdatum ligt na de datum van de afspraak.',
      en: 'The review date lies after the date of the agreement.',
    });
  }
  if (k.status === 'beeindigd') {
    if (k.agreementEndedOn === null) {
      errors.push({
        field: 'agreementEndedOn',
        nl: 'Vul in wanneer de afspraak is beëindigd.',
        en: 'Enter when the agreement ended.',
      });
    } else if (k.agreementEndedOn < k.agreementOn || k.agreementEndedOn > today) {
      errors.push({
        field: 'agreementEndedOn',
        nl: 'De einddatum ligt tussen de datum van de afspraak en vandaag.',
        en: 'The end date lies between the date of the agreement and today.',
      });
    }
  } else if (k.agreementEndedOn !== null) {
    errors.push({
      field: 'agreementEndedOn',
      nl: 'Een einddatum hoort alleen bij een beëindigde afspraak.',
      en: 'An end date belongs only to an agreement that has ended.',
    });
  }
  return errors;
}

/** Only an active key figure is asked to sound out their community or kept in contact upkeep. */
export function isInUpkeep(status: KeyFigureStatus): boolean {
  return status === 'actief';
}

export interface SoundingInput {
  readonly event: string;
  readonly dueOn: string;
}

/**
 * "Peiling na een ingrijpende gebeurtenis": a short, general description of the event (no names) and a due
 * date from today up to two months ahead.
 */
export function validateSounding(s: SoundingInput, today: string, latest: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  required(
    errors,
    'event',
    s.event,
    KEY_FIGURE_LIMITS.soundingEvent,
    'Beschrijf kort en in algemene woorden welke gebeurtenis de aanleiding is.',
    'Describe briefly and in general words which event is the reason.',
  );
  if (s.dueOn < today || s.dueOn > latest) {
    errors.push({
      field: 'dueOn',
      nl: `Kies een datum vanaf vandaag, hooguit ${KEY_FIGURE_LIMITS.soundingDueDays} dagen vooruit.`,
      en: `Choose a date from today, at most ${KEY_FIGURE_LIMITS.soundingDueDays} days ahead.`,
    });
  }
  return errors;
}

/** The owners of one sounding: each contact owner of an active key figure once, with their key figures. */
export function soundingOwners<K extends { id: string; status: KeyFigureStatus; contactOwnerId: string }>(
  keyFigures: readonly K[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keyFigures) {
    if (!isInUpkeep(k.status)) continue;
    const list = out.get(k.contactOwnerId) ?? [];
    list.push(k.id);
    out.set(k.contactOwnerId, list);
  }
  return out;
}

/** The words of the action a contact owner receives: the event in general words, the number of key figures. */
export function soundingActionText(event: string, count: number): string {
  return (
    `Peiling na een ingrijpende gebeurtenis (${event.trim()}): vraag uw ${count} ` +
    `${count === 1 ? 'sleutelfiguur' : 'sleutelfiguren'} hoe hun gemeenschap de gebeurtenis ervaart. ` +
    'Leg alleen vast dat het gedaan is, niet wat er over personen is gezegd.'
  );
}
