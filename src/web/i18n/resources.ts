import type { Language } from './i18n';

/**
 * The texts, in parts: each part is one file per language, holding some of the top-level keys of the one
 * `translation` namespace. `core` (the frame, forms, errors, sign-in) is read before the first page shows;
 * the other parts are read with the screens that use them (see `loadTexts`), only in the language shown.
 * Each file becomes its own small chunk of the build.
 */
export const TEXT_PARTS = {
  core: { nl: () => import('./core.nl.json'), en: () => import('./core.en.json') },
  melden: { nl: () => import('./melden.nl.json'), en: () => import('./melden.en.json') },
  apiDocs: { nl: () => import('./api-docs.nl.json'), en: () => import('./api-docs.en.json') },
  home: { nl: () => import('./home.nl.json'), en: () => import('./home.en.json') },
  personen: { nl: () => import('./personen.nl.json'), en: () => import('./personen.en.json') },
  overleg: { nl: () => import('./overleg.nl.json'), en: () => import('./overleg.en.json') },
  beheer: { nl: () => import('./beheer.nl.json'), en: () => import('./beheer.en.json') },
  accessLog: { nl: () => import('./access-log.nl.json'), en: () => import('./access-log.en.json') },
  analyse: { nl: () => import('./analyse.nl.json'), en: () => import('./analyse.en.json') },
  // The two largest areas keep their texts below one key of their own.
  casus: {
    nl: () => import('./casus.nl.json').then((m) => ({ default: { casus: m.default } })),
    en: () => import('./casus.en.json').then((m) => ({ default: { casus: m.default } })),
  },
  dataProtection: {
    nl: () => import('./data-protection.nl.json').then((m) => ({ default: { dataProtection: m.default } })),
    en: () => import('./data-protection.en.json').then((m) => ({ default: { dataProtection: m.default } })),
  },
  // The analysis as a document (fenomeenanalyse): the documents, their versions and exports.
  analyseDocument: {
    nl: () => import('./analyse-document.nl.json'),
    en: () => import('./analyse-document.en.json'),
  },
  // Netwerken: the partner register, contact upkeep and the coverage view.
  netwerk: { nl: () => import('./netwerk.nl.json'), en: () => import('./netwerk.en.json') },
  // Netwerken: the key figures (sleutelfiguren).
  netwerkSleutelfiguur: {
    nl: () => import('./netwerk-sleutelfiguur.nl.json'),
    en: () => import('./netwerk-sleutelfiguur.en.json'),
  },
  // Netwerk: the covenants on information sharing (convenanten), below the key `covenant`.
  netwerkConvenant: {
    nl: () => import('./netwerk-convenant.nl.json'),
    en: () => import('./netwerk-convenant.en.json'),
  },
  // Evaluatie: measure results across cases, working elements, policy goals.
  evaluatieResultaten: {
    nl: () => import('./evaluatie-resultaten.nl.json'),
    en: () => import('./evaluatie-resultaten.en.json'),
  },
  // Deskundigheid: curriculum, catalogue, sessions and coverage, below the key `deskundigheid`.
  deskundigheid: {
    nl: () => import('./deskundigheid.nl.json'),
    en: () => import('./deskundigheid.en.json'),
  },
  // Evaluatie: the intervention register, theories of change and evaluations.
  evaluatie: { nl: () => import('./evaluatie.nl.json'), en: () => import('./evaluatie.en.json') },
  // Deskundigheid: sessions, participation, the import of attendance lists and the reaction form.
  deskundigheidSessies: {
    nl: () => import('./deskundigheid-sessies.nl.json'),
    en: () => import('./deskundigheid-sessies.en.json'),
  },
  // Deskundigheid: the coverage dashboard, below the key `deskundigheidDekking`.
  deskundigheidDekking: {
    nl: () => import('./deskundigheid-dekking.nl.json'),
    en: () => import('./deskundigheid-dekking.en.json'),
  },
  // Kennisbank: the articles, the local ones' form and the public help page, below the key `kennisbank`.
  kennisbank: { nl: () => import('./kennisbank.nl.json'), en: () => import('./kennisbank.en.json') },
  // Regional cooperation: the agreements of a region with its municipalities, below the key `regio`.
  regio: { nl: () => import('./regio.nl.json'), en: () => import('./regio.en.json') },
  // Zelfscan: the self-assessment's rounds, answers, hints, actions, comparison and region overview.
  zelfscan: { nl: () => import('./zelfscan.nl.json'), en: () => import('./zelfscan.en.json') },
} as const satisfies Record<string, Record<Language, () => Promise<{ default: object }>>>;

export type TextPart = keyof typeof TEXT_PARTS;

type PartTexts<P extends TextPart, L extends Language> = Awaited<
  ReturnType<(typeof TEXT_PARTS)[P][L]>
>['default'];

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** All texts of one language, as one object type: the parts side by side. */
type AllTexts<L extends Language> =
  UnionToIntersection<{ [P in TextPart]: PartTexts<P, L> }[TextPart]> extends infer T
    ? { [K in keyof T]: T[K] }
    : never;

export type NlTexts = AllTexts<'nl'>;
export type EnTexts = AllTexts<'en'>;

/** `B` has every key of `A`. */
type Covers<A, B extends A> = B;
// Both ways: a key missing from either language fails the type check, naming the key.
export type TextsInBothLanguages = [Covers<NlTexts, EnTexts>, Covers<EnTexts, NlTexts>];
