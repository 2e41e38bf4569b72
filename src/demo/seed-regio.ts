import type { Queryable } from '../db/database.js';
import type { Role } from '../domain/access/roles.js';

/**
 * Regional cooperation in the demo: Regio Veenstroom has one large municipality (Lindeburg) and two small ones
 * (Oosterveen, and Brakelveen added here). Brakelveen has no meldpunt or casusoverleg of its own: it uses the
 * region's, from 120 days before the seed, and Lindeburg's dossierhouder holds the regie of its cases. The
 * region has its own staff: a functioneel beheerder who keeps the agreements and a meldpunt-medewerker who
 * works the reports of the municipalities that use the regional meldpunt. Every name is invented.
 */
export const REGIO_DEMO = {
  smallMunicipality: 'Gemeente Brakelveen',
  regionUsers: [
    ['Bram Veenstra', 'functioneel_beheerder'],
    ['Yara Kok', 'meldpunt'],
  ],
  smallUsers: [
    ['Wim de Haan', 'aandachtsfunctionaris'],
    ['Els Brouwer', 'burgemeester'],
  ],
  agreementsFromDaysAgo: 120,
} as const satisfies {
  smallMunicipality: string;
  regionUsers: ReadonlyArray<readonly [string, Role]>;
  smallUsers: ReadonlyArray<readonly [string, Role]>;
  agreementsFromDaysAgo: number;
};

async function insertUser(q: Queryable, name: string, organisationId: string, role: Role): Promise<string> {
  const r = await q.query<{ id: string }>(
    'INSERT INTO app_user (display_name, is_demo) VALUES ($1, true) RETURNING id',
    [name],
  );
  const id = r.rows[0]?.id as string;
  await q.query('INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
    id,
    organisationId,
    role,
  ]);
  return id;
}

export async function seedRegioDemo(
  q: Queryable,
  ids: { region: string; large: string },
  anchor: Date,
): Promise<{ small: string }> {
  const r = await q.query<{ id: string }>('SELECT gen_random_uuid() AS id');
  const small = r.rows[0]?.id as string;
  await q.query(
    "INSERT INTO organisation (id, kind, name, tenant_id, region_id) VALUES ($1, 'gemeente', $2, $1, $3)",
    [small, REGIO_DEMO.smallMunicipality, ids.region],
  );
  const userIds = new Map<string, string>();
  for (const [name, role] of REGIO_DEMO.regionUsers)
    userIds.set(name, await insertUser(q, name, ids.region, role));
  for (const [name, role] of REGIO_DEMO.smallUsers) userIds.set(name, await insertUser(q, name, small, role));
  const by = userIds.get('Bram Veenstra') as string;
  const from = new Date(anchor.getTime() - REGIO_DEMO.agreementsFromDaysAgo * 86_400_000);
  const startsOn = from.toISOString().slice(0, 10);
  const agreements: ReadonlyArray<readonly [string, string | null, string]> = [
    [
      'regionaal_meldpunt',
      null,
      'Brakelveen heeft geen eigen meld- en adviespunt; de regio neemt de meldingen aan.',
    ],
    [
      'regionaal_casusoverleg',
      null,
      'Brakelveen heeft weinig casuïstiek en brengt zijn casussen in het regionale casusoverleg in het Zorg- en Veiligheidshuis.',
    ],
    [
      'regie_door_gemeente',
      ids.large,
      'De dossierhouder van Lindeburg voert de regie van de casussen van Brakelveen.',
    ],
  ];
  for (const [task, acting, note] of agreements) {
    await q.query(
      `INSERT INTO regio_agreement (region_id, municipality_id, task, acting_municipality_id, starts_on, note,
         created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $8)`,
      [ids.region, small, task, acting, startsOn, note, from, by],
    );
  }
  return { small };
}
