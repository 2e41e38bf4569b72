import type { ArticleKind, Bilingual } from './article.js';
import { NATIONAL_IDS as ID } from './help-topics.js';

/**
 * The national articles of the kennisbank, written for Duiden in its own words from the guidance documents
 * (the seeds named as each article's source), in Dutch and English. They are synced into the database at first
 * use: raise NATIONAL_REVISION when a text changes, and every database takes the new texts over (a
 * municipality's choice to hide one stays). Risk instruments are named with their date only: their items are
 * licensed and never written here.
 */

export const NATIONAL_REVISION = 1;

export interface NationalArticle {
  readonly id: string;
  readonly kind: ArticleKind;
  /** Shown on the public help page (no sign-in) as well as inside. */
  readonly public: boolean;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  /** Paragraphs separated by an empty line; "## " a subheading, "- " a list item (article.ts articleBlocks). */
  readonly body: Bilingual;
  readonly source: string;
  readonly sourceUrl: string | null;
  readonly validSince: string;
  readonly reviewBy: string;
  readonly owner: string;
}

const OWNER = 'Redactie kennisbank Duiden';
const SINCE = '2026-12-01';
const REVIEW = '2027-12-01';
/** Law and bills change sooner: reviewed after half a year. */
const REVIEW_LAW = '2027-06-01';

const VAR_TOOLKIT = 'VAR-toolkit voor gemeenten (Veiligheidsalliantie regio Rotterdam)';
const FACTSHEET = 'VNG/NGB, factsheet De rol van gemeenten bij de aanpak van radicalisering (2 juni 2015)';
const WEBINAR = 'Webinar Radicalisering en Extremisme, regio Oost-Brabant (22 en 23 februari 2021)';
const NEXT_STEPS = 'Vervolgstappen in geval van mogelijke radicalisering (pagina voor professionals)';

interface OrgTexts {
  readonly offers: Bilingual;
  readonly when: Bilingual;
  readonly reach: Bilingual;
}

/** A help organisation's text: what it offers, when to turn to it, how to reach it. */
const orgBody = (t: OrgTexts): Bilingual => ({
  nl: `## Wat biedt het\n\n${t.offers.nl}\n\n## Wanneer schakelt u het in\n\n${t.when.nl}\n\n## Hoe bereikt u het\n\n${t.reach.nl}`,
  en: `## What it offers\n\n${t.offers.en}\n\n## When to turn to it\n\n${t.when.en}\n\n## How to reach it\n\n${t.reach.en}`,
});

const instrument = (id: string, name: string, full: Bilingual): NationalArticle => ({
  id,
  kind: 'instrument',
  public: false,
  title: { nl: name, en: name },
  summary: {
    nl: `${full.nl}. Alleen bij naam en datum genoemd: de onderdelen staan onder licentie en niet in Duiden.`,
    en: `${full.en}. Named by name and date only: its items are licensed and not in Duiden.`,
  },
  body: {
    nl: `${name} is een gestructureerd instrument voor een professionele inschatting, dat alleen wordt gebruikt door wie ervoor is opgeleid en er een licentie voor heeft.\n\nDuiden neemt de onderdelen, vragen of scores van dit instrument niet over en berekent zelf geen risico's: het oordeel is altijd van mensen, samen ("duiden doe je altijd samen"). Leg in een casus vast wie het instrument heeft gebruikt, wanneer, en welke conclusie daaruit in het overleg is getrokken, in eigen woorden.\n\nVoor de inhoud, de versie en de opleiding: raadpleeg de uitgever of de organisatie die het instrument in uw regio gebruikt.`,
    en: `${name} is a structured instrument for a professional assessment, used only by those trained and licensed for it.\n\nDuiden does not take over this instrument's items, questions or scores and computes no risk itself: judgement is always human, and shared ("duiden doe je altijd samen"). Record in a case who used the instrument, when, and what conclusion the meeting drew from it, in your own words.\n\nFor its content, version and training: ask the publisher or the organisation that uses the instrument in your region.`,
  },
  source: 'Genoemd in de landelijke aanpak als gelicentieerd instrument; inhoud bij de uitgever',
  sourceUrl: null,
  validSince: SINCE,
  reviewBy: REVIEW,
  owner: OWNER,
});

