import type { ChecklistKind } from '../domain/casus/checklists.js';
import type { ChecklistItemStatus } from '../domain/casus/types.js';
import type { Queryable } from './database.js';

/** The situation checklists of a case and their items. */

export interface ChecklistItemRecord {
  readonly id: string;
  readonly checklistId: string;
  readonly casusId: string;
  readonly code: string;
  /** The text the item was created with; null for items from before municipalities could edit checklists. */
  readonly text: { readonly nl: string; readonly en: string } | null;
  readonly ordinal: number;
  readonly dueOn: string | null;
  readonly status: ChecklistItemStatus;
  readonly note: string;
  readonly doneByName: string | null;
  readonly doneAt: Date | null;
  readonly version: number;
}

export interface ChecklistRecord {
  readonly id: string;
  readonly kind: ChecklistKind;
  readonly createdAt: Date;
  readonly items: readonly ChecklistItemRecord[];
}

export async function insertChecklist(
  q: Queryable,
  casusId: string,
  kind: ChecklistKind,
  items: ReadonlyArray<{
    readonly code: string;
    readonly nl: string;
    readonly en: string;
    readonly dueOn: string | null;
  }>,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    'INSERT INTO casus_checklist (casus_id, kind, created_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [casusId, kind, at, by],
  );
  const id = r.rows[0]?.id;
  if (!id) throw new Error('insertChecklist returned no row');
  for (const [i, item] of items.entries()) {
    await q.query(
      `INSERT INTO casus_checklist_item (checklist_id, casus_id, code, ordinal, due_on, text_nl, text_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, casusId, item.code, i + 1, item.dueOn, item.nl, item.en],
    );
  }
  return id;
}

interface ItemRow {
  id: string;
  checklist_id: string;
  casus_id: string;
  code: string;
  text_nl: string | null;
  text_en: string | null;
  ordinal: number;
  due_on: string | null;
  status: ChecklistItemStatus;
  note: string;
  done_by_name: string | null;
  done_at: Date | null;
  version: number;
}

const ITEM_SELECT = `SELECT i.id, i.checklist_id, i.casus_id, i.code, i.text_nl, i.text_en, i.ordinal, i.due_on::text AS due_on, i.status,
  i.note, u.display_name AS done_by_name, i.done_at, i.version
  FROM casus_checklist_item i LEFT JOIN app_user u ON u.id = i.done_by`;

function toItem(i: ItemRow): ChecklistItemRecord {
  return {
    id: i.id,
    checklistId: i.checklist_id,
    casusId: i.casus_id,
    code: i.code,
    text: i.text_nl !== null && i.text_en !== null ? { nl: i.text_nl, en: i.text_en } : null,
    ordinal: i.ordinal,
    dueOn: i.due_on,
    status: i.status,
    note: i.note,
    doneByName: i.done_by_name,
    doneAt: i.done_at,
    version: i.version,
  };
}

export async function listChecklists(q: Queryable, casusId: string): Promise<ChecklistRecord[]> {
  const lists = await q.query<{ id: string; kind: ChecklistKind; created_at: Date }>(
    'SELECT id, kind, created_at FROM casus_checklist WHERE casus_id = $1 ORDER BY created_at DESC, id',
    [casusId],
  );
  const items = await q.query<ItemRow>(`${ITEM_SELECT} WHERE i.casus_id = $1 ORDER BY i.ordinal`, [casusId]);
  return lists.rows.map((l) => ({
    id: l.id,
    kind: l.kind,
    createdAt: l.created_at,
    items: items.rows.filter((i) => i.checklist_id === l.id).map(toItem),
  }));
}

export async function findChecklistItem(
  q: Queryable,
  id: string,
): Promise<(ChecklistItemRecord & { readonly kind: ChecklistKind }) | null> {
  const r = await q.query<ItemRow & { kind: ChecklistKind }>(
    `SELECT i.id, i.checklist_id, i.casus_id, i.code, i.text_nl, i.text_en, i.ordinal, i.due_on::text AS due_on, i.status, i.note,
       u.display_name AS done_by_name, i.done_at, i.version, c.kind
     FROM casus_checklist_item i JOIN casus_checklist c ON c.id = i.checklist_id
     LEFT JOIN app_user u ON u.id = i.done_by
     WHERE i.id = $1`,
    [id],
  );
  const row = r.rows[0];
  return row ? { ...toItem(row), kind: row.kind } : null;
}

export async function updateChecklistItem(
  q: Queryable,
  id: string,
  version: number,
  status: ChecklistItemStatus,
  note: string,
  at: Date,
  by: string,
): Promise<boolean> {
  const r = await q.query(
    `UPDATE casus_checklist_item SET status = $3, note = $4,
       done_by = CASE WHEN $3 = 'open' THEN NULL ELSE $6::uuid END,
       done_at = CASE WHEN $3 = 'open' THEN NULL ELSE $5::timestamptz END,
       version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, status, note, at, by],
  );
  return r.rowCount > 0;
}
