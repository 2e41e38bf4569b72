import { newSignalRow } from '../app/melding/submit-signal.js';
import type { Queryable } from '../db/database.js';
import {
  insertAnnotation,
  insertEvent,
  insertFeedback,
  insertSignal,
  insertStatusEvent,
  setAssumptionState,
  updateSignalCategory,
  updateSignalState,
} from '../db/meldingen.js';
import { insertLinkDecision, insertPerson, setSubjectPerson } from '../db/personen.js';
import type { Actor } from '../domain/access/roles.js';
import { addDays, amsterdamDate, amsterdamNoon } from '../domain/melding/calendar.js';
import { DEFAULT_DEADLINES } from '../domain/melding/deadlines.js';
import type { IntakeDraft, PersonDraft, SharingSteps } from '../domain/melding/intake.js';
import { normalizeAddress, normalizeName } from '../domain/melding/names.js';
import { type SignalState, type TransitionCommand, transition } from '../domain/melding/status.js';
import type {
  AnnotationEffect,
  Channel,
  CloseReason,
  DecisionOutcome,
  IntakeRoute,
  Place,
  Relation,
  ReporterKind,
  Source,
  Status,
} from '../domain/melding/types.js';

/**
 * Fictitious meldpunt data for the demo: about forty signals over eighteen months for Gemeente Lindeburg,
 * across phenomena and channels, several about the same persons (linked by an officer), some mentions not
 * yet linked (so suggestions show), and the history of every step. Every name, address and event is
 * invented. Deterministic: the same signals, steps and links every time; only the dates move with the
 * day the demo is created (they are relative to it).
 */

/** A small seeded random generator (mulberry32): the demo looks the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERSONS = {
  milan: {
    name: 'Milan de Jong',
    birthDate: '2009-08-14',
    neighbourhood: 'Noorderwijk',
    schoolOrWork: 'Lindeburg College',
  },
  yusuf: {
    name: 'Yusuf Kaya',
    birthDate: '2006-02-03',
    neighbourhood: 'Havenkwartier',
    address: 'Schipperskade 41',
  },
  sara: { name: 'Sara Visscher', birthDate: '2008-11-30', neighbourhood: 'Westerpark' },
  jesse: { name: 'Jesse Mulderij', birthDate: '2003-04-22', schoolOrWork: 'Hogeschool Veenstroom' },
  fenna: { name: 'Fenna Hoekstra', birthDate: '1991-07-09', neighbourhood: 'Buitenveld' },
  bram: { name: 'Bram ter Velde', birthDate: '2010-12-01', schoolOrWork: 'Lindeburg College' },
  ilias: { name: 'Ilias Bouzid', birthDate: '2007-06-18', neighbourhood: 'Havenkwartier' },
  thijs: { name: 'Thijs van der Linden', birthDate: '1980-03-05', address: 'Molenweg 8' },
  noah: { name: 'Noah Peeters', birthDate: '2011-09-27', schoolOrWork: 'Lindeburg College' },
  eline: { name: 'Eline Kramer', birthDate: '1996-01-15', neighbourhood: 'Westerpark' },
  kevin: { name: 'Kevin Smits', birthDate: '2005-10-10', neighbourhood: 'Noorderwijk' },
  amira: { name: 'Amira Haddou', birthDate: '2009-03-21', neighbourhood: 'Havenkwartier' },
} as const;
type PersonKey = keyof typeof PERSONS;

interface Mention {
  /** Linked by an officer to this person; without it, the mention is not (yet) linked. */
  readonly person?: PersonKey;
  /** What the reporter wrote, when it differs from the person record. */
  readonly as?: PersonDraft;
  readonly relation?: Relation;
}

interface Spec {
  readonly daysAgo: number;
  readonly channel: Channel;
  readonly reporter: ReporterKind;
  readonly category: string;
  readonly kind?: 'melding' | 'adviesvraag';
  readonly question?: string;
  readonly facts?: ReadonlyArray<readonly [string, Place, Source, string?]>;
  readonly assumptions?: readonly string[];
  readonly contra?: string;
  readonly persons?: readonly Mention[];
  readonly path?: readonly Status[];
  readonly outcome?: DecisionOutcome;
  readonly closeReason?: CloseReason;
  /** Days until "more information" is due, counted from the step (default 10). */
  readonly dueInDays?: number;
  readonly annotate?: readonly [AnnotationEffect, string];
  readonly feedback?: string;
}

