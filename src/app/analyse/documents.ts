import type {
  AnalysisDocument,
  AnalysisDocumentPage,
  AnalysisReport,
  AnalysisRules,
  AnalysisSectionList,
  AnalysisVersion,
  AnalysisVersionSummary,
  DocumentTexts,
} from '../../contract/analyse.js';
import {
  analysisK,
  type DocumentRecord,
  findDocument,
  findVersion,
  insertDocument,
  insertVersion,
  listDocuments,
  listFenomenen,
  listVersions,
  updateDocument,
  type VersionRecord,
  type VersionSummaryRecord,
} from '../../db/analyse-documents.js';
import {
  checkPeriod,
  checkSections,
  WHOLE_SECTION,
  WHOLE_SECTION_LABEL,
  withoutEmptySections,
} from '../../domain/analyse/document.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import {
  type Ctx,
  conflict,
  type Failure,
  fieldError,
  inTx,
  invalid,
  logDenied,
  type Result,
  Stale,
} from '../overleg/results.js';

/**
 * The analysis as a document (issue 14): the analyst writes, per fenomeen and for the whole, the nature,
 * volume, development and risks in words; the system writes no text and no judgement. Approving freezes a
 * dated version with the words and every report of the period as the disclosure control published it, and
 * the rules it used. A version is never changed afterwards (the table is append-only): a later correction to
 * a signal changes the next version's figures, not this one's.
 *
 * The figures are given to the use case (`ReportsOfPeriod`), so the document does not depend on how the
 * reports are made; the routes give it the analysis engine's reports.
 */

/** Every report of the catalogue for one period, protected; or why the period cannot be reported. */
export type ReportsOfPeriod = (
  ctx: Ctx,
  period: string,
  opts: { rounded: boolean },
) => Promise<AnalysisReport[] | Failure>;

const OBJECT_DOCUMENT = 'analysis_document';
const OBJECT_VERSION = 'analysis_version';

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' });

const summaryJson = (v: VersionSummaryRecord): AnalysisVersionSummary => ({
  id: v.id,
  number: v.number,
  approvedAt: v.approvedAt.toISOString(),
  approvedByName: v.approvedByName,
  rules: v.rules,
});

const documentJson = (d: DocumentRecord, versions: readonly VersionSummaryRecord[]): AnalysisDocument => ({
  id: d.id,
  title: d.title,
  period: d.period,
  texts: d.texts,
  updatedAt: d.updatedAt.toISOString(),
  updatedBy: d.updatedByName,
  version: d.version,
  versions: versions.map(summaryJson),
});

const versionJson = (v: VersionRecord): AnalysisVersion => ({
  id: v.id,
  documentId: v.documentId,
  number: v.number,
  title: v.title,
  period: v.period,
  texts: v.texts,
  reports: v.figures,
  rules: v.rules,
  approvedAt: v.approvedAt.toISOString(),
  approvedByName: v.approvedByName,
});

/** The document as it is saved now, for the answer to a conflict (no log: the caller logs the read). */
async function currentDocument(ctx: Ctx, id: string): Promise<AnalysisDocument | null> {
  const d = await findDocument(ctx.db, id);
  return d ? documentJson(d, await listVersions(ctx.db, id)) : null;
}

/** The document of the actor's tenant, or null (another tenant's is never revealed). */
async function ownDocument(ctx: Ctx, id: string): Promise<DocumentRecord | null> {
  const d = await findDocument(ctx.db, id);
  return d && d.tenantId === ctx.actor.tenantId ? d : null;
}

export interface CursorValue {
  readonly at: Date;
  readonly id: string;
}

export function encodeDocumentCursor(c: CursorValue): string {
  return Buffer.from(JSON.stringify([c.at.toISOString(), c.id])).toString('base64url');
}

/** The keyset of a page reference, or null when it is not one of ours. */
export function decodeDocumentCursor(cursor: string): CursorValue | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || typeof v[1] !== 'string')
      return null;
    const at = new Date(v[0]);
    if (Number.isNaN(at.getTime())) return null;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v[1])) return null;
    return { at, id: v[1] };
  } catch {
    return null;
  }
}

/** The tenant's documents, newest first, by cursor pages. */
export async function listAnalysisDocuments(
  ctx: Ctx,
  page: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Result<AnalysisDocumentPage>> {
  const limit = page.limit ?? 25;
  const after = page.cursor ? decodeDocumentCursor(page.cursor) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listDocuments(ctx.db, ctx.actor.tenantId, { after, limit: limit + 1 });
  const shown = rows.slice(0, limit);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_DOCUMENT, objectId: null });
  const last = shown.at(-1);
  return {
    ok: true,
    documents: shown.map((d) => ({
      id: d.id,
      title: d.title,
      period: d.period,
      updatedAt: d.updatedAt.toISOString(),
      updatedBy: d.updatedByName,
      versions: d.versions,
      lastApprovedAt: d.lastApprovedAt?.toISOString() ?? null,
    })),
    nextCursor:
      rows.length > limit && last ? encodeDocumentCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/** The sections a document of the tenant is written in: the whole, then every fenomeen of its list. */
export async function analysisSections(ctx: Ctx): Promise<AnalysisSectionList> {
  const fenomenen = await listFenomenen(ctx.db, ctx.actor.tenantId);
  return [
    { code: WHOLE_SECTION, label: { ...WHOLE_SECTION_LABEL }, active: true },
    ...fenomenen.map((f) => ({ code: f.code, label: { nl: f.nl, en: f.en }, active: f.active })),
  ];
}

/** A new, empty document about one fixed period. */
export async function createAnalysisDocument(
  ctx: Ctx,
  input: { title: string; period: string },
): Promise<Result<{ id: string; version: number }>> {
  const errors: FieldIssue[] = [];
  const title = input.title.trim();
  if (!title) errors.push({ field: 'title', nl: 'Vul een titel in.', en: 'Enter a title.' });
  const period = input.period.trim();
  const periodIssue = checkPeriod(period, amsterdamDay.format(ctx.now));
  if (periodIssue) errors.push(periodIssue);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertDocument(q, {
      tenantId: ctx.actor.tenantId,
      title,
      period,
      at: ctx.now,
      by: ctx.actor.userId,
    });
    await ctx.audit(q, { action: 'create', objectType: OBJECT_DOCUMENT, objectId: id });
    return id;
  });
  return { ok: true, id, version: 1 };
}

