/**
 * The register of processing activities (art. 30 lid 1 AVG), generated from the configuration: the
 * activities are the modules of the product; the recipients are the partner organisations the municipality
 * registered; the retention terms are the municipality's own rules or the documented defaults of
 * src/domain/privacy/retention.ts. Pure: the
 * caller reads the configuration.
 */

export interface RetentionTerm {
  readonly kind: string;
  readonly months: number;
  /** Where the term comes from (the municipality's own rule, or the source of the default). */
  readonly source: string;
  readonly own: boolean;
}

export interface RegisterInput {
  readonly controller: string;
  readonly region: string | null;
  /** Partner organisations of the municipality, by type (politie, om, jeugdzorg, school, ...). */
  readonly partners: ReadonlyArray<{ readonly name: string; readonly type: string }>;
  readonly retention: readonly RetentionTerm[];
  /** The legal bases of the maintained list, by code. */
  readonly legalBases: ReadonlyArray<{ readonly code: string; readonly label: string }>;
  /** Partner window after the minutes (days), from the meeting settings. */
  readonly partnerWindowDays: number;
  readonly generatedAt: string;
  /**
   * The municipality's covenants on information sharing that are in force or signed for later (netwerk),
   * with the kinds of meeting they cover; named as a basis of the meetings and the cases.
   */
  readonly covenants?: ReadonlyArray<{
    readonly title: string;
    readonly article: string;
    readonly meetingKinds: readonly string[];
    readonly endsOn: string | null;
  }>;
  /**
   * Regional cooperation in force (src/domain/regio/): per agreement the task, the municipality it is about,
   * who works it on its behalf and the covenant it rests on. When there is any, the register names the activity.
   */
  readonly regional?: ReadonlyArray<{
    readonly task: string;
    readonly municipality: string;
    readonly worker: string;
    readonly covenant: string | null;
    readonly endsOn: string | null;
  }>;
}

// Mutable arrays: the HTTP schema's types are mutable; nothing changes them after they are made.
export interface ProcessingActivity {
  readonly key: string;
  readonly name: string;
  readonly purposes: string[];
  readonly legalBases: string[];
  readonly subjects: string[];
  readonly data: string[];
  readonly special: string[];
  readonly recipients: string[];
  readonly retention: string[];
}

export interface ProcessingRegister {
  readonly controller: string;
  readonly generatedAt: string;
  readonly contact: string;
  readonly thirdCountries: string;
  readonly security: string[];
  readonly activities: ProcessingActivity[];
}

const RETENTION_LABELS: Record<string, string> = {
  melding_zonder_vervolg: 'Melding afgesloten zonder vervolg',
  adviesvraag: 'Adviesvraag',
  casus_afgesloten: 'Afgesloten casus',
  bijlage: 'Bijlage bij een melding',
  notulen: 'Notulen van een overleg',
  sleutelfiguur_beeindigd: 'Sleutelfiguur (gerekend vanaf het einde van de afspraak)',
  deskundigheid_vertrokken: 'Opleidingsgegevens van wie de doelgroep verliet (gerekend vanaf het vertrek)',
};

const PARTNER_LABELS: Record<string, string> = {
  politie: 'Politie (CTER)',
  om: 'Openbaar Ministerie',
  zvh: 'Zorg- en Veiligheidshuis',
  rvdk: 'Raad voor de Kinderbescherming',
  reclassering: 'Reclassering',
  jeugdzorg: 'Jeugdzorg',
  ggz: 'GGZ',
  school: 'School',
  leerplicht: 'Leerplicht',
  jongerenwerk: 'Jongerenwerk',
  wijkteam: 'Wijkteam',
  nctv: 'NCTV',
  overig: 'Andere ketenpartner',
};

function term(terms: readonly RetentionTerm[], kind: string): string {
  const t = terms.find((x) => x.kind === kind);
  if (!t) return `${RETENTION_LABELS[kind] ?? kind}: geen termijn ingesteld`;
  const span = t.months % 12 === 0 ? `${t.months / 12} jaar` : `${t.months} maanden`;
  return `${RETENTION_LABELS[kind] ?? kind}: ${span} na de laatste verwerking (${t.own ? 'eigen regel van de gemeente' : 'standaard'}; ${t.source})`;
}

