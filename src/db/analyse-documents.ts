import type { AnalysisReport, AnalysisRules, DocumentTexts } from '../contract/analyse.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The analysis documents of a tenant (a draft of words, versioned) and their approved versions: frozen
 * copies of the words and the protected figures, append-only for the application (migration 014).
 */

export interface DocumentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly period: string;
  readonly texts: DocumentTexts;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

export interface DocumentListRow {
  readonly id: string;
  readonly title: string;
  readonly period: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly versions: number;
  readonly lastApprovedAt: Date | null;
}

export interface VersionSummaryRecord {
  readonly id: string;
  readonly number: number;
  readonly approvedAt: Date;
  readonly approvedByName: string;
  readonly rules: AnalysisRules;
}

export interface VersionRecord extends VersionSummaryRecord {
  readonly documentId: string;
  readonly tenantId: string;
  readonly title: string;
  readonly period: string;
  readonly texts: DocumentTexts;
  readonly figures: AnalysisReport[];
}

interface DocumentRow {
  id: string;
  tenant_id: string;
  title: string;
  period: string;
  texts: DocumentTexts;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const DOCUMENT_COLUMNS = `d.id, d.tenant_id, d.title, d.period, d.texts, d.updated_at, d.version,
  (SELECT u.display_name FROM app_user u WHERE u.id = d.updated_by) AS updated_by_name`;

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  title: r.title,
  period: r.period,
  texts: r.texts,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: r.version,
});

/** The tenant's documents, newest first, one page after the keyset cursor (created_at, id). */
export async function listDocuments(
  q: Queryable,
  tenantId: string,
  page: { after?: { at: Date; id: string } | undefined; limit: number },
): Promise<DocumentListRow[]> {
  const r = await q.query<{
    id: string;
    title: string;
    period: string;
    created_at: Date;
    updated_at: Date;
    updated_by_name: string | null;
    versions: number;
    last_approved_at: Date | null;
  }>(
    `SELECT d.id, d.title, d.period, d.created_at, d.updated_at,
            (SELECT u.display_name FROM app_user u WHERE u.id = d.updated_by) AS updated_by_name,
            (SELECT count(*)::int FROM analysis_version v WHERE v.document_id = d.id) AS versions,
            (SELECT max(v.approved_at) FROM analysis_version v WHERE v.document_id = d.id) AS last_approved_at
       FROM analysis_document d
      WHERE d.tenant_id = $1
        AND ($2::timestamptz IS NULL OR (d.created_at, d.id) < ($2::timestamptz, $3::uuid))
      ORDER BY d.created_at DESC, d.id DESC
      LIMIT $4`,
    [tenantId, page.after?.at ?? null, page.after?.id ?? null, page.limit],
  );
  return r.rows.map((x) => ({
    id: x.id,
    title: x.title,
    period: x.period,
    createdAt: x.created_at,
    updatedAt: x.updated_at,
    updatedByName: x.updated_by_name,
    versions: Number(x.versions),
    lastApprovedAt: x.last_approved_at,
  }));
}

export async function findDocument(
  q: Queryable,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<DocumentRecord | null> {
  const r = await q.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM analysis_document d WHERE d.id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return firstOrNull(r, toDocument);
}

export async function insertDocument(
  q: Queryable,
  d: { tenantId: string; title: string; period: string; at: Date; by: string },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO analysis_document (tenant_id, title, period, texts, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, '{}', $4, $5, $4, $5) RETURNING id`,
    [d.tenantId, d.title, d.period, d.at, d.by],
  );
  return r.rows[0]?.id as string;
}

/** Saves title and texts at the version read; false when another version is stored now. */
export function updateDocument(
  q: Queryable,
  id: string,
  version: number,
  d: { title: string; texts: DocumentTexts; at: Date; by: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE analysis_document SET title = $3, texts = $4, updated_at = $5, updated_by = $6, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, d.title, JSON.stringify(d.texts), d.at, d.by],
  );
}

interface VersionSummaryRow {
  id: string;
  number: number;
  approved_at: Date;
  approved_by_name: string;
  rules: AnalysisRules;
}

const toSummary = (r: VersionSummaryRow): VersionSummaryRecord => ({
  id: r.id,
  number: r.number,
  approvedAt: r.approved_at,
  approvedByName: r.approved_by_name,
  rules: r.rules,
});

/** The approved versions of a document, newest first. */
export async function listVersions(q: Queryable, documentId: string): Promise<VersionSummaryRecord[]> {
  const r = await q.query<VersionSummaryRow>(
    `SELECT id, number, approved_at, approved_by_name, rules FROM analysis_version
      WHERE document_id = $1 ORDER BY number DESC`,
    [documentId],
  );
  return r.rows.map(toSummary);
}

export async function findVersion(q: Queryable, id: string): Promise<VersionRecord | null> {
  const r = await q.query<
    VersionSummaryRow & {
      document_id: string;
      tenant_id: string;
      title: string;
      period: string;
      texts: DocumentTexts;
      figures: AnalysisReport[];
    }
  >(
    `SELECT id, document_id, tenant_id, number, period, title, texts, figures, rules, approved_at, approved_by_name
       FROM analysis_version WHERE id = $1`,
    [id],
  );
  return firstOrNull(r, (x) => ({
    ...toSummary(x),
    documentId: x.document_id,
    tenantId: x.tenant_id,
    title: x.title,
    period: x.period,
    texts: x.texts,
    figures: x.figures,
  }));
}

/** Appends the next version of a document (the document's row is locked by the caller). */
export async function insertVersion(
  q: Queryable,
  v: {
    documentId: string;
    tenantId: string;
    period: string;
    title: string;
    texts: DocumentTexts;
    figures: readonly AnalysisReport[];
    rules: AnalysisRules;
    at: Date;
    by: string;
    byName: string;
  },
): Promise<{ id: string; number: number }> {
  const r = await q.query<{ id: string; number: number }>(
    `INSERT INTO analysis_version (document_id, tenant_id, number, period, title, texts, figures, rules,
                                   approved_at, approved_by, approved_by_name)
     SELECT $1, $2, COALESCE(max(number), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10
       FROM analysis_version WHERE document_id = $1
     RETURNING id, number`,
    [
      v.documentId,
      v.tenantId,
      v.period,
      v.title,
      JSON.stringify(v.texts),
      JSON.stringify(v.figures),
      JSON.stringify(v.rules),
      v.at,
      v.by,
      v.byName,
    ],
  );
  const row = r.rows[0] as { id: string; number: number };
  return { id: row.id, number: Number(row.number) };
}

/** The tenant's fenomeen codes with their labels (also switched-off ones: an old document may name them). */
export async function listFenomenen(
  q: Queryable,
  tenantId: string,
): Promise<Array<{ code: string; nl: string; en: string; active: boolean }>> {
  const r = await q.query<{ code: string; label_nl: string; label_en: string; active: boolean }>(
    `SELECT code, label_nl, label_en, active FROM phenomenon_category WHERE tenant_id = $1 ORDER BY sort, code`,
    [tenantId],
  );
  return r.rows.map((x) => ({ code: x.code, nl: x.label_nl, en: x.label_en, active: x.active }));
}

/** The threshold k of the tenant's disclosure control (10 unless the privacy officer set another). */
export async function analysisK(q: Queryable, tenantId: string): Promise<number> {
  const r = await q.query<{ analysis_k: number }>(
    'SELECT analysis_k FROM privacy_settings WHERE tenant_id = $1',
    [tenantId],
  );
  return r.rows[0]?.analysis_k ?? 10;
}