export async function readAnalysisDocument(ctx: Ctx, id: string): Promise<Result<AnalysisDocument>> {
  const d = await ownDocument(ctx, id);
  if (!d) return logDenied(ctx, OBJECT_DOCUMENT, id);
  const versions = await listVersions(ctx.db, id);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_DOCUMENT, objectId: id });
  return { ok: true, ...documentJson(d, versions) };
}

/** Saves the title and the words at the version read; a stale version is a conflict carrying the saved one. */
export async function updateAnalysisDocument(
  ctx: Ctx,
  id: string,
  input: { title: string; texts: DocumentTexts; version: number },
): Promise<Result<{ version: number }>> {
  const d = await ownDocument(ctx, id);
  if (!d) return logDenied(ctx, OBJECT_DOCUMENT, id);
  const errors: FieldIssue[] = [];
  const title = input.title.trim();
  if (!title) errors.push({ field: 'title', nl: 'Vul een titel in.', en: 'Enter a title.' });
  const known = new Set((await listFenomenen(ctx.db, ctx.actor.tenantId)).map((f) => f.code));
  const sectionIssue = checkSections(Object.keys(input.texts), known);
  if (sectionIssue) errors.push(sectionIssue);
  if (errors.length > 0) return invalid(errors);
  const texts = withoutEmptySections(input.texts);
  const done = await inTx(
    ctx,
    async (q) => {
      const saved = await updateDocument(q, id, input.version, {
        title,
        texts,
        at: ctx.now,
        by: ctx.actor.userId,
      });
      if (!saved) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_DOCUMENT, objectId: id });
    },
    () => currentDocument(ctx, id),
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}

/**
 * Approves the document as it is saved at the version read: a new version (number + 1) with the words, every
 * report of the period as the disclosure control published it, the rules used, who approved and when.
 */
export async function approveAnalysisDocument(
  ctx: Ctx,
  id: string,
  input: { version: number; rounded?: boolean | undefined },
  reports: ReportsOfPeriod,
): Promise<Result<{ id: string; number: number }>> {
  const d = await ownDocument(ctx, id);
  if (!d) return logDenied(ctx, OBJECT_DOCUMENT, id);
  if (d.version !== input.version) return conflict(await currentDocument(ctx, id));
  const rounded = input.rounded ?? false;
  const figures = await reports(ctx, d.period, { rounded });
  if (!Array.isArray(figures)) return figures;
  // The rules the whole version used; a report that published nothing says so in its own rules.
  const first = figures[0]?.rules;
  const rules: AnalysisRules = first
    ? { k: first.k, method: first.method, rounded: first.rounded }
    : { k: await analysisK(ctx.db, ctx.actor.tenantId), method: 'cell-suppression-audited', rounded };
  const done = await inTx(
    ctx,
    async (q) => {
      // The row is locked so two approvals cannot take the same number and the words are those read.
      const now = await findDocument(q, id, { forUpdate: true });
      if (!now || now.version !== input.version) throw new Stale();
      const v = await insertVersion(q, {
        documentId: id,
        tenantId: now.tenantId,
        period: now.period,
        title: now.title,
        texts: now.texts,
        figures,
        rules,
        at: ctx.now,
        by: ctx.actor.userId,
        byName: ctx.actor.displayName,
      });
      await ctx.audit(q, { action: 'create', objectType: OBJECT_VERSION, objectId: v.id });
      return v;
    },
    () => currentDocument(ctx, id),
  );
  return done.ok ? { ok: true, ...done.value } : done;
}

export async function listAnalysisVersions(
  ctx: Ctx,
  id: string,
): Promise<Result<{ versions: AnalysisVersionSummary[] }>> {
  const d = await ownDocument(ctx, id);
  if (!d) return logDenied(ctx, OBJECT_DOCUMENT, id);
  const versions = await listVersions(ctx.db, id);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_VERSION, objectId: null });
  return { ok: true, versions: versions.map(summaryJson) };
}

/** An approved version of a document of the tenant, or null. */
export async function ownVersion(ctx: Ctx, id: string, versionId: string): Promise<VersionRecord | null> {
  const v = await findVersion(ctx.db, versionId);
  return v && v.documentId === id && v.tenantId === ctx.actor.tenantId ? v : null;
}

export async function readAnalysisVersion(
  ctx: Ctx,
  id: string,
  versionId: string,
): Promise<Result<AnalysisVersion>> {
  const v = await ownVersion(ctx, id, versionId);
  if (!v) return logDenied(ctx, OBJECT_VERSION, versionId);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_VERSION, objectId: versionId });
  return { ok: true, ...versionJson(v) };
}