const REGIO_TASK_LABELS: Record<string, string> = {
  regionaal_meldpunt: 'het regionale meldpunt',
  regionaal_signaleringsoverleg: 'het regionale signaleringsoverleg',
  regionaal_casusoverleg: 'het regionale casusoverleg',
  regie_door_gemeente: 'de regie van casussen door de dossierhouder van een andere gemeente',
};

function regionalActivity(
  input: RegisterInput,
  common: string[],
  persons: string[],
  r: (kind: string) => string,
): ProcessingActivity[] {
  const agreements = input.regional ?? [];
  if (agreements.length === 0) return [];
  return [
    {
      key: 'regio',
      name: 'Regionale samenwerking',
      purposes: [
        'Kleinere gemeenten bundelen hun krachten: de regio of een grotere gemeente voert een taak uit namens de gemeente, die verantwoordelijk blijft',
        ...agreements.map(
          (a) =>
            `${a.municipality}: ${REGIO_TASK_LABELS[a.task] ?? a.task}, uitgevoerd door ${a.worker}${a.endsOn ? ` (tot en met ${a.endsOn})` : ''}`,
        ),
      ],
      legalBases: [
        ...common,
        ...agreements.flatMap((a) => (a.covenant ? [`Convenant "${a.covenant}"`] : [])),
      ],
      subjects: persons,
      data: ['Zoals bij het meldpunt, de overleggen en de casussen van de gemeente'],
      special: ['Zoals bij het meldpunt'],
      recipients: [
        'Medewerkers van de regio of de aandachtsfunctionaris van de grotere gemeente, alleen voor wat zij namens de gemeente doen; elke stap wordt gelogd met namens wie',
      ],
      retention: [
        'De termijnen van de gemeente zelf blijven gelden:',
        r('melding_zonder_vervolg'),
        r('casus_afgesloten'),
      ],
    },
  ];
}

