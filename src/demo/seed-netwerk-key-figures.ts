import type { Queryable } from '../db/database.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';
import type { FrequencyUnit } from '../domain/netwerk/contact-upkeep.js';
import type { KeyFigureRole, KeyFigureStatus } from '../domain/netwerk/key-figure.js';
import type { ContactForm } from '../domain/netwerk/partners.js';

/**
 * Fictitious key figures (sleutelfiguren) of the demo municipality: every name and community is invented.
 * Two active with their contact on time, one active whose contact is overdue, one slapend and one whose
 * agreement ended. Contact owners: the officer and the network coordinator.
 */
interface DemoKeyFigure {
  readonly name: string;
  readonly community: string;
  readonly reach: string;
  readonly roles: readonly KeyFigureRole[];
  readonly status: KeyFigureStatus;
  readonly owner: string;
  readonly agreementDaysAgo: number;
  readonly endedDaysAgo: number | null;
  readonly reviewInDays: number;
  readonly every: number;
  readonly unit: FrequencyUnit;
  readonly contacts: ReadonlyArray<readonly [number, ContactForm, string]>;
}

export const DEMO_KEY_FIGURES: readonly DemoKeyFigure[] = [
  {
    name: 'Youssef Amrani',
    community: 'Moskeevereniging Al-Nour, Lindeburg-Oost',
    reach: 'Via het secretariaat van de vereniging, op werkdagen',
    roles: ['beleidsadvies', 'bemiddeling'],
    status: 'actief',
    owner: 'Ahmed El Idrissi',
    agreementDaysAgo: 400,
    endedDaysAgo: null,
    reviewInDays: 120,
    every: 6,
    unit: 'weken',
    contacts: [
      [20, 'gesprek', 'Kwartaalgesprek; de vereniging wil meedenken over de wijkagenda.'],
      [62, 'telefoon', 'Afspraak gemaakt voor het kwartaalgesprek.'],
    ],
  },
  {
    name: 'Grietje Hoekstra',
    community: 'Protestantse gemeente De Wijngaard en buurthuis De Brug, Lindeburg-Centrum',
    reach: 'Telefonisch via het buurthuis',
    roles: ['bemiddeling', 'preventie_signalering'],
    status: 'actief',
    owner: 'Iris Willems',
    agreementDaysAgo: 300,
    endedDaysAgo: null,
    reviewInDays: 60,
    every: 4,
    unit: 'weken',
    contacts: [[50, 'bijeenkomst', 'Netwerkbijeenkomst van de wijk; algemene stemming besproken.']],
  },
  {
    name: 'Marco Verhoeven',
    community: 'Sportvereniging SV Lindeburg-Zuid, jeugdafdeling',
    reach: 'Via de clubsecretaris',
    roles: ['preventie_signalering'],
    status: 'actief',
    owner: 'Iris Willems',
    agreementDaysAgo: 200,
    endedDaysAgo: null,
    reviewInDays: 160,
    every: 8,
    unit: 'weken',
    contacts: [[10, 'werkbezoek', 'Bezoek aan de training; afspraken over de voorlichtingsavond.']],
  },
  {
    name: 'Dawit Tesfaye',
    community: 'Eritrese gemeenschap in Lindeburg',
    reach: 'Per e-mail',
    roles: ['beleidsadvies'],
    status: 'slapend',
    owner: 'Iris Willems',
    agreementDaysAgo: 700,
    endedDaysAgo: null,
    reviewInDays: 30,
    every: 12,
    unit: 'weken',
    contacts: [[210, 'videobellen', 'Afgesproken het contact tijdelijk stil te leggen.']],
  },
  {
    name: 'Anja Kramer',
    community: 'Bewonersvereniging Veenhof',
    reach: '',
    roles: ['bemiddeling'],
    status: 'beeindigd',
    owner: 'Ahmed El Idrissi',
    agreementDaysAgo: 900,
    endedDaysAgo: 90,
    reviewInDays: -60,
    every: 8,
    unit: 'weken',
    contacts: [[95, 'gesprek', 'Afscheidsgesprek; de afspraak is in goed overleg beëindigd.']],
  },
];

export async function seedKeyFiguresDemo(q: Queryable, gemeente: string, anchor: Date): Promise<void> {
  const today = amsterdamDate(anchor);
  const users = await q.query<{ id: string; display_name: string }>(
    `SELECT u.id, u.display_name FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role IN ('aandachtsfunctionaris', 'netwerkcoordinator')`,
    [gemeente],
  );
  const idOf = (name: string) => {
    const u = users.rows.find((x) => x.display_name === name);
    if (!u) throw new Error(`demo: no contact owner ${name}`);
    return u.id;
  };
  const officer = idOf('Ahmed El Idrissi');
  for (const k of DEMO_KEY_FIGURES) {
    const owner = idOf(k.owner);
    const agreementOn = addDays(today, -k.agreementDaysAgo);
    const last = k.contacts.reduce((m, [d]) => Math.min(m, d), Number.POSITIVE_INFINITY);
    const r = await q.query<{ id: string }>(
      `INSERT INTO key_figure (tenant_id, name, community, reach, roles, status, agreement_on, agreement_ended_on,
         review_on, contact_owner_id, contact_every, contact_unit, upkeep_started_on, last_contact_on,
         created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7::date, $8::date, $9::date, $10, $11, $12, $7::date, $13::date,
         $14, $15, $14, $15)
       RETURNING id`,
      [
        gemeente,
        k.name,
        k.community,
        k.reach,
        [...k.roles],
        k.status,
        agreementOn,
        k.endedDaysAgo === null ? null : addDays(today, -k.endedDaysAgo),
        addDays(today, k.reviewInDays),
        owner,
        k.every,
        k.unit,
        Number.isFinite(last) ? addDays(today, -last) : null,
        anchor,
        officer,
      ],
    );
    const id = r.rows[0]?.id as string;
    for (const [daysAgo, form, note] of k.contacts) {
      await q.query(
        `INSERT INTO key_figure_contact (key_figure_id, contact_on, form, by_user_id, note, created_at)
         VALUES ($1, $2::date, $3, $4, $5, $6)`,
        [id, addDays(today, -daysAgo), form, owner, note, anchor],
      );
    }
  }
}
