/**
 * The partner register (issue 15): who is in the municipality's network, on which side, where and in which
 * domain, and which of the seven tasks of the local approach each one takes on. About organisations; the
 * contact persons kept with them are professionals' work data only.
 */
import type { PartnerType } from '../access/roles.js';
import { type FieldIssue, isOneOf } from '../overleg/types.js';

export interface NetworkLabel {
  readonly nl: string;
  readonly en: string;
}

/** The kinds of partner of seed 001 (extern and intern); a municipality adds its own (netwerk_partner_kind). */
export const PARTNER_KINDS = {
  jongerenwerk: { nl: 'Jongerenwerk', en: 'Youth work', internal: false },
  school: { nl: 'School', en: 'School', internal: false },
  buurthuis: { nl: 'Buurthuis', en: 'Community centre', internal: false },
  woningcorporatie: { nl: 'Woningcorporatie', en: 'Housing association', internal: false },
  wijkagent: { nl: 'Wijkagent', en: 'Community police officer', internal: false },
  buurtwerk: { nl: 'Buurtwerk', en: 'Neighbourhood work', internal: false },
  sportvereniging: { nl: 'Sportvereniging', en: 'Sports club', internal: false },
  religieuze_organisatie: { nl: 'Religieuze organisatie', en: 'Religious organisation', internal: false },
  maatschappelijke_organisatie: {
    nl: 'Maatschappelijke organisatie',
    en: 'Civil-society organisation',
    internal: false,
  },
  cluster_maatschappelijke_ontwikkeling: {
    nl: 'Cluster Maatschappelijke Ontwikkeling',
    en: 'Social Development cluster',
    internal: true,
  },
  cluster_stadsontwikkeling: {
    nl: 'Cluster Stadsontwikkeling',
    en: 'Urban Development cluster',
    internal: true,
  },
  cluster_stadsbeheer: { nl: 'Cluster Stadsbeheer', en: 'Public Space cluster', internal: true },
  cluster_werk_en_inkomen: { nl: 'Cluster Werk en Inkomen', en: 'Work and Income cluster', internal: true },
  cluster_dienstverlening: { nl: 'Cluster Dienstverlening', en: 'Public Services cluster', internal: true },
  sociaal_domein: { nl: 'Sociaal domein', en: 'Social domain', internal: true },
  toezicht_en_handhaving: { nl: 'Toezicht en handhaving', en: 'Supervision and enforcement', internal: true },
} as const satisfies Record<string, NetworkLabel & { internal: boolean }>;
export type BuiltInPartnerKind = keyof typeof PARTNER_KINDS;
export const BUILT_IN_PARTNER_KINDS = Object.keys(PARTNER_KINDS) as BuiltInPartnerKind[];

/** A municipality's own kind: lower-case letters, digits and underscores. */
export const KIND_CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** The domain a partner works in; the coverage view crosses these with the districts. */
export const PARTNER_DOMAINS = {
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  jeugd: { nl: 'Jeugd en jongeren', en: 'Children and young people' },
  zorg_welzijn: { nl: 'Zorg en welzijn', en: 'Care and welfare' },
  veiligheid: { nl: 'Veiligheid', en: 'Safety' },
  wonen_wijk: { nl: 'Wonen en wijk', en: 'Housing and neighbourhood' },
  sport_vrije_tijd: { nl: 'Sport en vrije tijd', en: 'Sport and leisure' },
  levensbeschouwing: { nl: 'Levensbeschouwing', en: 'Religion and belief' },
  werk_inkomen: { nl: 'Werk en inkomen', en: 'Work and income' },
  gemeentelijke_organisatie: { nl: 'Gemeentelijke organisatie', en: 'Municipal organisation' },
} as const satisfies Record<string, NetworkLabel>;
export type PartnerDomain = keyof typeof PARTNER_DOMAINS;
export const DOMAINS = Object.keys(PARTNER_DOMAINS) as PartnerDomain[];

/** The seven tasks of the local approach (COT 2008, seed 003), in their order. */
export const NETWORK_TASKS = {
  agenderen: { nl: 'Agenderen', en: 'Putting it on the agenda' },
  voorkomen: { nl: 'Voorkomen', en: 'Preventing' },
  signaleren: { nl: 'Signaleren', en: 'Spotting signals' },
  melden: { nl: 'Melden', en: 'Reporting' },
  nader_duiden: { nl: 'Nader duiden', en: 'Interpreting further' },
  informatie_uitwisselen: {
    nl: 'Informatie aanvullen en uitwisselen',
    en: 'Completing and exchanging information',
  },
  reageren_interveniëren: { nl: 'Reageren en interveniëren', en: 'Responding and intervening' },
} as const satisfies Record<string, NetworkLabel>;
export type NetworkTask = keyof typeof NETWORK_TASKS;
export const TASKS = Object.keys(NETWORK_TASKS) as NetworkTask[];

