import type { Role } from '../domain/access/roles';

/**
 * The areas of the application that have screens, and who may use them. The navigation and
 * the route guards all read this list: a new module adds one entry here (and its routes in app.tsx), and
 * only once it has real screens.
 */
export const AREAS = [
  { area: 'meldingen', path: '/meldingen', roles: ['meldpunt', 'aandachtsfunctionaris', 'burgemeester'] },
  { area: 'mijnMeldingen', path: '/mijn-meldingen', roles: ['ketenpartner'] },
  // Looking persons up by name is for those who link signals to persons; the mayor opens a person from a
  // signal (the routes /personen/:id belong to the area 'meldingen').
  { area: 'personen', path: '/personen', roles: ['meldpunt', 'aandachtsfunctionaris'] },
  // Meetings: each role sees the meetings (or single agenda items) it takes part in; the server decides per
  // meeting and per item (src/domain/overleg/access.ts).
  {
    area: 'overleggen',
    path: '/overleggen',
    roles: ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner'],
  },
  // Cases: the regie municipality's officer and the mayor (read-only) see all of the own municipality, a
  // partner only the cases it takes part in; the server decides per case (src/domain/casus/participation.ts).
  {
    area: 'casussen',
    path: '/casussen',
    roles: ['aandachtsfunctionaris', 'burgemeester', 'ketenpartner'],
  },
  {
    area: 'acties',
    path: '/acties',
    roles: ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner', 'netwerkcoordinator'],
  },
  // Beheer opens on its front door (/beheer), with the way into each of its parts.
  { area: 'beheer', path: '/beheer', roles: ['functioneel_beheerder'] },
  // Privacy: the dashboard is the way in to the access log, emergency access reviews, retention and holds.
  { area: 'privacy', path: '/privacy', roles: ['privacy_officer'] },
  // The phenomenon analysis: protected figures of the own municipality (a region user: the region's roll-up).
  {
    area: 'analyse',
    path: '/analyse',
    roles: ['beleidsmedewerker', 'burgemeester', 'aandachtsfunctionaris'],
  },
  // Netwerken: the partner register and contact upkeep (the mayor reads; src/domain/access/policy.ts).
  {
    area: 'netwerk',
    path: '/netwerk',
    roles: ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  },
  // Key figures (sleutelfiguren): kept apart from the case file, for the officer and the network role only.
  { area: 'sleutelfiguren', path: '/sleutelfiguren', roles: ['aandachtsfunctionaris', 'netwerkcoordinator'] },
  // Netwerk, covenants on information sharing: kept by the officer, read by policy, privacy and beheer.
  {
    area: 'convenanten',
    path: '/netwerk/convenanten',
    roles: ['aandachtsfunctionaris', 'beleidsmedewerker', 'privacy_officer', 'functioneel_beheerder'],
  },
  // Evaluatie: measure results across cases and policy goals (the mayor reads); the landing page shows each
  // role the sections its access rules open (src/web/features/evaluatie/evaluatie-home.tsx).
  {
    area: 'evaluatie',
    path: '/evaluatie',
    roles: ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  },
  // Deskundigheid: organisation data (curriculum, catalogue, sessions) and training records of persons, the
  // latter personnel data (src/domain/deskundigheid/access.ts); the front door shows each role what its rules open.
  {
    area: 'deskundigheid',
    path: '/deskundigheid',
    roles: ['aandachtsfunctionaris', 'beleidsmedewerker', 'opleidingscoordinator', 'burgemeester'],
  },
  // Kennisbank: definitions, help organisations, step plans, law and instruments, for every signed-in role.
  {
    area: 'kennisbank',
    path: '/kennisbank',
    roles: [
      'meldpunt',
      'aandachtsfunctionaris',
      'ketenpartner',
      'burgemeester',
      'beleidsmedewerker',
      'functioneel_beheerder',
      'privacy_officer',
      'netwerkcoordinator',
      'opleidingscoordinator',
    ],
  },
  // Regional cooperation: the agreements of the region and its municipalities (the region's administrator
  // records them), with the way to the region's figures in the phenomenon analysis.
  {
    area: 'regio',
    path: '/regio',
    roles: ['functioneel_beheerder', 'aandachtsfunctionaris', 'beleidsmedewerker'],
  },
  // Zelfscan: the self-assessment of the local approach (src/domain/access/policy.ts, zelfscan.read).
  {
    area: 'zelfscan',
    path: '/zelfscan',
    roles: ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  },
] as const satisfies ReadonlyArray<{ area: string; path: string; roles: readonly Role[] }>;

export type Area = (typeof AREAS)[number]['area'];

export function areasFor(role: Role): ReadonlyArray<(typeof AREAS)[number]> {
  return AREAS.filter((a) => (a.roles as readonly Role[]).includes(role));
}

export function rolesOf(area: Area): readonly Role[] {
  return AREAS.find((a) => a.area === area)?.roles ?? [];
}
