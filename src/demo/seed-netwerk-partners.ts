import type { Queryable } from '../db/database.js';
import { insertContact, insertLog, setUpkeep } from '../db/netwerk-contacts.js';
import { insertDistrict, insertOrganisation, insertOwnKind, insertPartner } from '../db/netwerk-partners.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';
import type { FrequencyUnit } from '../domain/netwerk/contact-upkeep.js';
import type { NetworkTask, PartnerDomain } from '../domain/netwerk/partners.js';

/**
 * A fictitious network for the demo municipalities (issue 15): Lindeburg's districts and partners of every
 * kind of seed 001, internal clusters and external partners, with contact persons (invented names, example
 * addresses), their frequencies, a contact log, some overdue and one snoozed; gaps left on purpose (no sports
 * club or religious organisation in West, nothing on housing in Veenhage), so the coverage view shows them.
 * Oosterveen gets its districts only (it has no officer in the demo): a network still to be built.
 */

interface DemoContact {
  readonly name: string;
  readonly role: string;
  readonly email: string;
  readonly every: number;
  readonly unit: FrequencyUnit;
  /** Days before the demo's today of the last contact (null: none yet), and the contacts logged. */
  readonly log: readonly (readonly [daysAgo: number, form: string, note: string])[];
  /** Days ahead the reminder is snoozed. */
  readonly snoozeDays?: number;
  readonly owner?: 'advisor';
}

interface DemoPartner {
  readonly name: string;
  /** An existing demo organisation (by partner type) to give a profile, instead of a new one. */
  readonly existing?: string;
  readonly kind: string;
  readonly domain: PartnerDomain;
  readonly districts: readonly string[] | 'all';
  readonly tasks: readonly NetworkTask[];
  readonly notes: string;
  readonly contacts: readonly DemoContact[];
}

const LINDEBURG_DISTRICTS = ['Centrum', 'Noord', 'Oost', 'Zuid', 'West', 'Veenhage'];

