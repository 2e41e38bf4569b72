import type { App } from '../../src/server/deps.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

/** Shared set-up of the meldpunt API tests (not a test file itself). */

/** Creates the test app with extra environment settings for the meldpunt module (read at start-up). */
export async function createMeldpuntApp(env: Record<string, string> = {}): Promise<TestApp> {
  const saved = { ...process.env };
  Object.assign(process.env, {
    MELDPUNT_SUBMIT_MAX: '1000',
    MELDPUNT_STATUS_MAX: '1000',
    // Real proof-of-work, kept small so the tests stay fast.
    MELDPUNT_POW_COUNTER_MAX: '500',
    ...env,
  });
  try {
    return await createTestApp();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

export async function signedIn(app: App, displayName: string): Promise<TestClient> {
  const c = new TestClient(app);
  await c.signInAsDemo(displayName);
  return c;
}

/** A visitor of the public form: no account, the double-submit CSRF token from the session endpoint. */
export async function visitor(app: App): Promise<TestClient> {
  const c = new TestClient(app);
  await c.refreshSession();
  return c;
}

export async function municipalityId(app: App, name = 'Gemeente Lindeburg'): Promise<string> {
  const list = (await app.inject('/api/public/gemeenten')).json() as Array<{ id: string; name: string }>;
  const m = list.find((x) => x.name === name);
  if (!m) throw new Error(`no municipality ${name}`);
  return m.id;
}

/** The demo users of Gemeente Lindeburg (see src/demo/seed.ts). */
export const USERS = {
  meldpunt: 'Sanne de Vries',
  officer: 'Ahmed El Idrissi',
  partner: 'Marieke Jansen',
  mayor: 'Johan van Dijk',
  policy: 'Thomas Bakker',
  admin: 'Lotte Visser',
  privacy: 'Pieter de Boer',
  otherAdmin: 'Eva Mulder',
} as const;

export function melding(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'melding',
    reporter: { kind: 'inwoner', name: 'Karin Smit', email: 'karin@example.org', feedbackWanted: true },
    observations: [
      {
        description:
          'Mijn buurjongen deelt in de klassenapp filmpjes van gewapende strijders en noemt ongelovigen vijanden.',
        observedOn: '2026-02-20',
        place: 'online',
        source: 'eigen_waarneming',
      },
    ],
    assumptions: ['Ik denk dat hij wordt beïnvloed door oudere jongens uit de wijk.'],
    contraIndications: 'Hij traint nog steeds bij de voetbalclub en helpt zijn moeder.',
    persons: [{ name: 'Daan van den Berg', age: 16, neighbourhood: 'Oosthaven', relation: 'buurtbewoner' }],
    ...extra,
  };
}

export function sharingSteps(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    adviceAsked: { done: true, note: 'Anoniem besproken met de aandachtsfunctionaris' },
    conversationHeld: { done: true, note: 'Gesprek met moeder op 18 februari' },
    safetyRisksWeighed: { done: true, note: 'Geen acuut gevaar' },
    consent: { asked: true, given: false, note: 'Zwaarwegend belang: zorgen over veiligheid van de jongere' },
    onlyNecessaryData: { done: true },
    recordedInOwnFile: { done: true, note: 'Vastgelegd in leerlingdossier' },
    ...extra,
  };
}

export type FieldErrors = Record<string, { nl: string; en: string }>;

export function fieldErrors(body: {
  errors?: Array<{ field: string; nl: string; en: string }>;
}): FieldErrors {
  return Object.fromEntries((body.errors ?? []).map((e) => [e.field, { nl: e.nl, en: e.en }]));
}