export const NATIONAL_ARTICLES: readonly NationalArticle[] = [
  {
    id: ID.definitieRadicalisering,
    kind: 'definitie',
    public: true,
    title: { nl: 'Radicalisering (definitie NCTV)', en: 'Radicalisation (NCTV definition)' },
    summary: {
      nl: 'Een proces waarin iemand steeds meer bereid raakt de uiterste gevolgen van een denkwijze te aanvaarden en daarnaar te handelen.',
      en: 'A process in which someone becomes ever more willing to accept the most extreme consequences of a way of thinking and to act on them.',
    },
    body: {
      nl: 'De Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) beschrijft radicalisering als een proces, niet als een toestand: iemand raakt steeds meer bereid om een denkwijze tot in het uiterste door te trekken en daar ook naar te handelen.\n\nDie groeiende bereidheid kan uitmonden in gedrag dat anderen ernstig kwetst of hun vrijheid aantast, in het zich afkeren van de samenleving, en uiteindelijk in geweld.\n\n## Wat betekent dit in de praktijk\n\n- Radicale gedachten zijn op zichzelf niet strafbaar; het gaat om de beweging naar handelen.\n- Maak onderscheid tussen wat voor u vreemd is en wat zorgelijk is.\n- Eén signaal is geen signaal: een losse waarneming kan een puzzelstuk zijn, geen conclusie.',
      en: 'The National Coordinator for Security and Counterterrorism (NCTV) describes radicalisation as a process, not a state: someone becomes ever more willing to take a way of thinking to its extreme and to act on it.\n\nThat growing willingness can lead to behaviour that deeply hurts others or restricts their freedom, to turning away from society, and in the end to violence.\n\n## What this means in practice\n\n- Radical thoughts are not an offence in themselves; what matters is the movement towards action.\n- Tell apart what is strange to you from what is worrying.\n- One signal is no signal: a single observation can be a piece of the puzzle, not a conclusion.',
    },
    source: `NCTV, definitie radicalisering, zoals opgenomen in de ${VAR_TOOLKIT}`,
    sourceUrl: 'https://www.nctv.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.definitieExtremisme,
    kind: 'definitie',
    public: true,
    title: { nl: 'Extremisme (definitie NCTV)', en: 'Extremism (NCTV definition)' },
    summary: {
      nl: 'Uit ideologische motieven bereid zijn tot activiteiten die de democratische rechtsorde ondermijnen, met of zonder geweld.',
      en: 'Being willing, for ideological reasons, to undertake activities that undermine the democratic legal order, with or without violence.',
    },
    body: {
      nl: 'Volgens de NCTV is extremisme de bereidheid om vanuit een ideologie dingen te doen die de democratische rechtsorde ondergraven. De middelen zijn ondemocratisch en kunnen gewelddadig of niet-gewelddadig zijn.\n\n## Niet-gewelddadige middelen, bijvoorbeeld\n\n- stelselmatig haat zaaien of angst verspreiden;\n- bewust desinformatie verspreiden, demoniseren en intimideren;\n- wetten en regels verwerpen of een parallelle samenleving willen opbouwen die het gezag van overheid en rechtspraak afwijst.\n\n## Gewelddadige middelen, bijvoorbeeld\n\n- geweldpleging en mishandeling, of zwaardere vormen van geweld.',
      en: 'According to the NCTV, extremism is the willingness to do things, out of an ideology, that undermine the democratic legal order. The means are undemocratic and may be violent or non-violent.\n\n## Non-violent means, for example\n\n- systematically spreading hatred or fear;\n- deliberately spreading disinformation, demonising and intimidating;\n- rejecting laws and rules, or seeking a parallel society that rejects the authority of government and the courts.\n\n## Violent means, for example\n\n- assault and battery, or more serious forms of violence.',
    },
    source: `NCTV, definitie extremisme, zoals opgenomen in de ${VAR_TOOLKIT}`,
    sourceUrl: 'https://www.nctv.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.definitieTerrorisme,
    kind: 'definitie',
    public: true,
    title: { nl: 'Terrorisme (definitie NCTV)', en: 'Terrorism (NCTV definition)' },
    summary: {
      nl: 'Geweld tegen mensenlevens of ontwrichtende schade aan zaken, uit ideologische motieven, om de samenleving te ontwrichten, angst te zaaien of de politiek te beïnvloeden.',
      en: 'Violence against human life or disruptive damage to property, out of ideological motives, to destabilise society, spread fear or influence politics.',
    },
    body: {
      nl: 'De NCTV spreekt van terrorisme bij geweld dat gericht is op mensenlevens, of bij zaakschade die de samenleving ontwricht, gepleegd uit ideologische motieven.\n\nHet doel is een van deze: de samenleving ondermijnen en ontwrichten, de bevolking ernstige angst aanjagen, of politieke besluiten beïnvloeden.\n\nDe strafrechtelijke kant hiervan ligt bij politie en Openbaar Ministerie; de gemeente werkt aan voorkomen en aan de persoonsgerichte aanpak.',
      en: 'The NCTV speaks of terrorism for violence aimed at human life, or damage to property that disrupts society, committed out of ideological motives.\n\nThe aim is one of these: to undermine and destabilise society, to make the population seriously afraid, or to influence political decisions.\n\nThe criminal side of it lies with the police and the Public Prosecution Service; the municipality works on prevention and on the person-centred approach.',
    },
    source: `NCTV, definitie terrorisme, zoals opgenomen in de ${VAR_TOOLKIT}`,
    sourceUrl: 'https://www.nctv.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.lse,
    kind: 'hulporganisatie',
    public: true,
    title: { nl: 'Landelijk Steunpunt Extremisme (LSE)', en: 'National Extremism Support Centre (LSE)' },
    summary: {
      nl: 'Advies en begeleiding bij mensen die radicaliseren of geradicaliseerd zijn, voor professionals en voor familie en naasten; ook anoniem een casus bespreken.',
      en: 'Advice and support around people who radicalise or have radicalised, for professionals and for family and those close to them; also discussing a case anonymously.',
    },
    body: orgBody({
      offers: {
        nl: 'Het LSE is gespecialiseerd in de omgang met mensen die radicaliseren of geradicaliseerd zijn, en met hun omgeving. Een ervaren casemanager helpt bij het duiden van wat u ziet en adviseert over vervolgstappen. In de anonieme casusbespreking vertelt u over de situatie zonder dat de persoon bij naam bekend wordt. Het LSE ondersteunt ook ouders, familie en vrienden, en begeleidt mensen die willen uittreden.',
        en: 'The LSE specialises in dealing with people who radicalise or have radicalised, and with those around them. An experienced case manager helps to make sense of what you see and advises on next steps. In the anonymous case consultation you describe the situation without the person becoming known by name. The LSE also supports parents, family and friends, and guides people who want to leave an extremist group.',
      },
      when: {
        nl: 'Als professional: wanneer u zorgen heeft en er in uw gemeente geen casusregisseur of aandachtsfunctionaris radicalisering is, of wanneer u een tweede mening wilt. Als familielid of naaste: wanneer u zich zorgen maakt over iemand in uw omgeving en daarover wilt praten.',
        en: 'As a professional: when you are concerned and your municipality has no case director or designated officer for radicalisation, or when you want a second opinion. As a relative or friend: when you are worried about someone close to you and want to talk about it.',
      },
      reach: {
        nl: 'Via de website landelijksteunpuntextremisme.nl, waar de actuele telefoonnummers en het contactformulier staan.',
        en: 'Through the website landelijksteunpuntextremisme.nl, which lists the current telephone numbers and the contact form.',
      },
    }),
    source: `${WEBINAR}; ${VAR_TOOLKIT}`,
    sourceUrl: 'https://www.landelijksteunpuntextremisme.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.ess,
    kind: 'hulporganisatie',
    public: false,
    title: { nl: 'Expertise-unit Sociale Stabiliteit (ESS)', en: 'Social Stability Expertise Unit (ESS)' },
    summary: {
      nl: 'Advies en ondersteuning voor gemeenten en professionals bij spanningen, polarisatie en radicalisering in de samenleving.',
      en: 'Advice and support for municipalities and professionals on tensions, polarisation and radicalisation in society.',
    },
    body: orgBody({
      offers: {
        nl: 'De ESS denkt mee met gemeenten en professionals over maatschappelijke spanningen, polarisatie en radicalisering, en over de lokale preventieve aanpak. Zij biedt trainingen, adviesgesprekken en kennis over wat werkt.',
        en: 'The ESS advises municipalities and professionals on social tensions, polarisation and radicalisation, and on the local preventive approach. It offers training, advisory talks and knowledge of what works.',
      },
      when: {
        nl: 'Wanneer u lokale spanningen ziet oplopen, een preventieve aanpak wilt opzetten of versterken, of ondersteuning zoekt bij vragen die uw eigen organisatie overstijgen.',
        en: 'When you see local tensions rising, want to set up or strengthen a preventive approach, or need support with questions beyond your own organisation.',
      },
      reach: {
        nl: 'Via socialestabiliteit.nl. De factsheet van VNG en NGB noemt daarnaast het e-mailadres ess@minszw.nl; controleer op de website of dat nog het juiste adres is.',
        en: 'Through socialestabiliteit.nl. The VNG/NGB factsheet also gives the address ess@minszw.nl; check on the website whether it is still current.',
      },
    }),
    source: `${WEBINAR}; ${FACTSHEET}`,
    sourceUrl: 'https://www.socialestabiliteit.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.ror,
    kind: 'hulporganisatie',
    public: false,
    title: {
      nl: 'Rijksopleidingsinstituut tegengaan Radicalisering (ROR)',
      en: 'National Training Institute on Countering Radicalisation (ROR)',
    },
    summary: {
      nl: 'Trainingen over radicalisering en extremisme voor professionals van gemeenten en hun partners.',
      en: 'Training on radicalisation and extremism for professionals of municipalities and their partners.',
    },
    body: orgBody({
      offers: {
        nl: 'Het ROR verzorgt trainingen op verschillende niveaus: van bewustwording en het herkennen van signalen tot verdieping voor aandachtsfunctionarissen en beleidsmedewerkers. Het organiseerde onder meer, samen met de regio, het webinar voor professionals in Oost-Brabant.',
        en: 'The ROR provides training at several levels: from awareness and recognising signals to in-depth courses for designated officers and policy staff. Among other things it organised, with the region, the webinar for professionals in Oost-Brabant.',
      },
      when: {
        nl: 'Bij het opstellen of uitvoeren van het leerplan van uw gemeente (zie Deskundigheid in Duiden), of wanneer collega’s of partners scholing nodig hebben.',
        en: "When drawing up or carrying out your municipality's curriculum (see Deskundigheid in Duiden), or when colleagues or partners need training.",
      },
      reach: {
        nl: 'Via tegengaanradicalisering.nl, met het actuele trainingsaanbod en de aanmelding.',
        en: 'Through tegengaanradicalisering.nl, with the current training offer and registration.',
      },
    }),
    source: `${WEBINAR}; ${VAR_TOOLKIT}`,
    sourceUrl: 'https://www.tegengaanradicalisering.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.nctv,
    kind: 'hulporganisatie',
    public: false,
    title: {
      nl: 'Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)',
      en: 'National Coordinator for Security and Counterterrorism (NCTV)',
    },
    summary: {
      nl: 'Het landelijke dreigingsbeeld, advies aan gemeenten via lokaal adviseurs, en de stappen bij een ambtsbericht of een paspoortmaatregel.',
      en: 'The national threat assessment, advice to municipalities through local advisers, and the steps after an official message or for a passport measure.',
    },
    body: orgBody({
      offers: {
        nl: 'De NCTV werkt aan een integrale aanpak van terrorisme: verwerven, voorkomen, verdedigen, voorbereiden en vervolgen. Zij maakt het Dreigingsbeeld Terrorisme Nederland (DTN), een analyse van radicalisering, extremisme en de terroristische dreiging, en kan daarop voor een gemeente inzoomen. Lokaal adviseurs denken mee. Gemeenten kunnen jaarlijks bij de NCTV financiële steun aanvragen voor de lokale integrale aanpak. De Toolbox Extremisme, de Symbolenbank en de kennisbank terroristische organisaties zijn van de NCTV.',
        en: 'The NCTV works on an integrated approach to terrorism: gathering information, prevention, protection, preparation and prosecution. It produces the Terrorist Threat Assessment for the Netherlands (DTN), an analysis of radicalisation, extremism and the terrorist threat, and can zoom in on a municipality. Local advisers give advice. Municipalities can apply to the NCTV each year for funding of the local integrated approach. The Toolbox Extremisme, the symbol database and the knowledge base on terrorist organisations are the NCTV’s.',
      },
      when: {
        nl: 'Voor het actuele dreigingsbeeld en achtergrond; wanneer de burgemeester een ambtsbericht van de AIVD heeft ontvangen; wanneer een paspoortmaatregel (artikel 23 Paspoortwet) aan de orde is; bij de jaarlijkse aanvraag voor financiële steun.',
        en: 'For the current threat assessment and background; when the mayor has received an official message from the AIVD; when a passport measure (article 23 of the Passport Act) is considered; for the yearly funding application.',
      },
      reach: {
        nl: 'Via nctv.nl of uw lokaal adviseur. Na een ambtsbericht of voor een paspoortmaatregel noemt de factsheet van VNG en NGB het nummer (070) 751 51 51, met de vraag naar de dienstdoende medewerker contraterrorisme.',
        en: 'Through nctv.nl or your local adviser. After an official message or for a passport measure, the VNG/NGB factsheet gives the number +31 70 751 51 51, asking for the counter-terrorism officer on duty.',
      },
    }),
    source: `${WEBINAR}; ${FACTSHEET}; ${VAR_TOOLKIT}`,
    sourceUrl: 'https://www.nctv.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.vng,
    kind: 'hulporganisatie',
    public: false,
    title: {
      nl: 'Vereniging van Nederlandse Gemeenten (VNG)',
      en: 'Association of Netherlands Municipalities (VNG)',
    },
    summary: {
      nl: 'Vragen over de rol van de gemeente en de lokale preventieve aanpak; een besloten forum voor ambtenaren en de leergang democratische rechtsorde.',
      en: "Questions on the municipality's role and the local preventive approach; a closed forum for civil servants and the course on the democratic legal order.",
    },
    body: orgBody({
      offers: {
        nl: 'De VNG ondersteunt gemeenten bij hun rol in de aanpak van radicalisering, met uitgangspunten voor een duurzame aanpak, de factsheet die zij samen met het NGB maakte, een besloten online forum voor ambtenaren en de leergang democratische rechtsorde.',
        en: 'The VNG supports municipalities in their role in tackling radicalisation, with principles for a lasting approach, the factsheet it made with the NGB, a closed online forum for civil servants and the course on the democratic legal order.',
      },
      when: {
        nl: 'Bij vragen over taken en verantwoordelijkheden van de gemeente, over het opzetten van de lokale aanpak, of om ervaringen met andere gemeenten te delen.',
        en: "For questions on the municipality's tasks and responsibilities, on setting up the local approach, or to share experience with other municipalities.",
      },
      reach: {
        nl: 'Via vng.nl/radicalisering of radicalisering@vng.nl (zoals genoemd in de factsheet).',
        en: 'Through vng.nl/radicalisering or radicalisering@vng.nl (as given in the factsheet).',
      },
    }),
    source: `${FACTSHEET}; ${VAR_TOOLKIT}`,
    sourceUrl: 'https://www.vng.nl/radicalisering',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.schoolEnVeiligheid,
    kind: 'hulporganisatie',
    public: false,
    title: {
      nl: 'Stichting School en Veiligheid',
      en: 'School and Safety Foundation (School en Veiligheid)',
    },
    summary: {
      nl: 'Helpdesk en trainingen over radicalisering en polarisatie in het onderwijs.',
      en: 'Helpdesk and training on radicalisation and polarisation in education.',
    },
    body: orgBody({
      offers: {
        nl: 'School en Veiligheid helpt scholen en wie met scholen werkt bij vragen over radicalisering, polarisatie en spanningen in de klas, en biedt trainingen voor onderwijspersoneel.',
        en: 'School en Veiligheid helps schools, and those who work with schools, with questions on radicalisation, polarisation and tensions in the classroom, and offers training for school staff.',
      },
      when: {
        nl: 'Wanneer signalen of vragen uit het onderwijs komen, of wanneer u scholen in uw signaleringsnetwerk wilt toerusten.',
        en: 'When signals or questions come from education, or when you want to equip schools in your signalling network.',
      },
      reach: {
        nl: 'Via schoolenveiligheid.nl/radicalisering, de helpdesk helpdesk@schoolenveiligheid.nl of (030) 285 66 16 (zoals genoemd in de factsheet).',
        en: 'Through schoolenveiligheid.nl/radicalisering, the helpdesk helpdesk@schoolenveiligheid.nl or +31 30 285 66 16 (as given in the factsheet).',
      },
    }),
    source: FACTSHEET,
    sourceUrl: 'https://www.schoolenveiligheid.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.ngb,
    kind: 'hulporganisatie',
    public: false,
    title: {
      nl: 'Nederlands Genootschap van Burgemeesters (NGB)',
      en: 'Netherlands Society of Mayors (NGB)',
    },
    summary: {
      nl: 'De vereniging van burgemeesters: ondersteuning van de burgemeester als portefeuillehouder openbare orde en veiligheid.',
      en: 'The association of mayors: support for the mayor as the portfolio holder for public order and safety.',
    },
    body: orgBody({
      offers: {
        nl: 'Het NGB ondersteunt burgemeesters in hun ambt. Samen met de VNG maakte het de factsheet over de rol van gemeenten bij de aanpak van radicalisering, met een checklist voor de voorbereiding en voor situaties als uitreis en terugkeer.',
        en: 'The NGB supports mayors in their office. With the VNG it made the factsheet on the role of municipalities in tackling radicalisation, with a checklist for preparation and for situations such as departure and return.',
      },
      when: {
        nl: 'Wanneer de burgemeester als portefeuillehouder vragen heeft over zijn of haar rol, bijvoorbeeld bij bestuurlijke maatregelen of de communicatie na een incident.',
        en: 'When the mayor, as portfolio holder, has questions about his or her role, for example on administrative measures or communication after an incident.',
      },
      reach: {
        nl: 'Via de website van het NGB, burgemeesters.nl.',
        en: 'Through the NGB website, burgemeesters.nl.',
      },
    }),
    source: FACTSHEET,
    sourceUrl: 'https://www.burgemeesters.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.ran,
    kind: 'hulporganisatie',
    public: false,
    title: { nl: 'Radicalisation Awareness Network (RAN)', en: 'Radicalisation Awareness Network (RAN)' },
    summary: {
      nl: 'Het Europese netwerk van professionals voor het uitwisselen van ervaringen en goede praktijken tegen radicalisering.',
      en: 'The European network of practitioners for exchanging experience and good practice against radicalisation.',
    },
    body: orgBody({
      offers: {
        nl: 'Het RAN brengt professionals uit heel Europa samen in werkgroepen en bijeenkomsten, en publiceert verzamelingen van aanpakken die elders zijn beproefd.',
        en: 'RAN brings together practitioners from across Europe in working groups and meetings, and publishes collections of approaches tried elsewhere.',
      },
      when: {
        nl: 'Wanneer u wilt weten hoe andere landen een vraagstuk aanpakken, of ervaringen wilt delen met Europese collega’s.',
        en: 'When you want to know how other countries deal with an issue, or want to share experience with European colleagues.',
      },
      reach: {
        nl: 'Via de website van de Europese Commissie (directoraat Migratie en Binnenlandse Zaken), onder Radicalisation Awareness Network.',
        en: 'Through the European Commission website (Migration and Home Affairs), under Radicalisation Awareness Network.',
      },
    }),
    source: FACTSHEET,
    sourceUrl: 'https://home-affairs.ec.europa.eu',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.toolbox,
    kind: 'hulporganisatie',
    public: false,
    title: { nl: 'Toolbox Extremisme (NCTV)', en: 'Toolbox Extremisme (NCTV)' },
    summary: {
      nl: 'De online verzameling van de NCTV over de preventieve aanpak en deskundigheidsbevordering, met onder meer een e-learning over privacy.',
      en: "The NCTV's online collection on the preventive approach and building expertise, including an e-learning on privacy.",
    },
    body: orgBody({
      offers: {
        nl: 'De Toolbox Extremisme bundelt achtergrond, handreikingen en instrumenten voor de lokale aanpak: de rol van eerstelijnswerkers bij polarisatie en radicalisering, een e-learning over privacy bij het delen van informatie, en de kennisbank met onder meer het Landelijk Platform Lokale Professionals.',
        en: 'The Toolbox Extremisme brings together background, guidance and tools for the local approach: the role of front-line workers in polarisation and radicalisation, an e-learning on privacy when sharing information, and the knowledge base with, among others, the National Platform of Local Professionals.',
      },
      when: {
        nl: 'Bij het opzetten van preventie en scholing, en wanneer u iets wilt nalezen over een onderwerp uit de aanpak.',
        en: 'When setting up prevention and training, and when you want to read up on a subject of the approach.',
      },
      reach: {
        nl: 'Via toolbox-extremisme.nctv.nl.',
        en: 'Through toolbox-extremisme.nctv.nl.',
      },
    }),
    source: FACTSHEET,
    sourceUrl: 'https://toolbox-extremisme.nctv.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.lplp,
    kind: 'hulporganisatie',
    public: false,
    title: {
      nl: 'Landelijk Platform Lokale Professionals (LPLP)',
      en: 'National Platform of Local Professionals (LPLP)',
    },
    summary: {
      nl: 'Uitwisseling van ervaringen tussen lokale professionals zoals wijkagenten, leraren en jongerenwerkers.',
      en: 'Exchange of experience among local professionals such as neighbourhood police officers, teachers and youth workers.',
    },
    body: orgBody({
      offers: {
        nl: 'Het LPLP is een plek om ervaringen te delen met collega’s uit het hele land die dicht bij inwoners werken: wijkagenten, leraren, jongerenwerkers en anderen.',
        en: 'The LPLP is a place to share experience with colleagues from across the country who work close to residents: neighbourhood police officers, teachers, youth workers and others.',
      },
      when: {
        nl: 'Wanneer u als eerstelijnsprofessional wilt leren van hoe anderen signalen opvangen en bespreekbaar maken.',
        en: 'When, as a front-line professional, you want to learn how others pick up signals and raise them.',
      },
      reach: {
        nl: 'Via de kennisbank van de Toolbox Extremisme (toolbox-extremisme.nctv.nl).',
        en: 'Through the knowledge base of the Toolbox Extremisme (toolbox-extremisme.nctv.nl).',
      },
    }),
    source: FACTSHEET,
    sourceUrl: 'https://toolbox-extremisme.nctv.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.werkwijzeInformatieDelen,
    kind: 'stappenplan',
    public: false,
    title: {
      nl: 'Werkwijze informatie delen bij mogelijke radicalisering',
      en: 'Sharing information on possible radicalisation: the way of working',
    },
    summary: {
      nl: 'Hoe u waarnemingen vastlegt en deelt: feiten los van meningen, met de bron, en binnen de afspraken over privacy.',
      en: 'How to record and share observations: facts apart from opinions, with their source, within the agreements on privacy.',
    },
    body: {
      nl: 'Deze werkwijze volgt de landelijke werkwijze en het stroomschema van Platform JEP (platformjep.nl). Duiden ondersteunt elke stap.\n\n## 1. Beschrijf, oordeel niet\n\nLeg vast wat u zag of hoorde, wanneer en waar, als feit. Houd meningen en vermoedens daarvan gescheiden en noem ze zo; ze worden later bevestigd of weerlegd. Noteer ook wat tegen radicalisering pleit.\n\n## 2. Noem de bron\n\nVan wie komt de informatie, en heeft u het zelf gezien of van een ander gehoord?\n\n## 3. Toets uw beeld\n\nVraag uzelf af wat u ziet, voelt en ervaart, en of dat klopt met de werkelijkheid of vooral met uw eigen referentiekader. Eén signaal is geen signaal; een checklist bestaat niet.\n\n## 4. Bespreek het samen\n\nBespreek de situatie met de aandachtsfunctionaris of casusregisseur van uw gemeente, zo nodig eerst zonder naam. Geen casusregisseur? Dan kan het LSE anoniem meedenken.\n\n## 5. Deel alleen wat nodig is\n\nDeel gegevens met ketenpartners alleen op grond van de afspraken (convenant, privacyreglement van het Zorg- en Veiligheidshuis) en leg vast met wie, wat en op welke grondslag. Voer vooraf een goed gesprek over wat u van elkaar nodig hebt en waarom, ken elkaars taken, en werk samen aan oplossingen, ook als niet alle gegevens gedeeld kunnen worden.',
      en: 'This way of working follows the national approach and the flowchart of Platform JEP (platformjep.nl). Duiden supports every step.\n\n## 1. Describe, don’t judge\n\nRecord what you saw or heard, when and where, as a fact. Keep opinions and assumptions apart and mark them as such; they are later confirmed or refuted. Also note what speaks against radicalisation.\n\n## 2. Name the source\n\nWho did the information come from, and did you see it yourself or hear it from someone else?\n\n## 3. Check your picture\n\nAsk yourself what you see, feel and experience, and whether that matches reality or mostly your own frame of reference. One signal is no signal; there can be no checklist.\n\n## 4. Discuss it together\n\nDiscuss the situation with your municipality’s designated officer or case director, without a name first where needed. No case director? Then the LSE can help anonymously.\n\n## 5. Share only what is needed\n\nShare data with partners only on the basis of the agreements (covenant, the privacy rules of the Zorg- en Veiligheidshuis) and record with whom, what and on which legal basis. Talk beforehand about what you need from each other and why, know each other’s tasks, and work together on solutions, also when not all data can be shared.',
    },
    source: `${WEBINAR}; ${VAR_TOOLKIT} (Werkwijze informatiedelen bij mogelijke radicalisering)`,
    sourceUrl: 'https://www.platformjep.nl',
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.watAlsIemandRadicaliseert,
    kind: 'stappenplan',
    public: true,
    title: {
      nl: 'Wat doet u als u denkt dat iemand radicaliseert?',
      en: 'What to do if you think someone is radicalising',
    },
    summary: {
      nl: 'Blijf in contact, ken het beleid van uw organisatie, bespreek het anoniem met de aandachtsfunctionaris of het LSE, en duid altijd samen.',
      en: 'Stay in touch, know your organisation’s policy, discuss it anonymously with the designated officer or the LSE, and always make sense of it together.',
    },
    body: {
      nl: '## Wat kunt u zelf doen\n\n- Blijf zo veel mogelijk in contact met de persoon om wie u zich zorgen maakt.\n- Lees het beleid van uw eigen organisatie over radicalisering en handel daarnaar.\n- Onthoud: één signaal is geen signaal. Een losse waarneming is hooguit een puzzelstuk.\n\n## Bespreek het, eerst zonder naam\n\nBespreek de situatie zonder naam of andere herkenbare gegevens met de aandachtsfunctionaris of casusregisseur radicalisering van de gemeente. Die weet welke vervolgstappen verstandig zijn.\n\n## Geen casusregisseur?\n\nNeem contact op met het Landelijk Steunpunt Extremisme (LSE). Een ervaren casemanager denkt in een anonieme casusbespreking mee over het duiden en de vervolgstappen. Ook als familielid of vriend kunt u bij het LSE terecht.\n\n## Is er acuut gevaar?\n\nBel 112. Wilt u de politie spreken zonder spoed, bel dan 0900-8844.\n\nDuiden doe je altijd samen: zoek de kennis op die u zelf niet heeft.',
      en: '## What you can do yourself\n\n- Stay in touch as much as you can with the person you are worried about.\n- Read your own organisation’s policy on radicalisation and act on it.\n- Remember: one signal is no signal. A single observation is at most a piece of the puzzle.\n\n## Discuss it, without a name first\n\nDiscuss the situation, without a name or other details that identify the person, with the municipality’s designated officer or case director for radicalisation. They know which next steps are wise.\n\n## No case director?\n\nContact the National Extremism Support Centre (LSE). In an anonymous case consultation an experienced case manager helps to make sense of it and decide on next steps. Relatives and friends can turn to the LSE too.\n\n## Is there acute danger?\n\nCall 112. To speak to the police when it is not urgent, call 0900-8844.\n\nMaking sense of signals is always done together: seek out the knowledge you do not have yourself.',
    },
    source: WEBINAR,
    sourceUrl: null,
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.vervolgstappen,
    kind: 'stappenplan',
    public: false,
    title: {
      nl: 'Vervolgstappen na de inschatting: zorgen over radicalisering of andere zorgen',
      en: 'Next steps after the assessment: concerns about radicalisation, or other concerns',
    },
    summary: {
      nl: 'Twee mogelijke conclusies en wat daarna komt: een plan van aanpak met één regisseur en aandacht voor drijfveren, of zorg en alert blijven.',
      en: 'Two possible conclusions and what follows: a plan with one director and attention to drivers, or care and staying alert.',
    },
    body: {
      nl: 'Na de inschatting van de situatie zijn er twee conclusies mogelijk.\n\n## 1. Er zijn zorgen over radicalisering\n\nDe gemeente (het meldpunt, het Zorg- en Veiligheidshuis of de ambtenaar openbare orde en veiligheid) bespreekt het signaal met politie en andere professionals. Daarna volgt een plan van aanpak met één duidelijke regisseur. De aanpak richt zich op wat eronder ligt en betrekt de juiste mensen rond de persoon.\n\n## Drijfveren\n\nWeeg mee waar de persoon naar zoekt: identiteit, betekenis, rechtvaardigheid en/of sensatie. Een vrijwilligersorganisatie, een sportvereniging of een religieuze organisatie kan daarin een alternatief bieden.\n\n## Houd zicht op de omgeving\n\nWelke invloed heeft de aanpak op de naaste omgeving? Zijn er anderen, zoals broers, zussen of vrienden, die daardoor verder kunnen ontsporen?\n\n## 2. Er zijn zorgen, maar (nu) niet over radicalisering\n\nNeem contact op met andere professionals die deze zorgen delen, binnen de afspraken over privacy en het delen van informatie, en blijf samen alert op mogelijke radicalisering.\n\n## Vooraf\n\nSpreek met de gemeente af wat er met signalen gebeurt, in welke overleggen ze komen, hoe u terugkoppeling krijgt en wat uw rol is. Een convenant helpt daarbij. Deelname aan een terroristisch trainingskamp is strafbaar; zulke signalen komen vaak via team CTER van de politie bij de gemeente.',
      en: 'After assessing the situation, two conclusions are possible.\n\n## 1. There are concerns about radicalisation\n\nThe municipality (the reporting point, the Zorg- en Veiligheidshuis or the public order and safety officer) discusses the signal with the police and other professionals. A plan follows, with one clear director. The approach addresses what lies underneath and involves the right people around the person.\n\n## Drivers\n\nWeigh what the person is looking for: identity, meaning, justice and/or excitement. A volunteer organisation, a sports club or a religious organisation can offer an alternative.\n\n## Keep an eye on the surroundings\n\nWhat effect does the approach have on those close to the person? Are there others, such as brothers, sisters or friends, who might go further off the rails because of it?\n\n## 2. There are concerns, but not (for now) about radicalisation\n\nContact other professionals who share these concerns, within the agreements on privacy and sharing information, and stay alert together to possible radicalisation.\n\n## Beforehand\n\nAgree with the municipality what happens to signals, in which meetings they are discussed, how you hear back and what your role is. A covenant helps. Taking part in a terrorist training camp is a criminal offence; such signals often reach the municipality through the police’s CTER team.',
    },
    source: NEXT_STEPS,
    sourceUrl: null,
    validSince: SINCE,
    reviewBy: REVIEW,
    owner: OWNER,
  },
  {
    id: ID.paspoortwet,
    kind: 'wetgeving',
    public: true,
    title: {
      nl: 'Paspoortwet, artikel 23: de paspoortmaatregel',
      en: 'Passport Act, article 23: the passport measure',
    },
    summary: {
      nl: 'Een reisdocument kan worden geweigerd of vervallen verklaard om te voorkomen dat iemand uitreist om zich bij een terroristische organisatie aan te sluiten.',
      en: 'A travel document can be refused or declared invalid to prevent someone from travelling abroad to join a terrorist organisation.',
    },
    body: {
      nl: 'Artikel 23 van de Paspoortwet maakt het mogelijk een paspoort (of een identiteitskaart, voor zover die als reisdocument dient) te weigeren of vervallen te verklaren wanneer er ernstige redenen zijn om aan te nemen dat iemand naar het buitenland wil gaan om daar deel te nemen aan terroristische activiteiten.\n\n## Wat betekent het voor de gemeente\n\n- Ga in het multidisciplinair casusoverleg na of uitreis met een paspoortmaatregel te voorkomen is.\n- Vraag de NCTV om het stappenplan voor een paspoortmaatregel.\n- Ga na of het paspoort gesignaleerd staat, zodat iemand aan de grens kan worden tegengehouden of bij terugkeer wordt opgemerkt.\n\nLeg de maatregel in Duiden vast in het bestuurlijke spoor van het plan van aanpak, met wie besloot, wanneer en waarom.\n\nDit is geen juridisch advies: raadpleeg de actuele wettekst en uw juristen.',
      en: 'Article 23 of the Passport Act makes it possible to refuse a passport (or an identity card, in so far as it serves as a travel document) or declare it invalid when there are serious grounds to believe that someone wants to travel abroad to take part in terrorist activities.\n\n## What it means for the municipality\n\n- Consider in the multidisciplinary case meeting whether departure can be prevented with a passport measure.\n- Ask the NCTV for the step-by-step plan for a passport measure.\n- Check whether the passport is flagged, so the person can be stopped at the border or noticed on return.\n\nRecord the measure in Duiden in the administrative track of the plan, with who decided, when and why.\n\nThis is not legal advice: consult the current text of the law and your lawyers.',
    },
    source: `${FACTSHEET}; Paspoortwet, artikel 23 (wetten.overheid.nl)`,
    sourceUrl: 'https://wetten.overheid.nl',
    validSince: SINCE,
    reviewBy: REVIEW_LAW,
    owner: OWNER,
  },
  {
    id: ID.tijdelijkeWet,
    kind: 'wetgeving',
    public: true,
    title: {
      nl: 'Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding',
      en: 'Temporary Act on administrative counter-terrorism measures',
    },
    summary: {
      nl: 'Bestuurlijke maatregelen zoals een meldplicht, een gebiedsverbod of een contactverbod voor wie in verband wordt gebracht met terroristische activiteiten.',
      en: 'Administrative measures such as a reporting obligation, an area ban or a contact ban for those linked to terrorist activities.',
    },
    body: {
      nl: 'Deze tijdelijke wet geeft de mogelijkheid om, los van het strafrecht, bestuurlijke maatregelen op te leggen aan iemand die door zijn gedragingen in verband kan worden gebracht met terroristische activiteiten of de ondersteuning daarvan.\n\n## Maatregelen\n\n- een meldplicht;\n- een gebiedsverbod of een verbod om in de nabijheid van bepaalde personen of plaatsen te komen;\n- een contactverbod;\n- een uitreisverbod;\n- het weigeren of intrekken van beschikkingen zoals vergunningen en subsidies.\n\n## Wat betekent het voor de gemeente\n\nDe maatregelen worden opgelegd door de minister van Justitie en Veiligheid; de burgemeester en het casusoverleg leveren de informatie en stemmen af met de NCTV. Leg een maatregel in Duiden vast in het bestuurlijke spoor van het plan van aanpak.\n\nHet is een tijdelijke wet: ga bij de NCTV of op wetten.overheid.nl na of en tot wanneer zij geldt. Dit is geen juridisch advies.',
      en: 'This temporary act makes it possible, apart from criminal law, to impose administrative measures on someone who by their conduct can be linked to terrorist activities or support for them.\n\n## Measures\n\n- a reporting obligation;\n- an area ban or a ban on being near certain persons or places;\n- a contact ban;\n- a ban on leaving the country;\n- refusing or withdrawing decisions such as permits and subsidies.\n\n## What it means for the municipality\n\nThe measures are imposed by the Minister of Justice and Security; the mayor and the case meeting provide the information and coordinate with the NCTV. Record a measure in Duiden in the administrative track of the plan.\n\nIt is a temporary act: check with the NCTV or on wetten.overheid.nl whether and until when it applies. This is not legal advice.',
    },
    source: `${FACTSHEET} (bestuurlijke maatregelen); Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding (wetten.overheid.nl)`,
    sourceUrl: 'https://wetten.overheid.nl',
    validSince: SINCE,
    reviewBy: REVIEW_LAW,
    owner: OWNER,
  },
  {
    id: ID.wetsvoorstelPga,
    kind: 'wetgeving',
    public: true,
    title: {
      nl: 'Wetsvoorstel persoonsgerichte aanpak en meldingen over radicalisering en terroristische activiteiten',
      en: 'Bill on the person-centred approach and reports on radicalisation and terrorist activities',
    },
    summary: {
      nl: 'Een wetsvoorstel dat de burgemeester een wettelijke rol geeft in de regie van de persoonsgerichte aanpak.',
      en: 'A bill that gives the mayor a statutory role in directing the person-centred approach.',
    },
    body: {
      nl: 'Gemeenten zijn verantwoordelijk voor de persoonsgerichte aanpak (PGA): voorkomen dat iemand verder radicaliseert, door begeleiding, toeleiding naar hulp en disengagement. Na de weging door politie, OM en burgemeester bespreken partners de persoon in het multidisciplinair casusoverleg, onder regie van de gemeente.\n\nMet dit wetsvoorstel krijgt de burgemeester een wettelijk vastgelegde rol in de regie van die aanpak, en krijgen het melden van signalen en het delen van gegevens daarbinnen een eigen wettelijke basis.\n\n## Stand van zaken\n\nHet is een wetsvoorstel. Ga bij de VNG, de NCTV of op overheid.nl na hoe ver de behandeling is en wat er na inwerkingtreding verandert voor uw werkwijze en uw convenanten. Dit is geen juridisch advies.',
      en: 'Municipalities are responsible for the person-centred approach (PGA): preventing someone from radicalising further, through guidance, referral to help and disengagement. After the weighing by police, Public Prosecution Service and mayor, partners discuss the person in the multidisciplinary case meeting, directed by the municipality.\n\nWith this bill the mayor gets a statutory role in directing that approach, and reporting signals and sharing data within it get a legal basis of their own.\n\n## Status\n\nIt is a bill. Check with the VNG, the NCTV or on overheid.nl how far it has progressed and what changes for your way of working and your covenants once it is in force. This is not legal advice.',
    },
    source: VAR_TOOLKIT,
    sourceUrl: null,
    validSince: SINCE,
    reviewBy: REVIEW_LAW,
    owner: OWNER,
  },
  instrument(ID.vera2r, 'VERA-2R', {
    nl: 'Violent Extremism Risk Assessment, versie 2 herzien',
    en: 'Violent Extremism Risk Assessment, version 2 revised',
  }),
  instrument(ID.erg22, 'ERG22+', { nl: 'Extremism Risk Guidance 22+', en: 'Extremism Risk Guidance 22+' }),
  instrument(ID.trap18, 'TRAP-18', {
    nl: 'Terrorist Radicalization Assessment Protocol',
    en: 'Terrorist Radicalization Assessment Protocol',
  }),
  instrument(ID.radarIte, 'RADAR-iTE', {
    nl: 'Instrument voor een regelgebonden analyse van mogelijk gewelddadig gedrag (islamistisch terrorisme)',
    en: 'Instrument for a rule-based analysis of potentially violent behaviour (Islamist terrorism)',
  }),
  instrument(ID.ir46, 'IR46', {
    nl: 'Instrument van de politie bij signalen van radicalisering',
    en: 'Police instrument for signals of radicalisation',
  }),
];
