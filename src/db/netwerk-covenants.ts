import type { CovenantDraft, EnforcementMode } from '../domain/netwerk/covenant.js';
import { affectsRows, type Queryable } from './database.js';

/** Covenants on information sharing (netwerk): the covenant, its parties, signatories, bases and versions. */

export interface CovenantRow {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly purpose: string;
  readonly article: string;
  readonly dataCategories: string[];
  readonly meetingKinds: string[];
  readonly tasks: string[];
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly evaluationOn: string | null;
  readonly partyIds: string[];
  readonly parties: Array<{ id: string; name: string }>;
  readonly legalBases: Array<{ id: string; code: string; labelNl: string; labelEn: string }>;
  readonly signed: boolean;
  readonly updatedAt: Date;
  readonly updatedByName: string;
  readonly version: number;
}

const SELECT = `SELECT c.id, c.tenant_id, c.title, c.purpose, c.article, c.data_categories, c.meeting_kinds, c.tasks,
    c.starts_on::text AS starts_on, c.ends_on::text AS ends_on, c.evaluation_on::text AS evaluation_on,
    c.updated_at, u.display_name AS updated_by_name, c.version,
    COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
                FROM covenant_party p JOIN organisation o ON o.id = p.organisation_id
               WHERE p.covenant_id = c.id), '[]'::json) AS parties,
    COALESCE((SELECT json_agg(json_build_object('id', lb.id, 'code', lb.code, 'labelNl', lb.label_nl,
                                                'labelEn', lb.label_en) ORDER BY lb.sort, lb.code)
                FROM covenant_legal_basis b JOIN legal_basis lb ON lb.id = b.legal_basis_id
               WHERE b.covenant_id = c.id), '[]'::json) AS legal_bases,
    EXISTS (SELECT 1 FROM covenant_version v WHERE v.covenant_id = c.id) AS signed
  FROM covenant c JOIN app_user u ON u.id = c.updated_by`;

interface Raw {
  id: string;
  tenant_id: string;
  title: string;
  purpose: string;
  article: string;
  data_categories: string[];
  meeting_kinds: string[];
  tasks: string[];
  starts_on: string;
  ends_on: string | null;
  evaluation_on: string | null;
  updated_at: Date;
  updated_by_name: string;
  version: number;
  parties: Array<{ id: string; name: string }>;
  legal_bases: Array<{ id: string; code: string; labelNl: string; labelEn: string }>;
  signed: boolean;
}

const toRow = (r: Raw): CovenantRow => ({
  id: r.id,
  tenantId: r.tenant_id,
  title: r.title,
  purpose: r.purpose,
  article: r.article,
  dataCategories: r.data_categories,
  meetingKinds: r.meeting_kinds,
  tasks: r.tasks,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  evaluationOn: r.evaluation_on,
  partyIds: r.parties.map((p) => p.id),
  parties: r.parties,
  legalBases: r.legal_bases,
  signed: r.signed,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: r.version,
});

export async function findCovenant(q: Queryable, tenantId: string, id: string): Promise<CovenantRow | null> {
  const r = await q.query<Raw>(`${SELECT} WHERE c.tenant_id = $1 AND c.id = $2`, [tenantId, id]);
  const row = r.rows[0];
  return row ? toRow(row) : null;
}

/**
 * A page of the tenant's covenants, by end date (the first to end first, open-ended last), then id; the
 * cursor is the last row's (end date, id). `party` narrows to covenants with that organisation as a party.
 */
export async function listCovenants(
  q: Queryable,
  tenantId: string,
  opts: { after: { endsOn: string | null; id: string } | null; limit: number; party: string | null },
): Promise<CovenantRow[]> {
  const params: unknown[] = [tenantId, opts.limit, opts.party];
  let cursor = '';
  if (opts.after) {
    params.push(opts.after.endsOn ?? '9999-12-31', opts.after.id);
    cursor = `AND (COALESCE(c.ends_on, '9999-12-31'::date), c.id) > ($4::date, $5::uuid)`;
  }
  const r = await q.query<Raw>(
    `${SELECT} WHERE c.tenant_id = $1
        AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM covenant_party p
                                          WHERE p.covenant_id = c.id AND p.organisation_id = $3))
        ${cursor}
      ORDER BY COALESCE(c.ends_on, '9999-12-31'::date), c.id LIMIT $2`,
    params,
  );
  return r.rows.map(toRow);
}

