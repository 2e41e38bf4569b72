import type { Database, Queryable } from '../db/database.js';
import type { Role } from '../domain/access/roles.js';
import { seedEvaluatieResultaten } from './evaluatie-resultaten.js';
import { seedAnalyseHistory } from './seed-analyse.js';
import { seedCasusDemo } from './seed-casus.js';
import { finishMoreDemoCases, openMoreDemoCases } from './seed-casus-more.js';
import { seedDeskundigheidDemo } from './seed-deskundigheid.js';
import { seedEvaluatieInterventies } from './seed-evaluatie-interventies.js';
import { seedKennisbankDemo } from './seed-kennisbank.js';
import { seedMeldpuntDemo } from './seed-meldpunt.js';
import { seedNetwerkCovenants } from './seed-netwerk-covenants.js';
import { seedKeyFiguresDemo } from './seed-netwerk-key-figures.js';
import { seedNetwerkPartnersDemo } from './seed-netwerk-partners.js';
import { seedOverleggenDemo } from './seed-overleggen.js';
import { seedRegioDemo } from './seed-regio.js';
import { seedZelfscanDemo } from './seed-zelfscan.js';

/**
 * Fictitious demo data: a region, two municipalities, the partner organisations of DOMAIN.md, one demo
 * user per role and three more partner users with less or no participation. Every name is invented. Runs once: nothing happens when organisations already exist.
 */
export const DEMO = {
  region: 'Regio Veenstroom',
  municipality: 'Gemeente Lindeburg',
  otherMunicipality: 'Gemeente Oosterveen',
  partners: [
    ['politie', 'Politie eenheid Veenstroom, team CTER'],
    ['om', 'Openbaar Ministerie, arrondissement Veenstroom'],
    ['zvh', 'Zorg- en Veiligheidshuis Veenstroom'],
    ['rvdk', 'Raad voor de Kinderbescherming, regio Veenstroom'],
    ['reclassering', 'Reclassering Veenstroom'],
    ['jeugdzorg', 'Jeugdzorg Veenstroom'],
    ['ggz', 'GGZ Veenstroom'],
    ['school', 'Lindeburg College'],
    ['jongerenwerk', 'Jongerenwerk Lindeburg'],
  ] as const,
  users: [
    ['Sanne de Vries', 'meldpunt', null],
    ['Ahmed El Idrissi', 'aandachtsfunctionaris', null],
    ['Marieke Jansen', 'ketenpartner', 'politie'],
    ['Johan van Dijk', 'burgemeester', null],
    ['Thomas Bakker', 'beleidsmedewerker', null],
    ['Lotte Visser', 'functioneel_beheerder', null],
    ['Pieter de Boer', 'privacy_officer', null],
    // Partners for need-to-know: Reclassering and Jongerenwerk take part in nothing of the demo; GGZ is
    // invited to one casusoverleg item only. The police partner above sits in everything.
    ['Hanneke Koster', 'ketenpartner', 'reclassering'],
    ['Ruben Smit', 'ketenpartner', 'jongerenwerk'],
    ['Fatima Bouzid', 'ketenpartner', 'ggz'],
    // The network role the municipality assigns: keeps up the key figures (sleutelfiguren).
    ['Iris Willems', 'netwerkcoordinator', null],
    // Deskundigheid: keeps the curriculum, the training on offer and who took part.
    ['Karin de Groot', 'opleidingscoordinator', null],
  ] as const satisfies ReadonlyArray<readonly [string, Role, string | null]>,
  otherUsers: [['Eva Mulder', 'functioneel_beheerder']] as const,
  /** A policy advisor of the region (samenwerkingsverband): the region's analysis, per municipality where it passes. */
  regionUsers: [['Noor Hendriks', 'beleidsmedewerker']] as const,
};

async function insertOrg(
  q: Queryable,
  kind: 'gemeente' | 'regio' | 'partner',
  name: string,
  opts: { tenantId?: string; regionId?: string; partnerType?: string } = {},
): Promise<string> {
  // Tenants are their own tenant: generate the id first so tenant_id can refer to it.
  const r = await q.query<{ id: string }>('SELECT gen_random_uuid() AS id');
  const id = r.rows[0]?.id as string;
  await q.query(
    'INSERT INTO organisation (id, kind, partner_type, name, tenant_id, region_id) VALUES ($1, $2, $3, $4, $5, $6)',
    [id, kind, opts.partnerType ?? null, name, opts.tenantId ?? id, opts.regionId ?? null],
  );
  return id;
}

async function insertDemoUser(q: Queryable, name: string, organisationId: string, role: Role): Promise<void> {
  const r = await q.query<{ id: string }>(
    'INSERT INTO app_user (display_name, is_demo) VALUES ($1, true) RETURNING id',
    [name],
  );
  await q.query('INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
    r.rows[0]?.id,
    organisationId,
    role,
  ]);
}

export interface SeedDemoOptions {
  /**
   * Also the years of fictitious history for the phenomenon analysis (src/demo/seed-analyse.ts): the running
   * demo (`npm start`, the browser tests) has it; the server tests leave it out unless they ask for it.
   */
  readonly history?: boolean;
}

export async function seedDemo(db: Database, opts: SeedDemoOptions = {}): Promise<boolean> {
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock(4283721)');
    const existing = await q.query('SELECT 1 FROM organisation LIMIT 1');
    if (existing.rowCount > 0) return false;
    const region = await insertOrg(q, 'regio', DEMO.region);
    const gemeente = await insertOrg(q, 'gemeente', DEMO.municipality, { regionId: region });
    const other = await insertOrg(q, 'gemeente', DEMO.otherMunicipality, { regionId: region });
    const partnerIds = new Map<string, string>();
    for (const [type, name] of DEMO.partners) {
      partnerIds.set(type, await insertOrg(q, 'partner', name, { tenantId: gemeente, partnerType: type }));
    }
    for (const [name, role, partner] of DEMO.users) {
      const org = partner ? partnerIds.get(partner) : gemeente;
      await insertDemoUser(q, name, org as string, role);
    }
    for (const [name, role] of DEMO.otherUsers) await insertDemoUser(q, name, other, role);
    for (const [name, role] of DEMO.regionUsers) await insertDemoUser(q, name, region, role);
    await seedMeldpuntDemo(q, gemeente);
    await seedOverleggenDemo(q, gemeente);
    const anchor = new Date();
    const more = await openMoreDemoCases(q, gemeente, anchor);
    await seedCasusDemo(q, gemeente, anchor);
    await finishMoreDemoCases(q, gemeente, more, anchor);
    await seedNetwerkPartnersDemo(q, gemeente, other, anchor);
    await seedKeyFiguresDemo(q, gemeente, anchor);
    await seedNetwerkCovenants(q, gemeente, anchor);
    await seedEvaluatieResultaten(q, gemeente, anchor);
    await seedDeskundigheidDemo(q, gemeente, anchor);
    await seedEvaluatieInterventies(q, gemeente, anchor);
    await seedKennisbankDemo(q, gemeente, anchor);
    await seedZelfscanDemo(q, gemeente, anchor);
    await seedRegioDemo(q, { region, large: gemeente }, anchor);
    if (opts.history) await seedAnalyseHistory(q, region, { until: anchor });
    return true;
  });
}
