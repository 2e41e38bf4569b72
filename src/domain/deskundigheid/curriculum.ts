/**
 * The curriculum of deskundigheidsbevordering (VAR toolkit, "Train de juiste mensen"): not everyone needs the
 * same depth. Target groups of the own organisation and of partner organisations, each with the level it needs,
 * and the training on offer. Pure: no I/O.
 */

/** The levels, from light to deep. A training at a level meets every requirement at that level or below. */
export const TRAINING_LEVELS = ['bewustwording', 'signalen', 'verdiepend', 'expert'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];

export function isTrainingLevel(value: unknown): value is TrainingLevel {
  return typeof value === 'string' && (TRAINING_LEVELS as readonly string[]).includes(value);
}

/** Whether a training at `given` meets a requirement at `required`. */
export function levelMeets(given: TrainingLevel, required: TrainingLevel): boolean {
  return TRAINING_LEVELS.indexOf(given) >= TRAINING_LEVELS.indexOf(required);
}

/** Duiden hosts no courses: the format says what kind of offer the provider's is. */
export const TRAINING_FORMATS = [
  'klassikaal',
  'e_learning',
  'webinar',
  'game',
  'voorlichting',
  'infoblad',
] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

/** A target group is of the own organisation (by role or department) or of the partner organisations. */
export const TARGET_GROUP_SIDES = ['eigen', 'partner'] as const;
export type TargetGroupSide = (typeof TARGET_GROUP_SIDES)[number];

export const SESSION_STATUSES = ['gepland', 'gehouden', 'vervallen'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const REACTION_USEFUL = ['ja', 'deels', 'nee'] as const;
export type ReactionUseful = (typeof REACTION_USEFUL)[number];

export const TARGET_GROUP_LIMITS = { name: 100, description: 1000 } as const;
export const TRAINING_LIMITS = {
  provider: 200,
  title: 200,
  url: 500,
  description: 2000,
  maxDurationMinutes: 100_000,
  maxValidMonths: 240,
} as const;
export const PERSON_LIMITS = { name: 200, email: 320, department: 100 } as const;
export const SESSION_LIMITS = { location: 200, notes: 2000, reactionMissing: 1000 } as const;

export interface DefaultTargetGroup {
  readonly name: string;
  readonly side: TargetGroupSide;
  readonly requiredLevel: TrainingLevel;
  readonly description: string;
}

/**
 * The default curriculum: the table of the VAR toolkit (in-depth training for the officer and the policy
 * advisor, signal recognition for front-desk staff, BOA's and the social domain), with the partner groups the
 * toolkit names as first-line professionals. A municipality takes it over once and then edits it.
 */
export const DEFAULT_CURRICULUM: readonly DefaultTargetGroup[] = [
  {
    name: 'Aandachtsfunctionarissen',
    side: 'eigen',
    requiredLevel: 'verdiepend',
    description:
      'Adviseert over beleid en coördineert de aanpak: achterliggende processen en stromingen herkennen.',
  },
  {
    name: 'Beleidsmedewerkers radicalisering',
    side: 'eigen',
    requiredLevel: 'verdiepend',
    description: 'Geeft vorm aan de lokale aanpak en het beleid.',
  },
  {
    name: 'Baliemedewerkers',
    side: 'eigen',
    requiredLevel: 'signalen',
    description: 'Signalen herkennen en bij de juiste persoon melden.',
  },
  {
    name: "BOA's",
    side: 'eigen',
    requiredLevel: 'signalen',
    description: 'Handhavers op straat: signalen herkennen en melden.',
  },
  {
    name: 'Sociaal domein',
    side: 'eigen',
    requiredLevel: 'signalen',
    description: 'Consulenten werk en inkomen, Wmo en jeugd: signalen herkennen en melden.',
  },
  {
    name: 'Wijkteams',
    side: 'partner',
    requiredLevel: 'signalen',
    description: 'Eerstelijnsprofessionals in de wijk.',
  },
  {
    name: 'Jongerenwerk',
    side: 'partner',
    requiredLevel: 'signalen',
    description: 'Jongerenwerkers die jongeren op straat en in het buurthuis spreken.',
  },
  {
    name: 'Onderwijs',
    side: 'partner',
    requiredLevel: 'bewustwording',
    description: 'Docenten, mentoren en zorgcoördinatoren.',
  },
  {
    name: 'Wijkagenten',
    side: 'partner',
    requiredLevel: 'signalen',
    description: 'Politie in de wijk.',
  },
];

export interface DefaultTraining {
  readonly provider: string;
  readonly title: string;
  readonly format: TrainingFormat;
  readonly level: TrainingLevel;
  readonly durationMinutes: number | null;
  readonly validMonths: number | null;
  readonly url: string | null;
  readonly description: string;
}

/**
 * Known national offer the toolkit names, as a starting point for the catalogue. Lengths and validity are
 * suggestions a municipality changes; the links go to the providers.
 */
export const SUGGESTED_TRAININGS: readonly DefaultTraining[] = [
  {
    provider: 'Rijksopleidingsinstituut tegengaan Radicalisering (ROR)',
    title: 'Basistraining radicalisering',
    format: 'klassikaal',
    level: 'signalen',
    durationMinutes: 360,
    validMonths: 36,
    url: 'https://www.radicalisering.nl',
    description: 'Signalen van radicalisering herkennen, duiden en bespreken.',
  },
  {
    provider: 'Rijksopleidingsinstituut tegengaan Radicalisering (ROR)',
    title: 'Verdiepende training radicalisering en extremisme',
    format: 'klassikaal',
    level: 'verdiepend',
    durationMinutes: 960,
    validMonths: 36,
    url: 'https://www.radicalisering.nl',
    description: 'Achterliggende processen, stromingen en de inzet die daarbij past.',
  },
  {
    provider: 'VNG',
    title: 'Leergang democratische rechtsorde',
    format: 'klassikaal',
    level: 'expert',
    durationMinutes: 2400,
    validMonths: null,
    url: 'https://vng.nl',
    description: 'Leergang voor wie de lokale aanpak trekt.',
  },
  {
    provider: 'NCTV',
    title: 'E-learning privacy en informatie delen',
    format: 'e_learning',
    level: 'bewustwording',
    durationMinutes: 60,
    validMonths: 24,
    url: 'https://www.nctv.nl',
    description: 'Wat mag u delen, met wie en op welke grond.',
  },
  {
    provider: 'BeHr-groep',
    title: 'Training signaleren en handelen bij radicalisering',
    format: 'klassikaal',
    level: 'signalen',
    durationMinutes: 240,
    validMonths: 36,
    url: null,
    description: 'Praktijkgerichte training voor eerstelijnsprofessionals.',
  },
  {
    provider: 'Vereniging Aanpak Radicalisering (VAR)',
    title: 'Serious game voor docenten',
    format: 'game',
    level: 'bewustwording',
    durationMinutes: 90,
    validMonths: null,
    url: null,
    description: 'Spelenderwijs oefenen met signalen in de klas. Aan te vragen via de VAR.',
  },
];
