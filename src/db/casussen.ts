import type { CasePhase } from '../domain/casus/types.js';
import { caseReference, takeNextNumber } from './counters.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The minimal case (casus) the meetings need: opened by a yes of the weegploeg, discussed in the
 * casusoverleg. The case module extends this file's table with its own migration.
 */

/** What every read of a case starts with: which case, about whom, its reference and its phase. */
export interface CaseHead {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string;
  readonly personName: string;
  readonly reference: string;
  readonly phase: CasePhase;
}

export interface CaseHeadRow {
  id: string;
  tenant_id: string;
  person_id: string;
  person_name: string;
  reference: string;
  phase: CasePhase;
}

/** The columns of CaseHeadRow, from casus c joined with its person p. */
export const CASE_HEAD_COLUMNS =
  'c.id, c.tenant_id, c.person_id, p.display_name AS person_name, c.reference, c.phase';

export const toCaseHead = (r: CaseHeadRow): CaseHead => ({
  id: r.id,
  tenantId: r.tenant_id,
  personId: r.person_id,
  personName: r.person_name,
  reference: r.reference,
  phase: r.phase,
});

export interface CasusRecord extends CaseHead {
  readonly regisseurUserId: string | null;
  readonly openedFromDecisionId: string | null;
  readonly createdAt: Date;
  readonly version: number;
}

interface CasusRow extends CaseHeadRow {
  regisseur_user_id: string | null;
  opened_from_decision_id: string | null;
  created_at: Date;
  version: number;
}

const SELECT = `SELECT ${CASE_HEAD_COLUMNS},
  c.regisseur_user_id, c.opened_from_decision_id, c.created_at, c.version
  FROM casus c JOIN person p ON p.id = c.person_id`;

function toCasus(r: CasusRow): CasusRecord {
  return {
    ...toCaseHead(r),
    regisseurUserId: r.regisseur_user_id,
    openedFromDecisionId: r.opened_from_decision_id,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function findCasus(q: Queryable, id: string): Promise<CasusRecord | null> {
  const r = await q.query<CasusRow>(`${SELECT} WHERE c.id = $1`, [id]);
  return firstOrNull(r, toCasus);
}

/** The person's case that is not closed (there is at most one). */
export async function findOpenCasusOfPerson(q: Queryable, personId: string): Promise<CasusRecord | null> {
  const r = await q.query<CasusRow>(`${SELECT} WHERE c.person_id = $1 AND c.phase <> 'afgesloten'`, [
    personId,
  ]);
  return firstOrNull(r, toCasus);
}

/** One page of the cases of the tenant that are not closed, by reference (keyset: the last reference). */
export async function listOpenCasussen(
  q: Queryable,
  tenantId: string,
  page: { readonly afterReference?: string | undefined; readonly limit: number },
): Promise<CasusRecord[]> {
  const r = await q.query<CasusRow>(
    `${SELECT} WHERE c.tenant_id = $1 AND c.phase <> 'afgesloten' AND ($2::text IS NULL OR c.reference > $2)
      ORDER BY c.reference LIMIT $3`,
    [tenantId, page.afterReference ?? null, page.limit],
  );
  return r.rows.map(toCasus);
}

export interface NewCasus {
  readonly tenantId: string;
  readonly personId: string;
  /** The year of the reference (Amsterdam year of opening). */
  readonly year: number;
  readonly phase: CasePhase;
  readonly regisseurUserId: string | null;
  readonly openedFromDecisionId: string | null;
  readonly createdAt: Date;
}

/**
 * Opens a case numbered C-YYYY-NNNN from the tenant's counter for the year. Call it inside a
 * transaction: the counter row stays locked until commit, so numbers have no gaps.
 */
export async function insertCasus(q: Queryable, c: NewCasus): Promise<{ id: string; reference: string }> {
  const r = await q.query<{ id: string; reference: string }>(
    `WITH n AS (${takeNextNumber('casus_counter')} RETURNING last_value)
     INSERT INTO casus (tenant_id, person_id, reference, phase, regisseur_user_id, opened_from_decision_id, created_at)
     SELECT $1, $3, ${caseReference('n.last_value')}, $4, $5, $6, $7
       FROM n
     RETURNING id, reference`,
    [c.tenantId, c.year, c.personId, c.phase, c.regisseurUserId, c.openedFromDecisionId, c.createdAt],
  );
  const row = r.rows[0];
  if (!row) throw new Error('insertCasus returned no row');
  return row;
}

export async function updateCasusPhase(
  q: Queryable,
  id: string,
  version: number,
  phase: CasePhase,
): Promise<boolean> {
  return affectsRows(q, 'UPDATE casus SET phase = $3, version = version + 1 WHERE id = $1 AND version = $2', [
    id,
    version,
    phase,
  ]);
}

/** Names the regisseur of a case (a decision of the weegploeg or the casusoverleg). */
export async function setRegisseur(q: Queryable, id: string, userId: string): Promise<void> {
  await q.query('UPDATE casus SET regisseur_user_id = $2, version = version + 1 WHERE id = $1', [id, userId]);
}