const LINDEBURG: readonly DemoPartner[] = [
  // Two of the region's care partners, parties to the Zorg- en Veiligheidshuis covenant: the register shows
  // the covenant that covers sharing with them (src/demo/seed-netwerk-covenants.ts).
  {
    name: 'Reclassering Veenstroom',
    existing: 'reclassering',
    kind: 'maatschappelijke_organisatie',
    domain: 'veiligheid',
    districts: 'all',
    tasks: ['signaleren', 'nader_duiden', 'informatie_uitwisselen', 'reageren_interveniëren'],
    notes:
      'Neemt deel aan het casusoverleg in het Zorg- en Veiligheidshuis; vaste contactpersoon voor toezicht.',
    contacts: [
      {
        name: 'Hanna Verbeek',
        role: 'Reclasseringswerker, aandachtsfunctionaris extremisme',
        email: 'h.verbeek@reclassering-veenstroom.example',
        every: 8,
        unit: 'weken',
        log: [[20, 'gesprek', 'Afstemming over de werkwijze bij toezicht in de persoonsgerichte aanpak.']],
      },
    ],
  },
  {
    name: 'Jeugdzorg Veenstroom',
    existing: 'jeugdzorg',
    kind: 'maatschappelijke_organisatie',
    domain: 'jeugd',
    districts: 'all',
    tasks: ['signaleren', 'melden', 'reageren_interveniëren'],
    notes: 'Partner in de persoonsgerichte aanpak bij minderjarigen.',
    contacts: [
      {
        name: 'Youssef Amrani',
        role: 'Gedragswetenschapper',
        email: 'y.amrani@jeugdzorg-veenstroom.example',
        every: 3,
        unit: 'weken',
        log: [[9, 'telefoon', 'Kort contact over de planning van de netwerkbijeenkomst.']],
      },
    ],
  },
  {
    name: 'Jongerenwerk Lindeburg',
    existing: 'jongerenwerk',
    kind: 'jongerenwerk',
    domain: 'jeugd',
    districts: ['Noord', 'Oost', 'Zuid', 'West'],
    tasks: ['voorkomen', 'signaleren', 'melden', 'reageren_interveniëren'],
    notes: 'Vaste deelnemer aan het signaleringsnetwerk; training signaleren gevolgd in het voorjaar.',
    contacts: [
      {
        name: 'Dewi Hartman',
        role: 'Teamleider jongerenwerk',
        email: 'd.hartman@jongerenwerk-lindeburg.example',
        every: 4,
        unit: 'weken',
        log: [
          [12, 'gesprek', 'Maandelijks overleg: stand van zaken in de wijken, geen bijzonderheden.'],
          [44, 'bijeenkomst', 'Netwerkbijeenkomst polarisatie.'],
        ],
      },
      {
        name: 'Kevin Ramdin',
        role: 'Jongerenwerker Oost',
        email: 'k.ramdin@jongerenwerk-lindeburg.example',
        every: 6,
        unit: 'weken',
        log: [[58, 'telefoon', 'Afgesproken om na de zomer een werkbezoek te plannen.']],
      },
    ],
  },
  {
    name: 'Lindeburg College',
    existing: 'school',
    kind: 'school',
    domain: 'onderwijs',
    districts: ['Centrum', 'Zuid'],
    tasks: ['signaleren', 'melden', 'voorkomen'],
    notes: 'Contact loopt via de zorgcoördinator; school wil een gastles over online radicalisering.',
    contacts: [
      {
        name: 'Ingrid Post',
        role: 'Zorgcoördinator',
        email: 'i.post@lindeburgcollege.example',
        every: 8,
        unit: 'weken',
        log: [[50, 'werkbezoek', 'Kennismaking met het nieuwe zorgteam.']],
      },
    ],
  },
  {
    name: 'Basisschool De Regenboog',
    kind: 'school',
    domain: 'onderwijs',
    districts: ['Noord'],
    tasks: ['signaleren', 'melden'],
    notes: 'Aangesloten via School en Veiligheid.',
    contacts: [
      {
        name: 'Mark Veldman',
        role: 'Directeur',
        email: 'directie@regenboog-lindeburg.example',
        every: 12,
        unit: 'weken',
        log: [[30, 'email', 'Folder meldpunt toegestuurd.']],
      },
    ],
  },
  {
    name: 'Buurthuis De Schakel',
    kind: 'buurthuis',
    domain: 'wonen_wijk',
    districts: ['Oost'],
    tasks: ['signaleren', 'voorkomen'],
    notes: 'Beheerder kent de buurt goed; open inloop op woensdag.',
    contacts: [
      {
        name: 'Gerda Lammers',
        role: 'Beheerder',
        email: 'g.lammers@deschakel.example',
        every: 3,
        unit: 'weken',
        log: [[40, 'gesprek', 'Inloopochtend bezocht.']],
      },
    ],
  },
  {
    name: 'Buurthuis Het Baken',
    kind: 'buurthuis',
    domain: 'wonen_wijk',
    districts: ['Centrum', 'West'],
    tasks: ['signaleren'],
    notes: '',
    contacts: [
      {
        name: 'Samir Aouragh',
        role: 'Opbouwwerker',
        email: 's.aouragh@hetbaken.example',
        every: 4,
        unit: 'weken',
        log: [[33, 'telefoon', 'Afspraak verzet.']],
        snoozeDays: 10,
      },
    ],
  },
  {
    name: 'Woonstichting Veenland',
    kind: 'woningcorporatie',
    domain: 'wonen_wijk',
    districts: ['Centrum', 'Noord', 'Oost', 'Zuid', 'West'],
    tasks: ['signaleren', 'informatie_uitwisselen'],
    notes: 'Wijkconsulenten melden via het meldpunt; convenant Zorg- en Veiligheidshuis.',
    contacts: [
      {
        name: 'Ellen Brouwer',
        role: 'Wijkconsulent',
        email: 'e.brouwer@woonstichtingveenland.example',
        every: 8,
        unit: 'weken',
        log: [[20, 'gesprek', 'Afstemming over de nieuwe werkwijze melden.']],
      },
    ],
  },
  {
    name: 'Wijkagenten Lindeburg',
    kind: 'wijkagent',
    domain: 'veiligheid',
    districts: 'all',
    tasks: ['signaleren', 'melden', 'nader_duiden', 'informatie_uitwisselen', 'reageren_interveniëren'],
    notes: 'Elke wijk heeft een wijkagent; vast aanspreekpunt voor het netwerk.',
    contacts: [
      {
        name: 'Rob Kuipers',
        role: 'Wijkagent Centrum',
        email: 'r.kuipers@politie-veenstroom.example',
        every: 2,
        unit: 'weken',
        log: [
          [25, 'telefoon', 'Stand van zaken na de demonstratie.'],
          [39, 'gesprek', 'Wijkschouw Centrum.'],
        ],
      },
    ],
  },
  {
    name: 'Voetbalvereniging LSV',
    kind: 'sportvereniging',
    domain: 'sport_vrije_tijd',
    districts: ['Zuid', 'Veenhage'],
    tasks: ['voorkomen', 'signaleren'],
    notes: 'Bestuur staat open voor een training voor trainers.',
    contacts: [
      {
        name: 'Henk Brink',
        role: 'Voorzitter',
        email: 'voorzitter@lsv-lindeburg.example',
        every: 12,
        unit: 'weken',
        log: [],
      },
    ],
  },
  {
    name: 'Moskee Al-Nour',
    kind: 'religieuze_organisatie',
    domain: 'levensbeschouwing',
    districts: ['Oost', 'Noord'],
    tasks: ['agenderen', 'voorkomen'],
    notes: 'Goede band met het bestuur; gezamenlijke iftar met de gemeente.',
    contacts: [
      {
        name: 'Hassan Amrani',
        role: 'Secretaris bestuur',
        email: 'secretariaat@alnour-lindeburg.example',
        every: 6,
        unit: 'weken',
        log: [[50, 'gesprek', 'Kennismaking nieuw bestuur.']],
      },
    ],
  },
  {
    name: 'Protestantse Gemeente Lindeburg',
    kind: 'religieuze_organisatie',
    domain: 'levensbeschouwing',
    districts: ['Centrum', 'Veenhage'],
    tasks: ['agenderen'],
    notes: '',
    contacts: [
      {
        name: 'Ds. Anna de Groot',
        role: 'Predikant',
        email: 'predikant@pglindeburg.example',
        every: 26,
        unit: 'weken',
        log: [[90, 'bijeenkomst', 'Interreligieus beraad.']],
        owner: 'advisor',
      },
    ],
  },
  {
    name: 'Sociaal Wijkteam Lindeburg',
    kind: 'sociaal_domein',
    domain: 'zorg_welzijn',
    districts: 'all',
    tasks: ['signaleren', 'melden', 'reageren_interveniëren'],
    notes: 'Intern: verbinding met jeugdzorg en GGZ.',
    contacts: [
      {
        name: 'Yvonne Bakker',
        role: 'Coördinator wijkteams',
        email: 'y.bakker@lindeburg.example',
        every: 4,
        unit: 'weken',
        log: [[10, 'videobellen', 'Afstemming casuïstiek-overstijgend; geen casusinformatie besproken.']],
      },
    ],
  },
  {
    name: 'Cluster Werk en Inkomen',
    kind: 'cluster_werk_en_inkomen',
    domain: 'werk_inkomen',
    districts: 'all',
    tasks: ['signaleren', 'informatie_uitwisselen'],
    notes: 'Intern: klantmanagers herkennen signalen; training gepland.',
    contacts: [
      {
        name: 'Paul Verhoef',
        role: 'Teamleider klantmanagers',
        email: 'p.verhoef@lindeburg.example',
        every: 12,
        unit: 'weken',
        log: [[100, 'gesprek', 'Afspraken over melden via het meldpunt.']],
        owner: 'advisor',
      },
    ],
  },
  {
    name: 'Toezicht en handhaving',
    kind: 'toezicht_en_handhaving',
    domain: 'veiligheid',
    districts: 'all',
    tasks: ['signaleren', 'melden'],
    notes: 'Intern: boa’s in de openbare ruimte.',
    contacts: [],
  },
  {
    name: 'Cluster Maatschappelijke Ontwikkeling',
    kind: 'cluster_maatschappelijke_ontwikkeling',
    domain: 'gemeentelijke_organisatie',
    districts: 'all',
    tasks: ['agenderen', 'voorkomen'],
    notes: 'Intern: beleid jeugd, onderwijs en welzijn.',
    contacts: [
      {
        name: 'Marloes Vos',
        role: 'Beleidsadviseur jeugd',
        email: 'm.vos@lindeburg.example',
        every: 8,
        unit: 'weken',
        log: [[15, 'gesprek', 'Afstemming preventieprogramma.']],
        owner: 'advisor',
      },
    ],
  },
  {
    name: 'Vrouwennetwerk Samen Sterk',
    kind: 'vrouwennetwerk',
    domain: 'zorg_welzijn',
    districts: ['Oost', 'Zuid'],
    tasks: ['voorkomen', 'signaleren'],
    notes: 'Moeders- en vrouwengroep; eigen soort partner van Lindeburg.',
    contacts: [
      {
        name: 'Naima Chaara',
        role: 'Coördinator',
        email: 'info@samensterk-lindeburg.example',
        every: 6,
        unit: 'weken',
        log: [[35, 'werkbezoek', 'Bijeenkomst weerbaar opvoeden bijgewoond.']],
      },
    ],
  },
];

