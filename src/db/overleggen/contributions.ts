import { affectsRows, firstOrNull, type Queryable } from '../database.js';

/** Contributions of the partners to an agenda item, each with its legal basis. */

export interface ContributionRecord {
  readonly id: string;
  readonly itemId: string;
  readonly meetingId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly legalBasisId: string;
  readonly legalBasisNl: string;
  readonly legalBasisEn: string;
  readonly text: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

interface ContributionRow {
  id: string;
  item_id: string;
  meeting_id: string;
  organisation_id: string;
  organisation_name: string;
  author_user_id: string;
  author_name: string;
  legal_basis_id: string;
  legal_basis_nl: string;
  legal_basis_en: string;
  text: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const CONTRIBUTION_SELECT = `
  SELECT c.id, c.item_id, c.meeting_id, c.organisation_id, o.name AS organisation_name, c.author_user_id,
         c.author_name, c.legal_basis_id, lb.label_nl AS legal_basis_nl, lb.label_en AS legal_basis_en, c.text,
         c.created_at, c.updated_at, c.version
    FROM contribution c
    JOIN organisation o ON o.id = c.organisation_id
    JOIN legal_basis lb ON lb.id = c.legal_basis_id`;

function toContribution(r: ContributionRow): ContributionRecord {
  return {
    id: r.id,
    itemId: r.item_id,
    meetingId: r.meeting_id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    authorUserId: r.author_user_id,
    authorName: r.author_name,
    legalBasisId: r.legal_basis_id,
    legalBasisNl: r.legal_basis_nl,
    legalBasisEn: r.legal_basis_en,
    text: r.text,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function listContributions(
  q: Queryable,
  itemIds: readonly string[],
): Promise<ContributionRecord[]> {
  if (itemIds.length === 0) return [];
  const r = await q.query<ContributionRow>(
    `${CONTRIBUTION_SELECT} WHERE c.item_id = ANY($1::uuid[]) ORDER BY c.item_id, c.seq`,
    [itemIds],
  );
  return r.rows.map(toContribution);
}

export async function findContribution(q: Queryable, id: string): Promise<ContributionRecord | null> {
  const r = await q.query<ContributionRow>(`${CONTRIBUTION_SELECT} WHERE c.id = $1`, [id]);
  return firstOrNull(r, toContribution);
}

export async function countContributions(q: Queryable, itemId: string): Promise<number> {
  const r = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM contribution WHERE item_id = $1', [
    itemId,
  ]);
  return r.rows[0]?.n ?? 0;
}

export interface NewContribution {
  readonly itemId: string;
  readonly meetingId: string;
  readonly tenantId: string;
  readonly organisationId: string;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly legalBasisId: string;
  readonly text: string;
  readonly at: Date;
}

export async function insertContribution(q: Queryable, c: NewContribution): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO contribution (item_id, meeting_id, tenant_id, organisation_id, author_user_id, author_name,
       legal_basis_id, text, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $5) RETURNING id`,
    [
      c.itemId,
      c.meetingId,
      c.tenantId,
      c.organisationId,
      c.authorUserId,
      c.authorName,
      c.legalBasisId,
      c.text,
      c.at,
    ],
  );
  return r.rows[0]?.id as string;
}

export async function updateContribution(
  q: Queryable,
  id: string,
  version: number,
  c: { text: string; legalBasisId: string; at: Date; by: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE contribution SET text = $3, legal_basis_id = $4, updated_at = $5, updated_by = $6, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, c.text, c.legalBasisId, c.at, c.by],
  );
}
