/**
 * The self-assessment's templates: themes, their parts and the questions, written in our own words from
 * the VAR toolkit (seed 001: four themes a municipality works through at its own pace) and from the VNG/NGB
 * factsheet's checklist at the end of its preparation chapter (seed 003). The questions ask what is in place;
 * they carry no weight, and nothing adds answers up into a score, an index or a ranking.
 */

export const TEMPLATE_IDS = ['var', 'factsheet'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Where Duiden itself can show facts that bear on a question (a person confirms or corrects them). */
export const HINT_KINDS = [
  'dossierhouder',
  'signaleringsoverleg',
  'meldpunt',
  'convenanten',
  'deskundigheid',
  'fenomeenanalyse',
  'evaluatie',
] as const;
export type HintKind = (typeof HINT_KINDS)[number];

/** The modules where a gap is worked on: an action links there. */
export const MODULES = {
  zelfscan: { path: '/zelfscan', nl: 'Zelfscan', en: 'Self-assessment' },
  meldpunt: { path: '/meldingen', nl: 'Meldpunt', en: 'Reporting point' },
  overleggen: { path: '/overleggen', nl: 'Overleggen', en: 'Meetings' },
  casussen: { path: '/casussen', nl: 'Casussen', en: 'Cases' },
  analyse: { path: '/analyse', nl: 'Fenomeenanalyse', en: 'Phenomenon analysis' },
  netwerk: { path: '/netwerk', nl: 'Netwerken', en: 'Networks' },
  convenanten: { path: '/netwerk/convenanten', nl: 'Convenanten', en: 'Covenants' },
  sleutelfiguren: { path: '/sleutelfiguren', nl: 'Sleutelfiguren', en: 'Key figures' },
  deskundigheid: { path: '/deskundigheid', nl: 'Deskundigheid', en: 'Expertise' },
  evaluatie: { path: '/evaluatie', nl: 'Evaluatie', en: 'Evaluation' },
} as const;
export type ModuleKey = keyof typeof MODULES;
export const MODULE_KEYS = Object.keys(MODULES) as ModuleKey[];

export interface QuestionDef {
  readonly key: string;
  readonly nl: string;
  readonly en: string;
  readonly hint?: HintKind;
  readonly module: ModuleKey;
}

export interface PartDef {
  readonly key: string;
  readonly nl: string;
  readonly en: string;
  readonly questions: readonly QuestionDef[];
}

export interface ThemeDef {
  readonly key: string;
  readonly nl: string;
  readonly en: string;
  readonly parts: readonly PartDef[];
}

export interface TemplateDef {
  readonly id: TemplateId;
  readonly nl: string;
  readonly en: string;
  readonly source: { readonly nl: string; readonly en: string };
  readonly themes: readonly ThemeDef[];
}

const q = (key: string, module: ModuleKey, nl: string, en: string, hint?: HintKind): QuestionDef =>
  hint ? { key, module, nl, en, hint } : { key, module, nl, en };

const VAR: TemplateDef = {
  id: 'var',
  nl: 'Lokale aanpak radicalisering en extremisme (VAR, vier thema’s)',
  en: 'Local approach to radicalisation and extremism (VAR, four themes)',
  source: {
    nl: 'Naar de digitale handreiking radicalisering en extremisme van de Veiligheidsalliantie regio Rotterdam, in eigen woorden.',
    en: 'After the digital guide on radicalisation and extremism of the Veiligheidsalliantie regio Rotterdam, in our own words.',
  },
  themes: [
    {
      key: 'beleid',
      nl: 'Beleid en organisatie',
      en: 'Policy and organisation',
      parts: [
        {
          key: 'portefeuille',
          nl: 'Borging portefeuille',
          en: 'The portfolio secured',
          questions: [
            q(
              'var.beleid.portefeuille.bestuurlijk',
              'zelfscan',
              'Ligt de portefeuille radicalisering en extremisme bij de burgemeester, en draagt het hele college de aanpak?',
              'Does the mayor hold the portfolio on radicalisation and extremism, and does the whole executive board support the approach?',
            ),
            q(
              'var.beleid.portefeuille.ambtelijk',
              'zelfscan',
              'Weten afdelingshoofden, teamleiders en medewerkers wat de aanpak inhoudt en wat hun eigen bijdrage is?',
              'Do heads of department, team leaders and staff know what the approach is and what their own part in it is?',
            ),
            q(
              'var.beleid.portefeuille.raad',
              'zelfscan',
              'Is de gemeenteraad op hoofdlijnen geïnformeerd over de lokale situatie, in aansluiting op het landelijke dreigingsbeeld?',
              'Has the council been informed, in outline, of the local situation in relation to the national threat assessment?',
            ),
          ],
        },
        {
          key: 'capaciteit',
          nl: 'Capaciteit',
          en: 'Capacity',
          questions: [
            q(
              'var.beleid.capaciteit.aandachtsfunctionaris',
              'zelfscan',
              'Is er een aandachtsfunctionaris die de signaleringsstructuur en de netwerken opbouwt en het aanspreekpunt is voor de partners?',
              'Is there an aandachtsfunctionaris who builds the signalling structure and the networks and is the point of contact for partners?',
              'dossierhouder',
            ),
            q(
              'var.beleid.capaciteit.tijd',
              'zelfscan',
              'Is er tijd vrijgemaakt, zodat het veiligheidsdomein en het sociaal domein echt samenwerken?',
              'Has time been set aside so that the safety domain and the social domain really work together?',
            ),
            q(
              'var.beleid.capaciteit.positie',
              'zelfscan',
              'Is bewust gekozen waar die functie is ondergebracht (veiligheid, sociaal domein of jeugd)?',
              'Was a deliberate choice made where that position sits (safety, social domain or youth)?',
            ),
          ],
        },
        {
          key: 'problematiek',
          nl: 'Problematiek in kaart',
          en: 'The problem mapped',
          questions: [
            q(
              'var.beleid.problematiek.samen',
              'netwerk',
              'Brengt de gemeente de lokale problematiek samen met interne en externe partners in kaart?',
              'Does the municipality map the local problem together with internal and external partners?',
            ),
            q(
              'var.beleid.problematiek.fenomeenanalyse',
              'analyse',
              'Is er dit jaar een fenomeenanalyse vastgesteld over aard, omvang en ontwikkeling van de fenomenen?',
              'Was a phenomenon analysis of the nature, extent and development of the phenomena approved this year?',
              'fenomeenanalyse',
            ),
            q(
              'var.beleid.problematiek.avg',
              'convenanten',
              'Worden gegevens rechtmatig verwerkt en gedeeld, ook voor analyses (AVG)?',
              'Is data processed and shared lawfully, also for analyses (GDPR)?',
            ),
          ],
        },
        {
          key: 'visie',
          nl: 'Integrale visie en strategie',
          en: 'Integrated vision and strategy',
          questions: [
            q(
              'var.beleid.visie.vastgelegd',
              'evaluatie',
              'Zijn doelen, aanpak en de rollen van de partners vastgelegd in een integrale visie en strategie?',
              'Are the goals, the approach and the partners’ roles laid down in an integrated vision and strategy?',
            ),
            q(
              'var.beleid.visie.nadruk',
              'evaluatie',
              'Ligt de nadruk op preventie, vroegsignalering, de persoonsgerichte aanpak en deskundigheidsbevordering?',
              'Is the emphasis on prevention, early signalling, the person-centred approach and building expertise?',
            ),
            q(
              'var.beleid.visie.evaluatie',
              'evaluatie',
              'Worden de effecten van de aanpak gevolgd en geëvalueerd, en wordt de aanpak daarop bijgesteld?',
              'Are the effects of the approach followed and evaluated, and is the approach adjusted accordingly?',
              'evaluatie',
            ),
          ],
        },
        {
          key: 'middelen',
          nl: 'Financiële middelen',
          en: 'Funding',
          questions: [
            q(
              'var.beleid.middelen.begroting',
              'zelfscan',
              'Staan er in de begroting middelen voor netwerken en interventies?',
              'Does the budget hold funds for networks and interventions?',
            ),
            q(
              'var.beleid.middelen.nctv',
              'zelfscan',
              'Is de jaarlijkse aanvraag voor financiële steun bij de NCTV ingediend of voorbereid, waar nodig afgestemd in de regio?',
              'Has the yearly request for financial support to the NCTV been sent or prepared, coordinated in the region where needed?',
            ),
          ],
        },
      ],
    },
    {
      key: 'deskundigheid',
      nl: 'Deskundigheidsbevordering',
      en: 'Building expertise',
      parts: [
        {
          key: 'kennis',
          nl: 'Verbreden van de kennis',
          en: 'Broadening knowledge',
          questions: [
            q(
              'var.deskundigheid.kennis.organisatie',
              'deskundigheid',
              'Is er in de organisatie genoeg kennis van de stromingen en principes van radicalisering en extremisme?',
              'Is there enough knowledge in the organisation of the movements and principles of radicalisation and extremism?',
            ),
            q(
              'var.deskundigheid.kennis.aanbod',
              'deskundigheid',
              'Kent de gemeente het trainingsaanbod (zoals dat van het ROR) en zet zij ook lichtere vormen van bewustwording in?',
              'Does the municipality know the training on offer (such as the ROR’s) and also use lighter forms of awareness?',
            ),
          ],
        },
        {
          key: 'trainen',
          nl: 'Train de juiste mensen',
          en: 'Train the right people',
          questions: [
            q(
              'var.deskundigheid.trainen.curriculum',
              'deskundigheid',
              'Is er een curriculum dat onderscheid maakt tussen experts, aandachtsfunctionarissen en andere professionals?',
              'Is there a curriculum that distinguishes experts, aandachtsfunctionarissen and other professionals?',
            ),
            q(
              'var.deskundigheid.trainen.gevolgd',
              'deskundigheid',
              'Hebben de doelgroepen van het curriculum de training gevolgd die bij hun rol past?',
              'Have the curriculum’s target groups followed the training that fits their role?',
              'deskundigheid',
            ),
          ],
        },
        {
          key: 'partners',
          nl: 'Haak externe partners aan',
          en: 'Involve external partners',
          questions: [
            q(
              'var.deskundigheid.partners.verbinding',
              'netwerk',
              'Is er verbinding met het sociaal domein (wijkteams, jeugdzorg, GGZ) en met eerstelijnsprofessionals buiten de gemeente?',
              'Is there a connection with the social domain (neighbourhood teams, youth care, mental health) and with front-line professionals outside the municipality?',
            ),
            q(
              'var.deskundigheid.partners.training',
              'deskundigheid',
              'Biedt de gemeente externe partners het beschikbare trainingsaanbod aan?',
              'Does the municipality offer the available training to external partners?',
            ),
            q(
              'var.deskundigheid.partners.vertrouwen',
              'sleutelfiguren',
              'Onderhoudt de gemeente een vertrouwensrelatie met maatschappelijke organisaties en religieuze gemeenschappen?',
              'Does the municipality keep a relationship of trust with civil-society organisations and religious communities?',
            ),
          ],
        },
        {
          key: 'signalering',
          nl: 'Vroegtijdige signalering',
          en: 'Early signalling',
          questions: [
            q(
              'var.deskundigheid.signalering.netwerk',
              'netwerk',
              'Is er een netwerk van interne en externe professionals die zorgelijke signalen herkennen en weten waar ze die melden?',
              'Is there a network of internal and external professionals who recognise worrying signals and know where to report them?',
            ),
            q(
              'var.deskundigheid.signalering.overleg',
              'overleggen',
              'Komt er geregeld een signaleringsoverleg van gemeente, politie en OM bijeen om signalen te duiden?',
              'Does a signaleringsoverleg of municipality, police and public prosecutor meet regularly to weigh signals?',
              'signaleringsoverleg',
            ),
          ],
        },
        {
          key: 'meldstructuur',
          nl: 'Organiseer een meldstructuur',
          en: 'Organise a reporting structure',
          questions: [
            q(
              'var.deskundigheid.meldstructuur.meldpunt',
              'meldpunt',
              'Kunnen bewoners en professionals laagdrempelig terecht bij een meldpunt, met opvolging van wat zij melden?',
              'Can residents and professionals easily turn to a reporting point that follows up what they report?',
              'meldpunt',
            ),
            q(
              'var.deskundigheid.meldstructuur.zvh',
              'meldpunt',
              'Sluit de meldstructuur aan bij die van het Zorg- en Veiligheidshuis?',
              'Does the reporting structure connect with that of the Zorg- en Veiligheidshuis?',
            ),
          ],
        },
      ],
    },
    {
      key: 'preventie',
      nl: 'Weerbaarheid en preventie',
      en: 'Resilience and prevention',
      parts: [
        {
          key: 'preventie',
          nl: 'Preventie',
          en: 'Prevention',
          questions: [
            q(
              'var.preventie.preventie.programmas',
              'evaluatie',
              'Zijn er preventieve programma’s die de weerbaarheid van jongeren en andere kwetsbare groepen vergroten?',
              'Are there preventive programmes that build the resilience of young people and other vulnerable groups?',
            ),
            q(
              'var.preventie.preventie.maatwerk',
              'evaluatie',
              'Is het maatwerk, samen met het sociaal domein, scholen en het jongerenwerk?',
              'Is it tailored, together with the social domain, schools and youth work?',
            ),
          ],
        },
        {
          key: 'netwerken',
          nl: 'Netwerken',
          en: 'Networks',
          questions: [
            q(
              'var.preventie.netwerken.professioneel',
              'netwerk',
              'Investeert de gemeente in professionele netwerken en contacten met maatschappelijke partners?',
              'Does the municipality invest in professional networks and contacts with civil-society partners?',
            ),
            q(
              'var.preventie.netwerken.convenanten',
              'convenanten',
              'Zijn er geldige afspraken (convenanten) met de partners over het delen van informatie?',
              'Are there valid agreements (covenants) with the partners on sharing information?',
              'convenanten',
            ),
            q(
              'var.preventie.netwerken.rustig',
              'sleutelfiguren',
              'Werkt de gemeente ook in rustige tijden aan goede relaties met inwoners en sleutelfiguren?',
              'Does the municipality also work on good relations with residents and key figures in quiet times?',
            ),
          ],
        },
      ],
    },
    {
      key: 'pga',
      nl: 'Persoonsgerichte aanpak',
      en: 'Person-centred approach',
      parts: [
        {
          key: 'multidisciplinair',
          nl: 'Multidisciplinaire persoonsgerichte aanpak',
          en: 'Multidisciplinary person-centred approach',
          questions: [
            q(
              'var.pga.multidisciplinair.weegploeg',
              'overleggen',
              'Weegt een weegploeg (politie, OM en burgemeester) aan de hand van objectieve criteria of iemand in de aanpak komt?',
              'Does a weighing team (police, prosecutor and mayor) decide against objective criteria whether someone enters the approach?',
            ),
            q(
              'var.pga.multidisciplinair.casusoverleg',
              'overleggen',
              'Is er een multidisciplinair casusoverleg onder voorzitterschap van de gemeente, waar mogelijk bij het Zorg- en Veiligheidshuis?',
              'Is there a multidisciplinary case meeting chaired by the municipality, where possible at the Zorg- en Veiligheidshuis?',
            ),
            q(
              'var.pga.multidisciplinair.disengagement',
              'casussen',
              'Werkt de gemeente bij begeleiding en disengagement met ervaren professionals en passende methoden?',
              'Does the municipality work with experienced professionals and suitable methods for guidance and disengagement?',
            ),
          ],
        },
        {
          key: 'integraal',
          nl: 'Integrale aanpak',
          en: 'Integrated approach',
          questions: [
            q(
              'var.pga.integraal.partners',
              'casussen',
              'Werken gemeente, politie en OM samen in één aanpak, en sluiten Reclassering en de Raad voor de Kinderbescherming aan waar dat nodig is?',
              'Do municipality, police and prosecutor work in one approach, joined by probation and the child protection board where needed?',
            ),
            q(
              'var.pga.integraal.intern',
              'zelfscan',
              'Trekken de gemeentelijke domeinen samen op, met een gedeeld beeld van aard en omvang van de problematiek?',
              'Do the municipal domains work together, with a shared picture of the nature and extent of the problem?',
            ),
            q(
              'var.pga.integraal.voorkant',
              'convenanten',
              'Zijn partners vooraf betrokken bij de aanpak, met aandacht voor de AVG?',
              'Were partners involved in the approach from the start, with attention to the GDPR?',
            ),
          ],
        },
      ],
    },
  ],
};

const FACTSHEET: TemplateDef = {
  id: 'factsheet',
  nl: 'Checklist voorbereiding (factsheet VNG en NGB)',
  en: 'Preparation checklist (VNG and NGB factsheet)',
  source: {
    nl: 'Naar de checklist aan het eind van het hoofdstuk over voorbereiding in de factsheet van de VNG en het Nederlands Genootschap van Burgemeesters, in eigen woorden.',
    en: 'After the checklist at the end of the preparation chapter of the factsheet of the VNG and the Dutch Society of Mayors, in our own words.',
  },
  themes: [
    {
      key: 'voorbereiding',
      nl: 'Voorbereiding',
      en: 'Preparation',
      parts: [
        {
          key: 'organisatie',
          nl: 'Organisatie',
          en: 'Organisation',
          questions: [
            q(
              'factsheet.voorbereiding.organisatie.dossierhouder',
              'zelfscan',
              'Heeft de gemeente een dossierhouder radicalisering benoemd?',
              'Has the municipality appointed a dossierhouder for radicalisation?',
              'dossierhouder',
            ),
            q(
              'factsheet.voorbereiding.organisatie.overlegstructuur',
              'overleggen',
              'Is er een multidisciplinaire overlegstructuur waarin toekomstige casussen, ook uitreizigers en terugkeerders, besproken kunnen worden?',
              'Is there a multidisciplinary meeting structure where future cases, including travellers and returnees, can be discussed?',
              'signaleringsoverleg',
            ),
          ],
        },
        {
          key: 'netwerk',
          nl: 'Partners en netwerken',
          en: 'Partners and networks',
          questions: [
            q(
              'factsheet.voorbereiding.netwerk.partners',
              'netwerk',
              'Kent de gemeente de relevante maatschappelijke partners, en heeft zij met hen de lokale situatie verkend, een strategie opgesteld en samen aan deskundigheid gewerkt?',
              'Does the municipality know the relevant civil-society partners, and has it explored the local situation with them, drawn up a strategy and built expertise together?',
              'convenanten',
            ),
            q(
              'factsheet.voorbereiding.netwerk.sleutelfiguren',
              'sleutelfiguren',
              'Zijn er contacten met sleutelfiguren van relevante netwerken en gemeenschappen?',
              'Are there contacts with key figures of relevant networks and communities?',
            ),
          ],
        },
      ],
    },
  ],
};

export const TEMPLATES: Readonly<Record<TemplateId, TemplateDef>> = { var: VAR, factsheet: FACTSHEET };

/** A built-in question with where it stands. */
export interface PlacedQuestion extends QuestionDef {
  readonly theme: string;
  readonly part: string;
}

/** Every built-in question of a template, in order, with its theme and part. */
export function questionsOf(template: TemplateId): PlacedQuestion[] {
  return TEMPLATES[template].themes.flatMap((t) =>
    t.parts.flatMap((p) => p.questions.map((x) => ({ ...x, theme: t.key, part: p.key }))),
  );
}

export function isTemplateId(v: unknown): v is TemplateId {
  return typeof v === 'string' && (TEMPLATE_IDS as readonly string[]).includes(v);
}

/** The part of a template's theme, when both exist. */
export function findPart(template: TemplateId, theme: string, part: string): PartDef | undefined {
  return TEMPLATES[template].themes.find((t) => t.key === theme)?.parts.find((p) => p.key === part);
}