const OOSTERVEEN_DISTRICTS = ['Dorp', 'Nieuwland', 'Buitengebied'];

async function seedTenant(
  q: Queryable,
  tenantId: string,
  districtNames: readonly string[],
  partners: readonly DemoPartner[],
  owners: { officer: string | null; advisor: string | null },
  anchor: Date,
): Promise<void> {
  const today = amsterdamDate(anchor);
  const districts = new Map<string, string>();
  for (const name of districtNames) districts.set(name, (await insertDistrict(q, tenantId, name)) as string);
  for (const p of partners) {
    let organisationId: string | undefined;
    if (p.existing) {
      const r = await q.query<{ id: string }>(
        "SELECT id FROM organisation WHERE tenant_id = $1 AND kind = 'partner' AND partner_type = $2 LIMIT 1",
        [tenantId, p.existing],
      );
      organisationId = r.rows[0]?.id;
    }
    // 'overig': the demo's own partner types (one police team, one school, ...) stay unique, as the other
    // demo data and its tests look them up by type. The register's kind says what the organisation is.
    organisationId ??= await insertOrganisation(q, { tenantId, name: p.name, partnerType: 'overig' });
    await insertPartner(q, {
      organisationId,
      tenantId,
      kind: p.kind,
      internal:
        p.kind.startsWith('cluster_') || p.kind === 'sociaal_domein' || p.kind === 'toezicht_en_handhaving',
      domain: p.domain,
      citywide: p.districts === 'all',
      districtIds: p.districts === 'all' ? [] : p.districts.map((d) => districts.get(d) as string),
      tasks: p.tasks,
      notes: p.notes,
      at: anchor,
      by: owners.officer ?? owners.advisor ?? '',
    });
    for (const c of p.contacts) {
      const owner = (c.owner === 'advisor' ? owners.advisor : owners.officer) ?? owners.officer;
      if (!owner) continue;
      const oldest = Math.max(120, ...c.log.map(([d]) => d + 1));
      const id = await insertContact(q, {
        tenantId,
        organisationId,
        name: c.name,
        role: c.role,
        email: c.email,
        phone: null,
        frequencyEvery: c.every,
        frequencyUnit: c.unit,
        startedOn: addDays(today, -oldest),
        ownerUserId: owner,
        at: anchor,
      });
      for (const [daysAgo, form, note] of c.log) {
        await insertLog(q, {
          tenantId,
          contactId: id,
          contactedOn: addDays(today, -daysAgo),
          form,
          by: owner,
          note,
          at: anchor,
        });
      }
      const last = c.log.length > 0 ? Math.min(...c.log.map(([d]) => d)) : null;
      await setUpkeep(q, id, {
        lastContactOn: last === null ? null : addDays(today, -last),
        snoozedUntil: c.snoozeDays ? addDays(today, c.snoozeDays) : null,
      });
    }
  }
}

/** Seeds the network of the demo municipalities; run once, inside the demo's seeding transaction. */
export async function seedNetwerkPartnersDemo(
  q: Queryable,
  gemeente: string,
  other: string,
  anchor: Date = new Date(),
): Promise<void> {
  const user = async (name: string) =>
    (await q.query<{ id: string }>('SELECT id FROM app_user WHERE display_name = $1', [name])).rows[0]?.id ??
    null;
  await insertOwnKind(q, gemeente, {
    code: 'vrouwennetwerk',
    nl: 'Vrouwennetwerk',
    en: "Women's network",
    internal: false,
  });
  await seedTenant(
    q,
    gemeente,
    LINDEBURG_DISTRICTS,
    LINDEBURG,
    { officer: await user('Ahmed El Idrissi'), advisor: await user('Thomas Bakker') },
    anchor,
  );
  // Oosterveen has no officer in the demo and its organisation list stays its own (tenant isolation is tested
  // on it): only its districts, so its coverage view shows a network still to be built.
  for (const name of OOSTERVEEN_DISTRICTS) await insertDistrict(q, other, name);
}