/** The art. 30 register for one municipality. */
export function processingRegister(input: RegisterInput): ProcessingRegister {
  const basis = (...codes: string[]) =>
    codes.flatMap((c) => input.legalBases.find((b) => b.code === c)?.label ?? []);
  const partnerTypes = [...new Set(input.partners.map((p) => PARTNER_LABELS[p.type] ?? p.type))].sort();
  const partners = partnerTypes.length > 0 ? partnerTypes : ['(nog geen ketenpartners geregistreerd)'];
  const r = (kind: string) => term(input.retention, kind);
  const persons = [
    'Betrokkenen over wie zorgen bestaan (ook minderjarigen)',
    'Personen in hun netwerk (familie, vrienden)',
    'Melders (inwoners en professionals)',
  ];
  const common = basis('avg_art_6_1_e', 'avg_art_9_2_g', 'uavg_art_33', 'gemeentewet_art_172');
  const covenantsFor = (...kinds: string[]) =>
    (input.covenants ?? [])
      .filter((c) => c.meetingKinds.some((k) => kinds.includes(k)))
      .map(
        (c) => `Convenant "${c.title}", ${c.article}${c.endsOn ? ` (geldig tot en met ${c.endsOn})` : ''}`,
      );
  return {
    controller: input.controller,
    generatedAt: input.generatedAt,
    contact: 'De functionaris gegevensbescherming (FG) van de gemeente',
    thirdCountries: 'Geen doorgifte buiten de Europese Economische Ruimte.',
    security: [
      'Toegang per rol en per casus (need to know); een ketenpartner ziet alleen waaraan hij deelneemt.',
      'Elke inzage en wijziging in een toegangslog dat niet onopgemerkt kan worden gewijzigd (hashketen).',
      'Inloggen met tweede factor of via de identiteitsprovider van de gemeente; sessies verlopen.',
      'Bewaartermijnen worden automatisch toegepast; verwijdering laat alleen een inhoudsloze registratie achter.',
      'Geen geautomatiseerde beoordeling van personen: geen scores, rangschikkingen of voorspellingen.',
    ],
    activities: [
      {
        key: 'meldpunt',
        name: 'Meld- en adviespunt: signalen en adviesvragen',
        purposes: [
          'Signalen van mogelijke radicalisering ontvangen, als feiten vastleggen en zorgvuldig wegen',
          'Adviesvragen van professionals en inwoners beantwoorden',
          'Terugkoppeling aan de melder',
        ],
        legalBases: common,
        subjects: persons,
        data: [
          'Naam, geboortedatum, wijk, adres, school of werk',
          'Waarnemingen, veronderstellingen en wat ertegen pleit',
          'Contactgegevens van de melder',
          'Bijlagen',
        ],
        special: [
          'Religieuze of levensbeschouwelijke overtuiging en politieke opvattingen (art. 9 AVG)',
          'Strafrechtelijke persoonsgegevens (art. 10 AVG)',
          'Ambtsberichten van de AIVD, alleen voor de burgemeester en de aandachtsfunctionaris',
        ],
        recipients: ['Medewerkers van het meldpunt en de aandachtsfunctionaris van de gemeente'],
        retention: [r('melding_zonder_vervolg'), r('adviesvraag'), r('bijlage')],
      },
      {
        key: 'overleggen',
        name: 'Signaleringsoverleg, weegploeg en casusoverleg',
        purposes: [
          'Signalen en casussen gezamenlijk wegen en besluiten vastleggen ("duiden doe je altijd samen")',
        ],
        legalBases: [
          ...common,
          ...basis('convenant_zvh', 'wpg_art_16', 'wpg_art_20', 'wjsg_art_39f'),
          ...covenantsFor('signaleringsoverleg', 'weegploeg', 'casusoverleg'),
        ],
        subjects: persons,
        data: ['Agendapunten, inbreng per organisatie met grondslag, besluiten, acties en notulen'],
        special: ['Zoals bij het meldpunt'],
        recipients: [
          ...partners,
          `Uitgenodigde ketenpartners zien alleen hun agendapunt, tot ${input.partnerWindowDays} dagen na de notulen`,
        ],
        retention: [r('notulen')],
      },
      {
        key: 'casussen',
        name: 'Persoonsgerichte aanpak: casussen',
        purposes: [
          'Een plan van aanpak op maat uitvoeren en volgen',
          'Het netwerk van de betrokkene in beeld brengen en preventieve zorg regelen',
          'Familieondersteuning',
        ],
        legalBases: [
          ...common,
          ...basis('convenant_pga_deelname', 'jeugdwet_art_7_4_4'),
          ...covenantsFor('casusoverleg'),
        ],
        subjects: persons,
        data: [
          'Plan van aanpak en drijfveren in woorden',
          'Maatregelen (strafrechtelijk, bestuurlijk, zorg) met eigenaar en evaluatie',
          'Netwerk en familiecontacten',
          'Situatie (bijvoorbeeld uitgereisd of terugkeerder) en checklists',
        ],
        special: ['Zoals bij het meldpunt'],
        recipients: [...partners, 'Deelnemende ketenpartners, alleen zolang zij deelnemen'],
        retention: [r('casus_afgesloten')],
      },
      {
        key: 'sleutelfiguren',
        name: 'Netwerken: sleutelfiguren in gemeenschappen',
        purposes: [
          'Een wederzijdse afspraak met sleutelfiguren onderhouden: advies over beleid, bemiddelen bij spanningen, preventie en signalering',
          'Structureel contact houden, ook in rustige tijden, en na een ingrijpende gebeurtenis de gemeenschap peilen',
        ],
        legalBases: basis('avg_art_6_1_e', 'gemeentewet_art_172'),
        subjects: ['Sleutelfiguren met wie de gemeente een afspraak heeft'],
        data: [
          'Naam, bereikbaarheid, de gemeenschap waarin de sleutelfiguur inzicht geeft, rollen, status',
          'De afspraak (datum, document), herzieningsdatum, contacteigenaar',
          'Contactlog: datum, vorm, wie en een korte notitie, nooit inhoud over personen',
        ],
        special: [
          'De gemeenschap kan een religieuze of levensbeschouwelijke overtuiging onthullen (art. 9 AVG); daarom alleen voor de aandachtsfunctionaris en de netwerkcoördinator, en elke inzage wordt gelogd',
        ],
        recipients: [
          'Geen: sleutelfiguren staan los van het casusdossier, worden nooit aan een persoon of signaal gekoppeld en zijn geen informant',
        ],
        retention: [r('sleutelfiguur_beeindigd')],
      },
      {
        key: 'deskundigheid',
        name: 'Deskundigheidsbevordering: wie welke training volgde',
        purposes: [
          'Het leerplan uitvoeren: weten wie van elke doelgroep op het vereiste niveau is getraind en wanneer een opfrissing nodig is',
          'Herinneringen sturen als een training verloopt of verlopen is, en de dekking per doelgroep tonen (alleen beschermde aantallen)',
        ],
        legalBases: basis('avg_art_6_1_e'),
        subjects: [
          'Medewerkers van de gemeente in een doelgroep van het leerplan',
          'Professionals van partnerorganisaties die de gemeente bij naam registreert',
        ],
        data: [
          'Werkgegevens: naam, zakelijk e-mailadres, afdeling of team, organisatie, doelgroep, in dienst sinds en vertrokken op',
          'Gevolgde sessies (datum, training, afgerond of niet), certificaten, de datum van de laatste herinnering',
        ],
        special: [],
        recipients: [
          'Geen: alleen de aandachtsfunctionaris, de beleidsmedewerker en de opleidingscoördinator; een partnerorganisatie ziet alleen haar eigen mensen; de dekking alleen als beschermde aantallen',
        ],
        retention: [r('deskundigheid_vertrokken')],
      },
      {
        key: 'anoniem',
        name: 'Anonieme consultatie van deskundigen',
        purposes: ['Advies vragen over een casus zonder dat de betrokkene herkenbaar is'],
        legalBases: basis('convenant_anoniem_advies', 'avg_art_6_1_e'),
        subjects: ['Betrokkenen (geanonimiseerd)'],
        data: ['Casusbeschrijving met rollen in plaats van namen en relatieve datums'],
        special: [],
        recipients: ['Landelijk Steunpunt Extremisme of een andere deskundige, per export vastgelegd'],
        retention: [r('casus_afgesloten')],
      },
      {
        key: 'convenanten',
        name: 'Convenanten over informatiedeling (netwerk)',
        purposes: [
          'Vastleggen met welke partijen, waarvoor en hoe lang informatie gedeeld mag worden',
          'Bij elke verstrekking nagaan en vastleggen op welk convenant en artikel zij steunt',
        ],
        legalBases: basis('avg_art_6_1_e'),
        subjects: ['Ondertekenaars namens de partijen (professionals)'],
        data: [
          'Naam en functie van de ondertekenaar en de organisatie namens wie is getekend (werkgegevens)',
        ],
        special: [],
        recipients: [
          'De aandachtsfunctionaris; inzage voor de beleidsmedewerker, de privacy officer en de functioneel beheerder',
        ],
        retention: ['Zolang het convenant geldt; elke inzage wordt gelogd'],
      },
      ...regionalActivity(input, common, persons, r),
      {
        key: 'rechten',
        name: 'Rechten van betrokkenen',
        purposes: ['Verzoeken om inzage, rectificatie, beperking en wissen behandelen'],
        legalBases: basis('avg_art_15'),
        subjects: ['Betrokkenen die een verzoek doen'],
        data: ['Het verzoek, de reden, wat er is gedaan of waarom het is geweigerd'],
        special: [],
        recipients: ['De betrokkene zelf'],
        retention: ['Zolang de gegevens waarop het verzoek betrekking heeft bestaan'],
      },
      {
        key: 'toegangslog',
        name: 'Toegangslog en toezicht',
        purposes: ['Verantwoording: wie heeft wanneer welke gegevens ingezien of gewijzigd, en waarom'],
        legalBases: basis('avg_art_6_1_e'),
        subjects: ['Medewerkers van de gemeente en de ketenpartners'],
        data: ['Gebruiker, organisatie, rol, handeling, object, tijdstip, doel'],
        special: [],
        recipients: ['De functionaris gegevensbescherming'],
        retention: ['Ten minste zolang de gegevens waarop het log betrekking heeft worden bewaard'],
      },
    ],
  };
}
