import type { CaseListScope, CaseListSort } from '../domain/casus/case-list.js';
import { DEFAULT_REVIEW_MONTHS } from '../domain/casus/review.js';
import type { CasePhase, CaseSituation } from '../domain/casus/types.js';
import type { ReferenceSearch } from '../domain/melding/reference.js';
import { type CaseDossier, DOSSIER_SELECT, type DossierRow, toDossier } from './casus-dossier.js';
import type { Queryable } from './database.js';

/**
 * One page of the case list, with need to know decided in the query (src/domain/casus/case-list.ts), so a
 * page costs the same at 30 cases or 10,000 and nothing reads a case the actor may not see.
 */
export interface CaseListFilter {
  readonly scope: CaseListScope;
  /** The moment access is decided at (a participation counts from joining until leaving). */
  readonly now: Date;
  /** Today in Amsterdam: a review before it is overdue. */
  readonly today: string;
  readonly phases?: readonly CasePhase[] | undefined;
  readonly situation?: CaseSituation | undefined;
  readonly regisseurUserId?: string | undefined;
  /** Only cases whose review is overdue (never a closed one). */
  readonly reviewOverdue?: boolean | undefined;
  /** Only cases this organisation takes part in now. */
  readonly organisationId?: string | undefined;
  /** A case number, whole or in part (referenceSearch with "C"). */
  readonly reference?: ReferenceSearch | undefined;
  /** Part of the person's normalised name (normalizeName), for the roles that may search names. */
  readonly name?: string | undefined;
  readonly sort: CaseListSort;
  /** Keyset: the sort value and id of the last row of the previous page. */
  readonly after?: { readonly value: string; readonly id: string } | undefined;
  readonly limit: number;
}

export interface CaseListRow extends CaseDossier {
  /** The keyset value of this row for the chosen sort. */
  readonly sortValue: string;
}

/**
 * The next review as the domain computes it (review.ts `nextReview`): the date set, or three months after
 * the Amsterdam day of opening (PostgreSQL ends a month that is too short on its last day, as addMonths
 * does). Spelled exactly as in the index casus_list_review_idx (migration 026), so the index is used.
 */
export const NEXT_REVIEW_SQL = `COALESCE(c.next_review_on, ((c.created_at AT TIME ZONE 'Europe/Amsterdam')::date + interval '${DEFAULT_REVIEW_MONTHS} months')::date)`;

/** The instant as text with every microsecond, so a keyset on it loses nothing. */
const OPENED_TEXT = `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The statement of one page (pure: the benchmark explains it). A partner's participation counts as in
 * `participationOf`: its organisation, the whole organisation or this person of it, joined and not left.
 */
export function caseListStatement(f: CaseListFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [f.scope.tenantId];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['c.tenant_id = $1'];
  const activeAt = (alias: string, at: string) =>
    `${alias}.joined_at <= ${at} AND (${alias}.left_at IS NULL OR ${alias}.left_at > ${at})`;
  const now = f.scope.kind === 'participant' || f.organisationId ? p(f.now) : '';
  if (f.scope.kind === 'participant') {
    where.push(`c.phase <> 'afgesloten'`);
    where.push(
      `EXISTS (SELECT 1 FROM casus_participant a WHERE a.casus_id = c.id AND a.organisation_id = ${p(f.scope.organisationId)}
         AND (a.user_id IS NULL OR a.user_id = ${p(f.scope.userId)}) AND ${activeAt('a', now)})`,
    );
  }
  if (f.phases?.length === 1) where.push(`c.phase = ${p(f.phases[0])}`);
  else if (f.phases?.length) where.push(`c.phase = ANY(${p(f.phases)}::text[])`);
  if (f.situation) where.push(`c.situation = ${p(f.situation)}`);
  if (f.regisseurUserId) where.push(`c.regisseur_user_id = ${p(f.regisseurUserId)}`);
  if (f.reviewOverdue) {
    where.push(`c.phase <> 'afgesloten'`, `${NEXT_REVIEW_SQL} < ${p(f.today)}::date`);
  }
  if (f.organisationId) {
    where.push(
      `EXISTS (SELECT 1 FROM casus_participant o WHERE o.casus_id = c.id AND o.organisation_id = ${p(f.organisationId)}
         AND ${activeAt('o', now)})`,
    );
  }
  if (f.reference?.exact) where.push(`c.reference = ${p(f.reference.exact)}`);
  else if (f.reference) where.push(`c.reference LIKE ${p(f.reference.pattern)}`);
  // The person is always of the case's municipality (a handover moves both): the tenant's trigram index.
  if (f.name) where.push(`p.tenant_id = $1`, `p.normalized_name LIKE ${p(`%${escapeLike(f.name)}%`)}`);

  let order: string;
  let sortValue: string;
  if (f.sort === 'evaluatie') {
    order = `${NEXT_REVIEW_SQL}, c.id`;
    sortValue = `${NEXT_REVIEW_SQL}::text`;
    if (f.after)
      where.push(`(${NEXT_REVIEW_SQL}, c.id) > (${p(f.after.value)}::date, ${p(f.after.id)}::uuid)`);
  } else if (f.sort === 'geopend_oud') {
    order = 'c.created_at, c.id';
    sortValue = OPENED_TEXT;
    if (f.after)
      where.push(`(c.created_at, c.id) > (${p(f.after.value)}::timestamptz, ${p(f.after.id)}::uuid)`);
  } else {
    order = 'c.created_at DESC, c.id DESC';
    sortValue = OPENED_TEXT;
    if (f.after)
      where.push(`(c.created_at, c.id) < (${p(f.after.value)}::timestamptz, ${p(f.after.id)}::uuid)`);
  }
  const sql = `${DOSSIER_SELECT.replace(' FROM casus c', `, ${sortValue} AS sort_value\n  FROM casus c`)}
  WHERE ${where.join(' AND ')}
  ORDER BY ${order}
  LIMIT ${p(f.limit)}`;
  return { sql, params };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (x) => `\\${x}`);

export async function listCasePage(q: Queryable, f: CaseListFilter): Promise<CaseListRow[]> {
  const { sql, params } = caseListStatement(f);
  const r = await q.query<DossierRow & { sort_value: string }>(sql, params);
  return r.rows.map((row) => ({ ...toDossier(row), sortValue: row.sort_value }));
}