const TRIAGED: readonly Status[] = ['in_behandeling', 'geagendeerd', 'besloten'];

const SIGNALS: readonly Spec[] = [
  {
    daysAgo: 530,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'rechts_extremisme',
    facts: [
      [
        'Milan deelt in een groepsapp van de hockeyclub memes met hakenkruizen en grappen over "omvolking".',
        'online',
        'eigen_waarneming',
      ],
    ],
    assumptions: ['Volgens mij haalt hij dit van een Telegramkanaal.'],
    contra: 'Hij heeft een vaste vriendengroep bij de hockeyclub en doet gewoon mee.',
    persons: [{ person: 'milan', as: { name: 'Milan de Jong', age: 15 }, relation: 'vriend_kennis' }],
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'onvoldoende_informatie',
    feedback: 'Dank voor uw melding. Wij hebben deze bekeken en blijven alert.',
  },
  {
    daysAgo: 500,
    channel: 'webformulier',
    reporter: 'anoniem',
    category: 'anti_institutioneel_extremisme',
    kind: 'adviesvraag',
    question:
      'Hoe herken ik of mijn neef radicaliseert? Hij praat de laatste tijd veel over complotten en zegt dat de media liegen.',
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'advies_gegeven',
    feedback: 'Wij hebben u informatie gestuurd over het gesprek aangaan en over de Familiesteunpunt-lijn.',
  },
  {
    daysAgo: 480,
    channel: 'webformulier',
    reporter: 'anoniem',
    category: 'jihadisme',
    facts: [
      [
        'Een jongeman uit de Schipperskade verspreidt op TikTok filmpjes van een haatprediker.',
        'online',
        'online_of_media',
        'TikTok-account, gezien door mijn dochter',
      ],
    ],
    persons: [
      { person: 'yusuf', as: { name: 'Yusuf K.', neighbourhood: 'Havenkwartier' }, relation: 'buurtbewoner' },
    ],
    path: ['in_behandeling', 'meer_informatie_nodig', 'in_behandeling', 'afgesloten'],
    closeReason: 'onvoldoende_informatie',
  },
  {
    daysAgo: 440,
    channel: 'telefoon',
    reporter: 'professional',
    category: 'jihadisme',
    kind: 'adviesvraag',
    question:
      'Jongerenwerker vraagt hoe om te gaan met jongeren die in het buurthuis filmpjes van IS laten zien.',
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'advies_gegeven',
  },
  {
    daysAgo: 410,
    channel: 'telefoon',
    reporter: 'professional',
    category: 'rechts_extremisme',
    facts: [
      [
        'Mentor meldt dat Milan in de les zei dat "sommige groepen het land uit moeten".',
        'school',
        'eigen_waarneming',
      ],
      [
        'Hij leverde een werkstuk in met bronnen van een extreemrechtse website.',
        'school',
        'document',
        'Werkstuk maatschappijleer',
      ],
    ],
    assumptions: ['De mentor vermoedt invloed van een oudere broer.'],
    contra: 'Milan haalt goede cijfers en gaat respectvol om met klasgenoten.',
    persons: [{ person: 'milan', relation: 'school' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_geen_radicalisering',
    closeReason: 'doorverwezen_zorg',
    annotate: [
      'weerlegt',
      'Gesprek met ouders: er is geen oudere broer; Milan woont alleen met zijn moeder.',
    ],
  },
  {
    daysAgo: 390,
    channel: 'email',
    reporter: 'inwoner',
    category: 'dierenrechtenextremisme',
    facts: [
      [
        'Fenna heeft op Facebook adressen van medewerkers van een proefdiercentrum gedeeld met de tekst "ze weten wat ze doen".',
        'online',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'fenna', relation: 'vriend_kennis' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_radicalisering',
    closeReason: 'overgedragen_casusoverleg',
  },
  {
    daysAgo: 350,
    channel: 'email',
    reporter: 'inwoner',
    category: 'anti_institutioneel_extremisme',
    facts: [
      [
        'Mijn dochter zegt dat de overheid niet bestaat en wil haar ID-kaart inleveren. Ze volgt een "soevereine" groep online.',
        'thuis',
        'eigen_waarneming',
      ],
    ],
    contra: 'Ze gaat nog naar school en werkt op zaterdag bij de supermarkt.',
    persons: [{ person: 'sara', relation: 'ouder_verzorger' }],
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'doorverwezen_zorg',
    feedback: 'Wij hebben contact met u opgenomen en u doorverwezen naar het wijkteam.',
  },
  {
    daysAgo: 330,
    channel: 'telefoon',
    reporter: 'inwoner',
    category: 'rechts_extremisme',
    facts: [
      [
        'Kevin draagt kleding met symbolen van een neonazistische groep en zoekt online naar wapens.',
        'buurt',
        'eigen_waarneming',
      ],
    ],
    assumptions: ['Hij bereidt iets voor.'],
    persons: [{ person: 'kevin', relation: 'buurtbewoner' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_radicalisering',
    closeReason: 'overgedragen_casusoverleg',
  },
  {
    daysAgo: 320,
    channel: 'balie',
    reporter: 'inwoner',
    category: 'rechts_extremisme',
    facts: [
      [
        'Stickers van een extreemrechtse groep op lantaarnpalen bij het station.',
        'buurt',
        'eigen_waarneming',
      ],
    ],
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'anders',
  },
  {
    daysAgo: 300,
    channel: 'ambtsbericht_aivd',
    reporter: 'professional',
    category: 'jihadisme',
    facts: [
      [
        'Ambtsbericht: betrokkene heeft contact met personen die naar Syrië zijn uitgereisd.',
        'online',
        'document',
        'Ambtsbericht AIVD',
      ],
    ],
    persons: [{ person: 'yusuf', relation: 'geen' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten'],
    outcome: 'zorgen_radicalisering',
  },
  {
    daysAgo: 270,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'jihadisme',
    facts: [
      [
        'Ilias heeft zijn kleding en gedrag de afgelopen maanden sterk veranderd en praat over "ongelovigen".',
        'buurt',
        'eigen_waarneming',
      ],
    ],
    assumptions: ['Hij wordt door iemand beïnvloed.'],
    contra: 'Hij is nog steeds vriendelijk tegen de buren en helpt oudere mensen met boodschappen.',
    persons: [{ person: 'ilias', relation: 'buurtbewoner' }],
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'geen_zorgen',
    annotate: [
      'weerlegt',
      'Gesprek met de ouders: religieuze verdieping na overlijden van zijn opa; geen zorgen.',
    ],
  },
  {
    daysAgo: 260,
    channel: 'telefoon',
    reporter: 'professional',
    category: 'links_extremisme',
    facts: [
      [
        'Jesse roept in een studentenchat op om het kantoor van een bedrijf "onbruikbaar te maken".',
        'online',
        'gehoord_van_anderen',
        'Studentendecaan, op basis van een schermafbeelding',
      ],
    ],
    assumptions: ['Hij plant een actie tegen het bedrijf.'],
    persons: [{ person: 'jesse', relation: 'school' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'geen_zorgen',
    closeReason: 'geen_zorgen',
    annotate: ['weerlegt', 'De tekst bleek een citaat uit een lied; geen aanwijzingen voor een actie.'],
  },
  {
    daysAgo: 240,
    channel: 'email',
    reporter: 'professional',
    category: 'polarisatie_onrust',
    kind: 'adviesvraag',
    question:
      'Hoe bespreek ik polarisatie in de klas na de aanslag die in het nieuws was? Leerlingen reageren fel op elkaar.',
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'advies_gegeven',
  },
  {
    daysAgo: 220,
    channel: 'email',
    reporter: 'professional',
    category: 'anti_institutioneel_extremisme',
    facts: [
      [
        'Thijs riep tijdens de openbare raadsvergadering naar de burgemeester: "jullie hangen nog".',
        'werk',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'thijs', relation: 'geen' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_radicalisering',
    closeReason: 'overgedragen_casusoverleg',
  },
  {
    daysAgo: 200,
    channel: 'politie_cter',
    reporter: 'professional',
    category: 'rechts_extremisme',
    facts: [
      [
        'Milan was aanwezig bij een bijeenkomst van een extreemrechtse actiegroep en deelde daar pamfletten uit.',
        'buurt',
        'document',
        'Mutatie politie',
      ],
    ],
    assumptions: ['Hij is lid geworden van de actiegroep.'],
    persons: [{ person: 'milan', relation: 'geen' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_radicalisering',
    closeReason: 'overgedragen_casusoverleg',
    annotate: [
      'bevestigt',
      'Wijkagent bevestigt: Milan staat op de ledenlijst die bij een huiszoeking is aangetroffen.',
    ],
  },
  {
    daysAgo: 180,
    channel: 'email',
    reporter: 'inwoner',
    category: 'polarisatie_onrust',
    facts: [
      [
        'Eline organiseert een protest tegen de komst van een azc en schrijft online dat bewoners "het heft in eigen hand moeten nemen".',
        'online',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'eline', relation: 'buurtbewoner' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'geen_zorgen',
    closeReason: 'geen_zorgen',
  },
  {
    daysAgo: 160,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'polarisatie_onrust',
    facts: [['Bedreigende teksten tegen de moskee op een muur in Westerpark.', 'buurt', 'eigen_waarneming']],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_geen_radicalisering',
    closeReason: 'anders',
  },
  {
    daysAgo: 150,
    channel: 'ketenpartner',
    reporter: 'professional',
    category: 'polarisatie_onrust',
    facts: [
      [
        'Bram is betrokken bij vechtpartijen tussen groepen jongeren na een online ruzie over de oorlog in het Midden-Oosten.',
        'school',
        'eigen_waarneming',
      ],
    ],
    contra: 'Hij heeft spijt betuigd en doet mee aan een herstelgesprek.',
    persons: [{ person: 'bram', relation: 'hulpverlener' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_geen_radicalisering',
    closeReason: 'doorverwezen_zorg',
  },
  {
    daysAgo: 140,
    channel: 'ketenpartner',
    reporter: 'professional',
    category: 'jihadisme',
    facts: [
      [
        'Amira vertelt op school dat ze wil trouwen met een strijder die ze online heeft leren kennen.',
        'school',
        'gehoord_van_anderen',
        'Mentor van Amira',
      ],
    ],
    persons: [{ person: 'amira', relation: 'hulpverlener' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten'],
    outcome: 'zorgen_radicalisering',
  },
  {
    daysAgo: 120,
    channel: 'politie_cter',
    reporter: 'professional',
    category: 'jihadisme',
    facts: [
      [
        'Yusuf is aangehouden bij een demonstratie en had een vlag van een verboden organisatie bij zich.',
        'buurt',
        'document',
        'Proces-verbaal politie',
      ],
    ],
    persons: [{ person: 'yusuf', relation: 'geen' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten', 'afgesloten'],
    outcome: 'zorgen_radicalisering',
    closeReason: 'overgedragen_casusoverleg',
  },
  {
    daysAgo: 110,
    channel: 'telefoon',
    reporter: 'inwoner',
    category: 'overig_gemengd',
    kind: 'adviesvraag',
    question:
      'Mijn dochter volgt een influencer die zegt dat vrouwen geen rechten horen te hebben. Hoe ga ik hierover in gesprek?',
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'advies_gegeven',
  },
  {
    daysAgo: 100,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'overig_gemengd',
    question: 'Moet ik mij zorgen maken?',
    facts: [
      [
        'Mijn zoon van 14 zit uren op forums waar schietpartijen op scholen worden gevierd.',
        'thuis',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'noah', relation: 'ouder_verzorger' }],
    path: ['in_behandeling', 'afgesloten'],
    closeReason: 'advies_gegeven',
    feedback: 'Wij hebben met u gebeld en u in contact gebracht met de jeugdarts.',
  },
  {
    daysAgo: 90,
    channel: 'politie_cter',
    reporter: 'professional',
    category: 'jihadisme',
    facts: [
      [
        'Ilias bezocht meerdere keren een woning van iemand die bekend is vanwege jihadistische uitlatingen.',
        'buurt',
        'document',
        'Informatie CTER',
      ],
    ],
    persons: [{ person: 'ilias', relation: 'geen' }],
    path: ['in_behandeling', 'geagendeerd', 'besloten'],
    outcome: 'zorgen_radicalisering',
  },
  {
    daysAgo: 70,
    channel: 'ambtsbericht_aivd',
    reporter: 'professional',
    category: 'jihadisme',
    facts: [
      [
        'Ambtsbericht over een netwerk dat jongeren in de regio benadert via gamingplatforms.',
        'online',
        'document',
        'Ambtsbericht AIVD',
      ],
    ],
    path: ['in_behandeling', 'geagendeerd'],
  },
  {
    daysAgo: 60,
    channel: 'politie_cter',
    reporter: 'professional',
    category: 'dierenrechtenextremisme',
    facts: [
      [
        'Graffiti met dierenrechtenleuzen bij de woning van een veehouder; camerabeelden tonen een vrouw.',
        'buurt',
        'document',
        'Camerabeelden politie',
      ],
    ],
    assumptions: ['Het gaat om Fenna Hoekstra.'],
    persons: [{ person: 'fenna', as: { name: 'F. Hoekstra' }, relation: 'geen' }],
    path: ['in_behandeling', 'geagendeerd'],
  },
  {
    daysAgo: 50,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'rechts_extremisme',
    facts: [
      [
        'Kevin is gezien bij een schietvereniging en praat in een chat over "dag X".',
        'online',
        'gehoord_van_anderen',
        'Een vriend van mijn zoon',
      ],
    ],
    persons: [{ person: 'kevin', relation: 'buurtbewoner' }],
    path: ['in_behandeling', 'geagendeerd'],
  },
  {
    daysAgo: 45,
    channel: 'webformulier',
    reporter: 'anoniem',
    category: 'anti_institutioneel_extremisme',
    facts: [
      [
        'Op het schoolplein worden pamfletten uitgedeeld van een groep die democratie "verraad" noemt.',
        'school',
        'eigen_waarneming',
      ],
    ],
    path: ['in_behandeling', 'meer_informatie_nodig'],
  },
  {
    daysAgo: 40,
    channel: 'balie',
    reporter: 'professional',
    category: 'anti_institutioneel_extremisme',
    facts: [
      [
        'Sara kwam aan de balie haar inschrijving in de BRP "opzeggen" en gaf een zelfgemaakt document af.',
        'werk',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'sara', relation: 'werk' }],
    path: ['in_behandeling', 'meer_informatie_nodig'],
  },
  {
    daysAgo: 35,
    channel: 'telefoon',
    reporter: 'inwoner',
    category: 'anti_institutioneel_extremisme',
    facts: [
      [
        'Thijs plaatst op sociale media foto’s van de woning van een wethouder.',
        'online',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'thijs', relation: 'buurtbewoner' }],
    path: ['in_behandeling', 'meer_informatie_nodig'],
    dueInDays: 60,
  },
  {
    daysAgo: 25,
    channel: 'ketenpartner',
    reporter: 'professional',
    category: 'rechts_extremisme',
    facts: [
      [
        'Wijkagent ziet Milan regelmatig met oudere mannen die bekend zijn van de actiegroep.',
        'buurt',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'milan', relation: 'geen' }],
    path: ['in_behandeling'],
  },
  {
    daysAgo: 20,
    channel: 'email',
    reporter: 'professional',
    category: 'overig_gemengd',
    kind: 'adviesvraag',
    question:
      'Een sportvereniging vraagt advies over een trainer die in de kleedkamer extreme uitspraken doet.',
    path: ['in_behandeling'],
  },
  {
    daysAgo: 15,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'links_extremisme',
    facts: [
      [
        'Jesse plakt stickers met bedreigende tekst over een politicus in de binnenstad.',
        'buurt',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'jesse', relation: 'geen' }],
  },
  {
    daysAgo: 12,
    channel: 'webformulier',
    reporter: 'anoniem',
    category: 'rechts_extremisme',
    facts: [
      [
        'Een groepje jongeren in Noorderwijk draagt kleding met "88" en andere codes.',
        'buurt',
        'eigen_waarneming',
      ],
    ],
  },
  {
    daysAgo: 8,
    channel: 'telefoon',
    reporter: 'professional',
    category: 'polarisatie_onrust',
    facts: [
      [
        'Docent meldt dat Bram in de klas filmpjes van een schietpartij verheerlijkt.',
        'school',
        'eigen_waarneming',
      ],
    ],
    persons: [{ person: 'bram', relation: 'school' }],
  },
  {
    daysAgo: 6,
    channel: 'politie_cter',
    reporter: 'professional',
    category: 'overig_gemengd',
    facts: [
      [
        'Iemand uit Lindeburg zocht online naar bouwinstructies voor explosieven.',
        'online',
        'document',
        'Melding CTER',
      ],
    ],
    persons: [{ as: { age: 24, neighbourhood: 'Buitenveld' }, relation: 'geen' }],
    path: ['in_behandeling'],
  },
  {
    daysAgo: 5,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'jihadisme',
    facts: [
      [
        'I. Bouzid deelt in een buurtgroep oproepen om geld te geven aan een "hulporganisatie" in een conflictregio.',
        'online',
        'eigen_waarneming',
      ],
    ],
    persons: [{ as: { name: 'I. Bouzid', neighbourhood: 'Havenkwartier' }, relation: 'buurtbewoner' }],
  },
  {
    daysAgo: 3,
    channel: 'webformulier',
    reporter: 'anoniem',
    category: 'jihadisme',
    facts: [
      [
        'Een meisje uit het Havenkwartier zegt op school dat ze binnenkort "naar haar man" vertrekt.',
        'school',
        'gehoord_van_anderen',
        'Klasgenoot van mijn dochter',
      ],
    ],
    persons: [{ as: { birthDate: '2009-03-21', neighbourhood: 'Havenkwartier' }, relation: 'geen' }],
  },
  {
    daysAgo: 2,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'rechts_extremisme',
    kind: 'adviesvraag',
    question: 'Mijn buurman hangt vlaggen met runentekens op zijn balkon. Wat kan ik doen?',
  },
  {
    daysAgo: 1,
    channel: 'telefoon',
    reporter: 'professional',
    category: 'overig_gemengd',
    facts: [
      [
        'Docent hoort dat een leerling een "lijst" heeft met namen van klasgenoten.',
        'school',
        'gehoord_van_anderen',
        'Twee leerlingen uit dezelfde klas',
      ],
    ],
    contra: 'De leerling zelf zegt dat het een grap was.',
    persons: [{ as: { name: 'Sem', age: 15, schoolOrWork: 'Lindeburg College' }, relation: 'school' }],
  },
  {
    daysAgo: 0,
    channel: 'webformulier',
    reporter: 'inwoner',
    category: 'rechts_extremisme',
    facts: [
      [
        'Milan de Jong heeft een filmpje geplaatst waarin hij met een groep door de wijk loopt en leuzen roept.',
        'online',
        'eigen_waarneming',
      ],
    ],
    persons: [{ as: { name: 'Milan de Jong', age: 17 }, relation: 'buurtbewoner' }],
  },
];

const SHARING: SharingSteps = {
  adviceAsked: { done: true, note: 'Anoniem overlegd met de aandachtsfunctionaris' },
  conversationHeld: { done: false, note: 'Een gesprek zou het politieonderzoek kunnen schaden' },
  safetyRisksWeighed: { done: true },
  consent: {
    asked: false,
    given: false,
    note: 'Taak politie (art. 3 Politiewet); zwaarwegend veiligheidsbelang',
  },
  onlyNecessaryData: { done: true },
  recordedInOwnFile: { done: true, note: 'Vastgelegd in BVH' },
};

const REPORTERS: Record<ReporterKind, IntakeDraft['reporter']> = {
  inwoner: { kind: 'inwoner', name: 'Demo-melder', email: 'melder@example.org', feedbackWanted: true },
  professional: {
    kind: 'professional',
    name: 'Demo-professional',
    organisation: 'Lindeburg College',
    phone: '0501234567',
  },
  anoniem: { kind: 'anoniem' },
};

interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly organisationId: string;
  readonly organisationName: string;
}

async function demoUser(q: Queryable, role: string): Promise<DemoUser> {
  const r = await q.query<{
    id: string;
    name: string;
    role: string;
    organisation_id: string;
    organisation_name: string;
  }>(
    `SELECT u.id, u.display_name AS name, m.role, o.id AS organisation_id, o.name AS organisation_name
       FROM app_user u JOIN membership m ON m.user_id = u.id JOIN organisation o ON o.id = m.organisation_id
      WHERE u.is_demo AND m.role = $1
      ORDER BY o.partner_type = 'politie' DESC NULLS LAST, u.created_at, u.id LIMIT 1`,
    [role],
  );
  const u = r.rows[0];
  if (!u) throw new Error(`no demo user with role ${role}`);
  return {
    id: u.id,
    name: u.name,
    role: u.role,
    organisationId: u.organisation_id,
    organisationName: u.organisation_name,
  };
}

/**
 * Seeds the meldpunt demo data of one municipality inside the demo's transaction. `anchor` is "today" of
 * the demo: the newest signal arrives on it, the oldest eighteen months before.
 */
export async function seedMeldpuntDemo(
  q: Queryable,
  tenantId: string,
  anchor: Date = new Date(),
): Promise<number> {
  const random = seeded(20260302);
  const meldpunt = await demoUser(q, 'meldpunt');
  const officer = await demoUser(q, 'aandachtsfunctionaris');
  const partner = await demoUser(q, 'ketenpartner');
  const categories = new Map(
    (
      await q.query<{ id: string; code: string }>(
        'SELECT id, code FROM phenomenon_category WHERE tenant_id = $1',
        [tenantId],
      )
    ).rows.map((c) => [c.code, c.id]),
  );
  const personIds = new Map<PersonKey, string>();
  const today = amsterdamDate(anchor);
  const latest = anchor.getTime() - 3_600_000;

  for (const spec of SIGNALS) {
    const receivedOn = addDays(today, -spec.daysAgo);
    const receivedAt =
      spec.daysAgo === 0
        ? new Date(latest - Math.floor(random() * 3) * 3_600_000)
        : new Date(amsterdamNoon(receivedOn).getTime() + Math.floor((random() - 0.5) * 6) * 3_600_000);
    const route: IntakeRoute =
      spec.channel === 'webformulier'
        ? 'publiek'
        : spec.channel === 'ketenpartner'
          ? 'professional'
          : 'medewerker';
    const recorder =
      spec.channel === 'ambtsbericht_aivd' ? officer : route === 'professional' ? partner : meldpunt;
    const draft: IntakeDraft = {
      kind: spec.kind ?? 'melding',
      reporter:
        route === 'professional'
          ? {
              kind: 'professional',
              name: partner.name,
              organisation: partner.organisationName,
              feedbackWanted: true,
            }
          : REPORTERS[spec.reporter],
      question: spec.question ?? null,
      observations: (spec.facts ?? []).map(([description, place, source, sourceDetail]) => ({
        description,
        observedOn: addDays(receivedOn, -Math.floor(random() * 5)),
        place,
        source,
        sourceDetail: sourceDetail ?? null,
      })),
      assumptions: spec.assumptions ?? [],
      contraIndications: spec.contra ?? null,
      persons: (spec.persons ?? []).map((m) => {
        const p = m.person ? PERSONS[m.person] : undefined;
        return { ...(m.as ?? p ?? {}), relation: m.relation ?? null };
      }),
    };
    const actor: Actor = {
      userId: recorder.id,
      displayName: recorder.name,
      membershipId: '',
      organisationId: recorder.organisationId,
      organisationName: recorder.organisationName,
      organisationKind: recorder.role === 'ketenpartner' ? 'partner' : 'gemeente',
      role: recorder.role as Actor['role'],
      tenantId,
      sessionId: '',
      authMethod: 'demo',
    };
    const row = newSignalRow(
      {
        route,
        tenantId,
        channel: spec.channel,
        draft,
        sharingSteps: route === 'professional' ? SHARING : undefined,
        actor: route === 'publiek' ? null : actor,
        deadlines: DEFAULT_DEADLINES,
      },
      { receivedAt, createdAt: receivedAt, statusCodeHash: null },
    );
    const { id } = await insertSignal(q, { ...row, notify: false });
    let version = 1;
    const worker = spec.channel === 'ambtsbericht_aivd' ? officer : meldpunt;
    const ref = (u: DemoUser) => ({ userId: u.id, name: u.name, role: u.role });
    let at = receivedAt.getTime();
    const next = () => {
      at = Math.min(
        latest,
        at + (1 + Math.floor(random() * 3)) * 86_400_000 + Math.floor(random() * 8) * 3_600_000,
      );
      return new Date(at);
    };

    // Links: the officer or the meldpunt confirmed who is meant, or created the person record.
    const subjects = await q.query<{ id: string; ordinal: number }>(
      'SELECT id, ordinal FROM signal_subject WHERE signal_id = $1 ORDER BY ordinal',
      [id],
    );
    for (const [i, m] of (spec.persons ?? []).entries()) {
      const subjectId = subjects.rows[i]?.id;
      if (!m.person || !subjectId) continue;
      const when = next();
      let personId = personIds.get(m.person);
      if (!personId) {
        const p: PersonDraft = PERSONS[m.person];
        personId = await insertPerson(q, {
          tenantId,
          displayName: p.name as string,
          normalizedName: normalizeName(p.name as string),
          birthDate: p.birthDate ?? null,
          neighbourhood: p.neighbourhood ?? null,
          address: p.address ?? null,
          normalizedAddress: p.address ? normalizeAddress(p.address) : null,
          schoolOrWork: p.schoolOrWork ?? null,
          restricted: row.restricted,
          createdAt: when,
          createdBy: worker.id,
        });
        personIds.set(m.person, personId);
      } else if (!row.restricted) {
        await q.query('UPDATE person SET restricted = false WHERE id = $1', [personId]);
      }
      await setSubjectPerson(q, subjectId, personId, worker.id, when);
      await insertLinkDecision(q, {
        tenantId,
        subjectId,
        personId,
        decision: 'bevestigd',
        userId: worker.id,
        at: when,
        note: null,
      });
      await insertEvent(q, {
        signalId: id,
        at: when,
        actor: ref(worker),
        kind: 'koppeling',
        data: { subjectId, personId, decision: 'bevestigd' },
      });
      await q.query('UPDATE signal SET version = version + 1 WHERE id = $1', [id]);
      version += 1;
    }

    // The steps, through the same state machine as the API.
    let state: SignalState = {
      status: 'ontvangen',
      categoryId: null,
      acknowledgeDueOn: row.acknowledgeDueOn,
      triageDueOn: row.triageDueOn,
      acknowledgedAt: null,
      triagedAt: null,
      infoDueOn: null,
      nextDueOn: row.nextDueOn,
      decisionOutcome: null,
      closeReason: null,
      statusChangedAt: receivedAt,
    };
    for (const to of spec.path ?? []) {
      const when = next();
      if (!state.categoryId && TRIAGED.includes(to)) {
        const categoryId = categories.get(spec.category) ?? null;
        await updateSignalCategory(q, id, version, categoryId);
        version += 1;
        state = { ...state, categoryId };
        await insertEvent(q, {
          signalId: id,
          at: when,
          actor: ref(worker),
          kind: 'categorie',
          data: { from: null, to: categoryId },
        });
      }
      const decider = to === 'besloten' ? officer : worker;
      const command: TransitionCommand = {
        to,
        dueOn: to === 'meer_informatie_nodig' ? addDays(amsterdamDate(when), spec.dueInDays ?? 10) : null,
        outcome: spec.outcome ?? null,
        closeReason: spec.closeReason ?? null,
        note:
          to === 'meer_informatie_nodig'
            ? 'Navragen bij de melder en de school.'
            : to === 'besloten'
              ? 'Besproken in het signaleringsoverleg met politie en OM.'
              : to === 'afgesloten' && spec.closeReason === 'anders'
                ? 'Doorgezet naar beheer openbare ruimte en de wijkagent.'
                : null,
      };
      const r = transition(state, command, ref(decider), when);
      if (!r.ok) throw new Error(`demo step ${state.status} → ${to} refused`);
      await updateSignalState(q, id, version, r.state);
      version += 1;
      state = r.state;
      await insertStatusEvent(q, id, r.event);
    }

    if (spec.annotate) {
      const [effect, text] = spec.annotate;
      const assumption = (
        await q.query<{ id: string }>(
          'SELECT id FROM signal_assumption WHERE signal_id = $1 ORDER BY ordinal LIMIT 1',
          [id],
        )
      ).rows[0]?.id;
      const when = next();
      const annotationId = await insertAnnotation(q, {
        signalId: id,
        assumptionId: assumption ?? null,
        effect,
        text,
        at: when,
        actor: { userId: officer.id, name: officer.name },
      });
      if (assumption)
        await setAssumptionState(q, id, assumption, effect === 'bevestigt' ? 'bevestigd' : 'weerlegd');
      await insertEvent(q, {
        signalId: id,
        at: when,
        actor: ref(officer),
        kind: 'annotatie',
        data: { annotationId, assumptionId: assumption, effect },
        note: text,
      });
      await q.query('UPDATE signal SET version = version + 1 WHERE id = $1', [id]);
    }
    if (spec.feedback) {
      const when = next();
      const feedbackId = await insertFeedback(q, {
        signalId: id,
        message: spec.feedback,
        at: when,
        userId: meldpunt.id,
      });
      await insertEvent(q, {
        signalId: id,
        at: when,
        actor: ref(meldpunt),
        kind: 'terugkoppeling',
        data: { feedbackId },
        note: spec.feedback,
      });
      await q.query('UPDATE signal SET version = version + 1 WHERE id = $1', [id]);
    }
  }
  return SIGNALS.length;
}