/** How a contact took place (the contact log's "vorm"). */
export const CONTACT_FORMS = {
  gesprek: { nl: 'Gesprek', en: 'Meeting in person' },
  telefoon: { nl: 'Telefoon', en: 'Phone call' },
  videobellen: { nl: 'Videobellen', en: 'Video call' },
  email: { nl: 'E-mail', en: 'E-mail' },
  bijeenkomst: { nl: 'Netwerkbijeenkomst', en: 'Network gathering' },
  werkbezoek: { nl: 'Werkbezoek', en: 'Visit' },
} as const satisfies Record<string, NetworkLabel>;
export type ContactForm = keyof typeof CONTACT_FORMS;
export const FORMS = Object.keys(CONTACT_FORMS) as ContactForm[];

/** Limits of the register's texts. */
export const NOTES_MAX = 2000;
export const LOG_NOTE_MAX = 500;

/** The organisation's partner type (for invitations and the meldpunt's "professional" channels) of a kind. */
export function partnerTypeOfKind(kind: string): PartnerType {
  if (kind === 'jongerenwerk') return 'jongerenwerk';
  if (kind === 'school') return 'school';
  if (kind === 'wijkagent') return 'politie';
  if (kind === 'sociaal_domein') return 'wijkteam';
  return 'overig';
}

/** The partner profile as typed, checked as the server checks it. */
export interface PartnerDraft {
  readonly name: string;
  readonly kind: string;
  readonly domain: string;
  readonly tasks: readonly string[];
  readonly districtIds: readonly string[];
  readonly citywide: boolean;
}

/**
 * Checks a profile: a name, a known kind (built in or the municipality's own), a domain, known tasks, and
 * either the whole municipality or at least one district (a partner is somewhere).
 */
export function checkPartner(
  d: PartnerDraft,
  knownKinds: ReadonlySet<string>,
  knownDistricts: ReadonlySet<string>,
): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (d.name.trim().length === 0) {
    errors.push({
      field: 'name',
      nl: 'Vul de naam van de organisatie in.',
      en: 'Enter the name of the organisation.',
    });
  }
  if (!knownKinds.has(d.kind)) {
    errors.push({ field: 'kind', nl: 'Kies de soort partner.', en: 'Choose the kind of partner.' });
  }
  if (!isOneOf(DOMAINS, d.domain)) {
    errors.push({ field: 'domain', nl: 'Kies het domein.', en: 'Choose the domain.' });
  }
  if (d.tasks.some((t) => !isOneOf(TASKS, t))) {
    errors.push({ field: 'tasks', nl: 'Kies taken uit de lijst.', en: 'Choose tasks from the list.' });
  }
  if (d.districtIds.some((id) => !knownDistricts.has(id))) {
    errors.push({
      field: 'districtIds',
      nl: 'Kies wijken uit de lijst.',
      en: 'Choose districts from the list.',
    });
  } else if (!d.citywide && d.districtIds.length === 0) {
    errors.push({
      field: 'districtIds',
      nl: 'Kies ten minste één wijk, of "hele gemeente".',
      en: 'Choose at least one district, or "whole municipality".',
    });
  }
  return errors;
}

/** A contact person: name and role required; a work e-mail address or phone number to reach them by. */
export function checkContactPerson(c: {
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
}): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (c.name.trim().length === 0)
    errors.push({ field: 'name', nl: 'Vul de naam in.', en: 'Enter the name.' });
  if (c.role.trim().length === 0) {
    errors.push({ field: 'role', nl: 'Vul de functie of rol in.', en: 'Enter the job or role.' });
  }
  const email = c.email?.trim() ?? '';
  const phone = c.phone?.trim() ?? '';
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.push({
      field: 'email',
      nl: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
      en: 'Enter a valid e-mail address, such as name@organisation.nl.',
    });
  }
  if (phone && !/^\+?[0-9 ()-]{6,20}$/.test(phone)) {
    errors.push({
      field: 'phone',
      nl: 'Vul een geldig telefoonnummer in, zoals 030 123 45 67.',
      en: 'Enter a valid phone number, such as 030 123 45 67.',
    });
  }
  if (!email && !phone) {
    errors.push({
      field: 'email',
      nl: 'Vul een zakelijk e-mailadres of telefoonnummer in.',
      en: 'Enter a work e-mail address or phone number.',
    });
  }
  return errors;
}

/** One row of the coverage view: how many partner organisations work in a district, per domain. */
export interface CoverageInput {
  readonly domain: string;
  readonly districtIds: readonly string[];
  readonly citywide: boolean;
}

/**
 * Counts organisations per district and domain; a partner for the whole municipality counts in every
 * district. A zero is a gap in the network. Organisations only: never persons.
 */
export function coverage(
  partners: readonly CoverageInput[],
  districtIds: readonly string[],
): Map<string, Map<PartnerDomain, number>> {
  const out = new Map<string, Map<PartnerDomain, number>>();
  for (const d of districtIds) out.set(d, new Map(DOMAINS.map((x) => [x, 0])));
  for (const p of partners) {
    if (!isOneOf(DOMAINS, p.domain)) continue;
    const where = p.citywide ? districtIds : p.districtIds;
    for (const d of new Set(where)) {
      const row = out.get(d);
      if (row) row.set(p.domain, (row.get(p.domain) ?? 0) + 1);
    }
  }
  return out;
}
