import type { OwnChecklistItem } from '../domain/casus/checklist-templates.js';
import type { CaseDateAnchor, ChecklistKind } from '../domain/casus/checklists.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** The own situation-checklist items of a municipality (migration 010). */

interface Row {
  id: string;
  kind: ChecklistKind;
  code: string;
  text_nl: string;
  text_en: string;
  due_anchor: CaseDateAnchor | null;
  due_months: number;
  due_days: number;
  sort: number;
  active: boolean;
  version: number;
}

function toItem(r: Row): OwnChecklistItem {
  const due = r.due_anchor
    ? {
        anchor: r.due_anchor,
        ...(r.due_months > 0 ? { months: r.due_months } : {}),
        ...(r.due_days > 0 ? { days: r.due_days } : {}),
      }
    : null;
  return {
    id: r.id,
    kind: r.kind,
    code: r.code,
    nl: r.text_nl,
    en: r.text_en,
    due,
    sort: r.sort,
    active: r.active,
    version: r.version,
  };
}

const SELECT = `SELECT id, kind, code, text_nl, text_en, due_anchor, due_months, due_days, sort, active, version
  FROM checklist_template_item`;

export async function listOwnChecklistItems(q: Queryable, tenantId: string): Promise<OwnChecklistItem[]> {
  const r = await q.query<Row>(`${SELECT} WHERE tenant_id = $1 ORDER BY kind, sort, code`, [tenantId]);
  return r.rows.map(toItem);
}

export async function findOwnChecklistItem(
  q: Queryable,
  tenantId: string,
  id: string,
): Promise<OwnChecklistItem | null> {
  const r = await q.query<Row>(`${SELECT} WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  return firstOrNull(r, toItem);
}

export interface OwnChecklistItemWrite {
  readonly nl: string;
  readonly en: string;
  readonly dueAnchor: CaseDateAnchor | null;
  readonly dueMonths: number;
  readonly dueDays: number;
  readonly sort: number;
  readonly active: boolean;
}

/** Adds an own item; null when the municipality already has one with this code in this checklist. */
export async function insertOwnChecklistItem(
  q: Queryable,
  tenantId: string,
  kind: ChecklistKind,
  code: string,
  w: OwnChecklistItemWrite,
  at: Date,
  by: string,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO checklist_template_item (tenant_id, kind, code, text_nl, text_en, due_anchor, due_months, due_days,
       sort, active, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (tenant_id, kind, code) DO NOTHING RETURNING id`,
    [tenantId, kind, code, w.nl, w.en, w.dueAnchor, w.dueMonths, w.dueDays, w.sort, w.active, at, by],
  );
  return r.rows[0]?.id ?? null;
}

/** Changes an own item at the version last read; false when stale or not of this municipality. */
export async function updateOwnChecklistItem(
  q: Queryable,
  tenantId: string,
  id: string,
  version: number,
  w: OwnChecklistItemWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE checklist_template_item SET text_nl = $4, text_en = $5, due_anchor = $6, due_months = $7,
       due_days = $8, sort = $9, active = $10, updated_at = $11, updated_by = $12, version = version + 1
     WHERE id = $1 AND tenant_id = $2 AND version = $3`,
    [id, tenantId, version, w.nl, w.en, w.dueAnchor, w.dueMonths, w.dueDays, w.sort, w.active, at, by],
  );
}