/** The covenants of the tenant that name any of these organisations as a party (the coverage check; one statement for a page of partners). */
export async function covenantsOfParties(
  q: Queryable,
  tenantId: string,
  organisationIds: readonly string[],
): Promise<CovenantRow[]> {
  const r = await q.query<Raw>(
    `${SELECT} WHERE c.tenant_id = $1
        AND EXISTS (SELECT 1 FROM covenant_party p WHERE p.covenant_id = c.id AND p.organisation_id = ANY($2::uuid[]))
      ORDER BY c.ends_on DESC NULLS FIRST, c.id`,
    [tenantId, organisationIds],
  );
  return r.rows.map(toRow);
}

/** All covenants of the tenant that end or are evaluated: for the officer's warnings. */
export async function covenantsWithDates(q: Queryable, tenantId: string | null): Promise<CovenantRow[]> {
  const r = await q.query<Raw>(
    `${SELECT} WHERE ($1::uuid IS NULL OR c.tenant_id = $1)
        AND (c.ends_on IS NOT NULL OR c.evaluation_on IS NOT NULL)
      ORDER BY c.tenant_id, c.id`,
    [tenantId],
  );
  return r.rows.map(toRow);
}

export interface Signatory {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly name: string;
  readonly function: string;
}

export async function listSignatories(q: Queryable, covenantId: string): Promise<Signatory[]> {
  const r = await q.query<{
    id: string;
    organisation_id: string;
    organisation_name: string;
    name: string;
    function: string;
  }>(
    `SELECT s.id, s.organisation_id, o.name AS organisation_name, s.name, s.function
       FROM covenant_signatory s JOIN organisation o ON o.id = s.organisation_id
      WHERE s.covenant_id = $1 ORDER BY s.sort`,
    [covenantId],
  );
  return r.rows.map((s) => ({
    id: s.id,
    organisationId: s.organisation_id,
    organisationName: s.organisation_name,
    name: s.name,
    function: s.function,
  }));
}

export interface VersionRow {
  readonly id: string;
  readonly number: number;
  readonly signedOn: string;
  readonly note: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly createdAt: Date;
  readonly createdByName: string;
}

export async function listVersions(q: Queryable, covenantId: string): Promise<VersionRow[]> {
  const r = await q.query<{
    id: string;
    number: number;
    signed_on: string;
    note: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    created_at: Date;
    by_name: string;
  }>(
    `SELECT v.id, v.number, v.signed_on::text AS signed_on, v.note, v.file_name, v.media_type, v.size_bytes,
            v.created_at, u.display_name AS by_name
       FROM covenant_version v JOIN app_user u ON u.id = v.created_by
      WHERE v.covenant_id = $1 ORDER BY v.number DESC`,
    [covenantId],
  );
  return r.rows.map((v) => ({
    id: v.id,
    number: v.number,
    signedOn: v.signed_on,
    note: v.note,
    fileName: v.file_name,
    mediaType: v.media_type,
    sizeBytes: v.size_bytes,
    createdAt: v.created_at,
    createdByName: v.by_name,
  }));
}

export async function findVersionFile(
  q: Queryable,
  covenantId: string,
  versionId: string,
): Promise<{ fileName: string; mediaType: string; content: Buffer } | null> {
  const r = await q.query<{ file_name: string; media_type: string; content: Uint8Array }>(
    'SELECT file_name, media_type, content FROM covenant_version WHERE covenant_id = $1 AND id = $2',
    [covenantId, versionId],
  );
  const v = r.rows[0];
  return v ? { fileName: v.file_name, mediaType: v.media_type, content: Buffer.from(v.content) } : null;
}

