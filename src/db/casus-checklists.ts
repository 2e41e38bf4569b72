import type { AgeFacts, ChecklistKind, ItemStart } from '../domain/casus/checklists.js';
import type { ChecklistItemStatus } from '../domain/casus/types.js';
import { affectsRows, type Queryable } from './database.js';

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
  /** Required here: it cannot be marked not applicable. */
  readonly required: boolean;
  /** Why it is required, or what to check, for an item on a condition (minors). */
  readonly reason: { readonly nl: string; readonly en: string } | null;
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
    /** How it starts (itemStart): open, or offered as not applicable with a note; required with why. */
    readonly start: ItemStart;
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
    const st = item.start;
    await q.query(
      `INSERT INTO casus_checklist_item (checklist_id, casus_id, code, ordinal, due_on, text_nl, text_en, status,
         note, done_by, done_at, required, required_nl, required_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id,
        casusId,
        item.code,
        i + 1,
        item.dueOn,
        item.nl,
        item.en,
        st.status,
        st.note,
        st.status === 'open' ? null : by,
        st.status === 'open' ? null : at,
        st.required,
        st.reason?.nl ?? null,
        st.reason?.en ?? null,
      ],
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
  required: boolean;
  required_nl: string | null;
  required_en: string | null;
  done_by_name: string | null;
  done_at: Date | null;
  version: number;
}

const ITEM_SELECT = `SELECT i.id, i.checklist_id, i.casus_id, i.code, i.text_nl, i.text_en, i.ordinal, i.due_on::text AS due_on, i.status,
  i.note, i.required, i.required_nl, i.required_en, u.display_name AS done_by_name, i.done_at, i.version
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
    required: i.required,
    reason:
      i.required_nl !== null && i.required_en !== null ? { nl: i.required_nl, en: i.required_en } : null,
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

/** How many checklist items of the case are still open (the count beside the case's Checklists tab). */
export async function countOpenChecklistItems(q: Queryable, casusId: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM casus_checklist_item WHERE casus_id = $1 AND status = 'open'",
    [casusId],
  );
  return r.rows[0]?.n ?? 0;
}

export async function findChecklistItem(
  q: Queryable,
  id: string,
): Promise<(ChecklistItemRecord & { readonly kind: ChecklistKind }) | null> {
  const r = await q.query<ItemRow & { kind: ChecklistKind }>(
    `SELECT i.id, i.checklist_id, i.casus_id, i.code, i.text_nl, i.text_en, i.ordinal, i.due_on::text AS due_on, i.status, i.note,
       i.required, i.required_nl, i.required_en, u.display_name AS done_by_name, i.done_at, i.version, c.kind
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
  return affectsRows(
    q,
    `UPDATE casus_checklist_item SET status = $3, note = $4,
       done_by = CASE WHEN $3 = 'open' THEN NULL ELSE $6::uuid END,
       done_at = CASE WHEN $3 = 'open' THEN NULL ELSE $5::timestamptz END,
       version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, status, note, at, by],
  );
}

/**
 * The persons whose age matters for a checklist: the person of the case and the siblings and children in
 * its netwerkanalyse, with the birth date of the person record they are linked to (null when unknown).
 */
export async function ageFactsOfCase(q: Queryable, casusId: string): Promise<AgeFacts[]> {
  const r = await q.query<{ name: string; birth_date: string | null; who: AgeFacts['who'] }>(
    `SELECT p.display_name AS name, p.birth_date::text AS birth_date, 'persoon' AS who
       FROM casus c JOIN person p ON p.id = c.person_id WHERE c.id = $1
     UNION ALL
     SELECT n.name, lp.birth_date::text, n.relation
       FROM casus_network_person n LEFT JOIN person lp ON lp.id = n.linked_person_id
      WHERE n.casus_id = $1 AND n.relation IN ('broer_zus', 'kind')`,
    [casusId],
  );
  return r.rows.map((x) => ({ name: x.name, birthDate: x.birth_date, who: x.who }));
}

/** Per open case of the tenant: its open checklist items with a term on or before the date (earliest first). */
export async function checklistTermsDue(
  q: Queryable,
  tenantId: string,
  until: string,
): Promise<Array<{ casusId: string; reference: string; personId: string; dueOn: string; count: number }>> {
  const r = await q.query<{ id: string; reference: string; person_id: string; due_on: string; n: number }>(
    `SELECT c.id, c.reference, c.person_id, min(i.due_on)::text AS due_on, count(*)::int AS n
       FROM casus c JOIN casus_checklist_item i ON i.casus_id = c.id
      WHERE c.tenant_id = $1 AND c.phase <> 'afgesloten' AND i.status = 'open' AND i.due_on <= $2::date
      GROUP BY c.id, c.reference, c.person_id
      ORDER BY min(i.due_on), c.reference
      LIMIT 200`,
    [tenantId, until],
  );
  return r.rows.map((x) => ({
    casusId: x.id,
    reference: x.reference,
    personId: x.person_id,
    dueOn: x.due_on,
    count: x.n,
  }));
}
