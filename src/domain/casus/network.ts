import type { FieldIssue } from '../overleg/types.js';

/**
 * The netwerkanalyse (seed 003, chapter 2 step 3): the persons around the subject who may be vulnerable,
 * and whether preventive care is arranged for them. Vulnerability is a professional note in words; the
 * system never scores or ranks anyone in the network.
 */

/** How a person relates to the subject of the case. */
export const NETWORK_RELATIONS = [
  'ouder',
  'broer_zus',
  'neef_nicht',
  'partner',
  'kind',
  'ander_familielid',
  'vriend',
  'anders',
] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];

/** How two persons of the network relate; 'ouder_van' reads from the first person to the second. */
export const NETWORK_LINK_KINDS = [
  'ouder_van',
  'broer_zus',
  'neef_nicht',
  'partner',
  'ander_familielid',
  'vriend',
  'anders',
] as const;
export type NetworkLinkKind = (typeof NETWORK_LINK_KINDS)[number];

export const NETWORK_LIMITS = { name: 200, relationNote: 200, vulnerability: 4000, careNote: 2000 } as const;

/** Family relations, for the graph's grouping and the summary. */
export function isFamily(relation: NetworkRelation): boolean {
  return relation !== 'vriend' && relation !== 'anders';
}

export interface NetworkPersonInput {
  readonly name: string;
  readonly relation: NetworkRelation;
  readonly relationNote: string;
  readonly vulnerability: string;
  readonly preventiveCare: boolean;
  readonly preventiveCareNote: string;
}

const tooLong = (field: string, max: number): FieldIssue => ({
  field,
  nl: `Deze tekst is te lang (hooguit ${max} tekens).`,
  en: `This text is too long (at most ${max} characters).`,
});

export function validateNetworkPerson(p: NetworkPersonInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (p.name.trim().length === 0) {
    errors.push({
      field: 'name',
      nl: 'Vul een naam of omschrijving van de persoon in.',
      en: 'Enter a name or description of the person.',
    });
  } else if (p.name.length > NETWORK_LIMITS.name) errors.push(tooLong('name', NETWORK_LIMITS.name));
  if ((p.relation === 'anders' || p.relation === 'ander_familielid') && p.relationNote.trim().length === 0) {
    errors.push({
      field: 'relationNote',
      nl: 'Omschrijf de relatie (bijvoorbeeld oom, buurman of klasgenoot).',
      en: 'Describe the relation (for example uncle, neighbour or classmate).',
    });
  }
  if (p.relationNote.length > NETWORK_LIMITS.relationNote)
    errors.push(tooLong('relationNote', NETWORK_LIMITS.relationNote));
  if (p.vulnerability.length > NETWORK_LIMITS.vulnerability)
    errors.push(tooLong('vulnerability', NETWORK_LIMITS.vulnerability));
  if (p.preventiveCareNote.length > NETWORK_LIMITS.careNote)
    errors.push(tooLong('preventiveCareNote', NETWORK_LIMITS.careNote));
  if (p.preventiveCare && p.preventiveCareNote.trim().length === 0) {
    errors.push({
      field: 'preventiveCareNote',
      nl: 'Beschrijf welke preventieve zorg is geregeld en door wie.',
      en: 'Describe which preventive care is arranged and by whom.',
    });
  }
  return errors;
}

export interface NetworkLinkInput {
  readonly fromPersonId: string;
  readonly toPersonId: string;
  readonly kind: NetworkLinkKind;
  readonly note: string;
}

/**
 * A relation between two network persons of the same case; one per pair (whichever way round), so the
 * graph never shows two lines between the same two persons.
 */
export function validateNetworkLink(
  l: NetworkLinkInput,
  personIdsOfCase: ReadonlySet<string>,
  existingPairs: ReadonlyArray<{ readonly id: string; readonly from: string; readonly to: string }>,
  editingId: string | null = null,
): FieldIssue[] {
  const errors: FieldIssue[] = [];
  for (const field of ['fromPersonId', 'toPersonId'] as const) {
    if (!personIdsOfCase.has(l[field])) {
      errors.push({
        field,
        nl: 'Kies een persoon uit het netwerk van deze casus.',
        en: 'Choose a person from the network of this case.',
      });
    }
  }
  if (l.fromPersonId === l.toPersonId) {
    errors.push({
      field: 'toPersonId',
      nl: 'Een relatie verbindt twee verschillende personen.',
      en: 'A relation connects two different persons.',
    });
  }
  const same = existingPairs.find(
    (p) =>
      p.id !== editingId &&
      ((p.from === l.fromPersonId && p.to === l.toPersonId) ||
        (p.from === l.toPersonId && p.to === l.fromPersonId)),
  );
  if (same && l.fromPersonId !== l.toPersonId) {
    errors.push({
      field: 'toPersonId',
      nl: 'Tussen deze twee personen is al een relatie vastgelegd.',
      en: 'A relation between these two persons has already been recorded.',
    });
  }
  if ((l.kind === 'anders' || l.kind === 'ander_familielid') && l.note.trim().length === 0) {
    errors.push({ field: 'note', nl: 'Omschrijf de relatie.', en: 'Describe the relation.' });
  }
  if (l.note.length > NETWORK_LIMITS.relationNote) errors.push(tooLong('note', NETWORK_LIMITS.relationNote));
  return errors;
}

/**
 * Whether a link from a network person to their own record may be shown to this viewer: a link to a
 * meldpunt person only to who may read persons of that tenant (restricted ones only to who sees
 * restricted signals); a link to a case only to who has access to that case. Otherwise the viewer sees
 * nothing of it: not even that a record exists.
 */
export function linkVisible(
  link:
    | { readonly kind: 'persoon'; readonly tenantId: string; readonly restricted: boolean }
    | { readonly kind: 'casus'; readonly viewerHasAccess: boolean },
  personScope: { readonly tenantId: string; readonly includeRestricted: boolean } | null,
): boolean {
  if (link.kind === 'casus') return link.viewerHasAccess;
  if (!personScope || personScope.tenantId !== link.tenantId) return false;
  return !link.restricted || personScope.includeRestricted;
}