async function writeParts(q: Queryable, id: string, d: CovenantDraft): Promise<void> {
  await q.query('DELETE FROM covenant_party WHERE covenant_id = $1', [id]);
  await q.query('DELETE FROM covenant_legal_basis WHERE covenant_id = $1', [id]);
  await q.query('DELETE FROM covenant_signatory WHERE covenant_id = $1', [id]);
  await q.query(
    'INSERT INTO covenant_party (covenant_id, organisation_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
    [id, [...new Set(d.partyIds)]],
  );
  await q.query(
    `INSERT INTO covenant_legal_basis (covenant_id, legal_basis_id) SELECT $1, unnest($2::uuid[])
     ON CONFLICT DO NOTHING`,
    [id, [...new Set(d.legalBasisIds)]],
  );
  if (d.signatories.length > 0) {
    await q.query(
      `INSERT INTO covenant_signatory (covenant_id, organisation_id, name, function, sort)
       SELECT $1, o, n, f, s FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) AS x (o, n, f, s)`,
      [
        id,
        d.signatories.map((s) => s.organisationId),
        d.signatories.map((s) => s.name.trim()),
        d.signatories.map((s) => s.function.trim()),
        d.signatories.map((_, i) => i),
      ],
    );
  }
}

export async function insertCovenant(
  q: Queryable,
  tenantId: string,
  d: CovenantDraft,
  by: string,
  at: Date,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO covenant (tenant_id, title, purpose, article, data_categories, meeting_kinds, tasks, starts_on,
       ends_on, evaluation_on, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11, $12) RETURNING id`,
    [
      tenantId,
      d.title.trim(),
      d.purpose.trim(),
      d.article.trim(),
      [...new Set(d.dataCategories)],
      [...new Set(d.meetingKinds)],
      [...new Set(d.tasks)],
      d.startsOn,
      d.endsOn,
      d.evaluationOn,
      at,
      by,
    ],
  );
  const id = r.rows[0]?.id;
  if (!id) throw new Error('covenant not inserted');
  await writeParts(q, id, d);
  return id;
}

/** Changes the covenant at the version read; false when another version is saved meanwhile. */
export async function updateCovenant(
  q: Queryable,
  tenantId: string,
  id: string,
  version: number,
  d: CovenantDraft,
  by: string,
  at: Date,
): Promise<boolean> {
  const ok = await affectsRows(
    q,
    `UPDATE covenant SET title = $4, purpose = $5, article = $6, data_categories = $7, meeting_kinds = $8,
       tasks = $9, starts_on = $10, ends_on = $11, evaluation_on = $12, updated_at = $13, updated_by = $14,
       version = version + 1
     WHERE tenant_id = $1 AND id = $2 AND version = $3`,
    [
      tenantId,
      id,
      version,
      d.title.trim(),
      d.purpose.trim(),
      d.article.trim(),
      [...new Set(d.dataCategories)],
      [...new Set(d.meetingKinds)],
      [...new Set(d.tasks)],
      d.startsOn,
      d.endsOn,
      d.evaluationOn,
      at,
      by,
    ],
  );
  if (ok) await writeParts(q, id, d);
  return ok;
}

/** Adds a signed version; bumps the covenant's version at the one read (false on a conflict). */
export async function insertVersion(
  q: Queryable,
  v: {
    tenantId: string;
    covenantId: string;
    version: number;
    signedOn: string;
    note: string;
    fileName: string;
    mediaType: string;
    content: Buffer;
    sha256: string;
    by: string;
    at: Date;
  },
): Promise<string | null> {
  const bumped = await affectsRows(
    q,
    `UPDATE covenant SET version = version + 1, updated_at = $4, updated_by = $5
      WHERE tenant_id = $1 AND id = $2 AND version = $3`,
    [v.tenantId, v.covenantId, v.version, v.at, v.by],
  );
  if (!bumped) return null;
  const r = await q.query<{ id: string }>(
    `INSERT INTO covenant_version (covenant_id, number, signed_on, note, file_name, media_type, size_bytes, sha256,
       content, created_at, created_by)
     SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10
       FROM covenant_version WHERE covenant_id = $1
     RETURNING id`,
    [
      v.covenantId,
      v.signedOn,
      v.note,
      v.fileName,
      v.mediaType,
      v.content.byteLength,
      v.sha256,
      v.content,
      v.at,
      v.by,
    ],
  );
  return r.rows[0]?.id ?? null;
}

export interface CovenantSettings {
  readonly enforcement: EnforcementMode;
  readonly warnDays: number;
  readonly version: number;
}

export async function readCovenantSettings(q: Queryable, tenantId: string): Promise<CovenantSettings> {
  const r = await q.query<{ enforcement: EnforcementMode; warn_days: number; version: number }>(
    'SELECT enforcement, warn_days, version FROM covenant_settings WHERE tenant_id = $1',
    [tenantId],
  );
  const s = r.rows[0];
  // No row yet: the defaults (warn, 90 days), at version 0 so the first save creates the row.
  return s
    ? { enforcement: s.enforcement, warnDays: s.warn_days, version: s.version }
    : { enforcement: 'waarschuwen', warnDays: 90, version: 0 };
}

/** Saves the settings at the version read (0: none saved yet); false on a conflict. */
export async function saveCovenantSettings(
  q: Queryable,
  tenantId: string,
  s: { enforcement: EnforcementMode; warnDays: number; version: number },
  by: string,
  at: Date,
): Promise<boolean> {
  if (s.version === 0) {
    return affectsRows(
      q,
      `INSERT INTO covenant_settings (tenant_id, enforcement, warn_days, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id) DO NOTHING`,
      [tenantId, s.enforcement, s.warnDays, at, by],
    );
  }
  return affectsRows(
    q,
    `UPDATE covenant_settings SET enforcement = $2, warn_days = $3, updated_at = $4, updated_by = $5,
       version = version + 1 WHERE tenant_id = $1 AND version = $6`,
    [tenantId, s.enforcement, s.warnDays, at, by, s.version],
  );
}

/** The aandachtsfunctionarissen of a tenant with an active membership: who is warned about covenants. */
export async function officersOf(q: Queryable, tenantId: string): Promise<string[]> {
  const r = await q.query<{ user_id: string }>(
    `SELECT DISTINCT m.user_id FROM membership m JOIN organisation o ON o.id = m.organisation_id
       JOIN app_user u ON u.id = m.user_id
      WHERE o.tenant_id = $1 AND o.kind <> 'partner' AND m.role = 'aandachtsfunctionaris'
        AND m.ended_at IS NULL AND u.disabled_at IS NULL`,
    [tenantId],
  );
  return r.rows.map((x) => x.user_id);
}

/** The name of an organisation of the tenant (for the words of a warning). */
export async function organisationName(q: Queryable, tenantId: string, id: string): Promise<string | null> {
  const r = await q.query<{ name: string }>(
    'SELECT name FROM organisation WHERE tenant_id = $1 AND id = $2',
    [tenantId, id],
  );
  return r.rows[0]?.name ?? null;
}

/** The signed covenants not ended on the day (for the processing register): title, article, meetings, end. */
export async function covenantsInForce(
  q: Queryable,
  tenantId: string,
  day: string,
): Promise<Array<{ title: string; article: string; meetingKinds: string[]; endsOn: string | null }>> {
  const r = await q.query<{
    title: string;
    article: string;
    meeting_kinds: string[];
    ends_on: string | null;
  }>(
    `SELECT c.title, c.article, c.meeting_kinds, c.ends_on::text AS ends_on FROM covenant c
      WHERE c.tenant_id = $1 AND (c.ends_on IS NULL OR c.ends_on >= $2::date)
        AND EXISTS (SELECT 1 FROM covenant_version v WHERE v.covenant_id = c.id)
      ORDER BY c.title`,
    [tenantId, day],
  );
  return r.rows.map((c) => ({
    title: c.title,
    article: c.article,
    meetingKinds: c.meeting_kinds,
    endsOn: c.ends_on,
  }));
}
