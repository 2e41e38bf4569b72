import { expect } from 'vitest';
import { insertCasus } from '../../src/db/casussen.js';
import type { TestClient } from '../helpers/test-app.js';
import { type OverlegTestApp, U } from './overleggen-fixtures.js';

/** Shared set-up of the case API tests (not a test file itself). */

let counter = 0;

export interface PersonFacts {
  readonly name?: string;
  readonly birthDate?: string | null;
  readonly address?: string | null;
  readonly neighbourhood?: string | null;
  readonly schoolOrWork?: string | null;
  readonly tenantId?: string;
}

/** A meldpunt person of Gemeente Lindeburg (or the given tenant). */
export async function makePerson(t: OverlegTestApp, f: PersonFacts = {}): Promise<string> {
  counter += 1;
  const p = await t.tdb.db.query<{ id: string }>(
    `INSERT INTO person (tenant_id, display_name, normalized_name, birth_date, neighbourhood, address, school_or_work,
       restricted, created_at)
     VALUES ($1, $2, lower($2), $3, $4, $5, $6, false, $7) RETURNING id`,
    [
      f.tenantId ?? t.tenantId,
      f.name ?? `Casuspersoon ${counter}`,
      f.birthDate ?? null,
      f.neighbourhood ?? null,
      f.address ?? null,
      f.schoolOrWork ?? null,
      new Date('2026-02-01T10:00:00Z'),
    ],
  );
  return p.rows[0]?.id as string;
}

/** A case of Gemeente Lindeburg in the persoonsgerichte aanpak with the demo officer as regisseur. */
export async function makeCase(
  t: OverlegTestApp,
  f: PersonFacts & { openedOn?: string } = {},
): Promise<{ id: string; personId: string; reference: string }> {
  const personId = await makePerson(t, f);
  const c = await t.tdb.db.tx((q) =>
    insertCasus(q, {
      tenantId: f.tenantId ?? t.tenantId,
      personId,
      year: 2026,
      phase: 'persoonsgerichte_aanpak',
      regisseurUserId: t.userId[U.officer] ?? null,
      openedFromDecisionId: null,
      createdAt: new Date(`${f.openedOn ?? '2026-03-01'}T10:00:00Z`),
    }),
  );
  return { id: c.id, personId, reference: c.reference };
}

export async function joinCase(
  officer: TestClient,
  caseId: string,
  organisationId: string,
  role = 'Casusregisseur partner',
): Promise<string> {
  const r = await officer.post(`/api/casussen/${caseId}/deelnemers`, { organisationId, role });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

/** Access-log entries of an object, oldest first. */
export async function logOf(t: OverlegTestApp, objectId: string) {
  const r = await t.tdb.db.query<{
    action: string;
    object_type: string;
    person_id: string | null;
    tenant_id: string | null;
    result: string;
  }>(
    'SELECT action, object_type, person_id, tenant_id, result FROM access_log WHERE object_id = $1 ORDER BY id',
    [objectId],
  );
  return r.rows;
}

/** A case as the list shows it (GET /api/casussen). */
export interface ListedCase {
  readonly id: string;
  readonly reference: string;
  readonly phase: string;
  readonly situation: string;
  readonly person: { readonly id: string; readonly name: string };
  readonly regisseur: { readonly id: string; readonly name: string } | null;
  readonly nextReviewOn: string;
  readonly reviewOverdue: boolean;
}

/** Every case of the list with these filters (a query string without "?"), page after page. */
export async function listAllCases(client: TestClient, query = ''): Promise<ListedCase[]> {
  const all: ListedCase[] = [];
  let cursor: string | null = null;
  do {
    const p = new URLSearchParams(query);
    p.set('limit', '100');
    if (cursor) p.set('cursor', cursor);
    const r = await client.get(`/api/casussen?${p}`);
    expect(r.statusCode, r.body).toBe(200);
    const page = r.json() as { items: ListedCase[]; nextCursor: string | null };
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** The ids of every case the client may see in the list. */
export const listedIds = async (client: TestClient) => (await listAllCases(client)).map((c) => c.id);
