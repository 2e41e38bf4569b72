import type { CasePhase } from '../../domain/casus/types.js';
import type { DecisionOutcome, SignalKind, Status } from '../../domain/melding/types.js';
import type { DecisionStatus, MeetingType, SubjectKind } from '../../domain/overleg/types.js';
import { affectsRows, firstOrNull, type Queryable } from '../database.js';

/** Agenda items of a meeting, with their invitations and decisions as the agenda shows them. */

const date = (v: unknown): Date | null => (typeof v === 'string' || v instanceof Date ? new Date(v) : null);

export interface InvitationRecord {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly legalBasisId: string;
  readonly invitedAt: Date;
}

export interface DecisionRecord {
  readonly id: string;
  readonly status: DecisionStatus;
  readonly payload: Record<string, unknown>;
  readonly outcome: string | null;
  readonly casusId: string | null;
  readonly draftedAt: Date;
  readonly recordedAt: Date | null;
  readonly recordedByName: string | null;
  readonly version: number;
}

export interface ItemRecord {
  readonly id: string;
  readonly meetingId: string;
  readonly tenantId: string;
  readonly position: number;
  readonly subjectKind: SubjectKind;
  readonly signalId: string | null;
  readonly signalReference: string | null;
  readonly signalStatus: Status | null;
  readonly signalOutcome: DecisionOutcome | null;
  readonly signalKind: SignalKind | null;
  readonly casusId: string | null;
  readonly casusReference: string | null;
  readonly casusPhase: CasePhase | null;
  readonly sourceDecisionId: string | null;
  readonly persons: ReadonlyArray<{ id: string; name: string }>;
  readonly title: string;
  readonly notes: string | null;
  readonly minutesText: string | null;
  readonly restricted: boolean;
  readonly placedAt: Date;
  readonly version: number;
  readonly invitations: readonly InvitationRecord[];
  readonly decision: DecisionRecord | null;
}

interface ItemRow {
  id: string;
  meeting_id: string;
  tenant_id: string;
  position: number;
  subject_kind: SubjectKind;
  signal_id: string | null;
  signal_reference: string | null;
  signal_status: Status | null;
  signal_outcome: DecisionOutcome | null;
  signal_kind: SignalKind | null;
  casus_id: string | null;
  casus_reference: string | null;
  casus_phase: CasePhase | null;
  source_decision_id: string | null;
  persons: Array<{ id: string; name: string }> | null;
  title: string;
  notes: string | null;
  minutes_text: string | null;
  restricted: boolean;
  placed_at: Date;
  version: number;
  invitations: Array<{ organisation_id: string; name: string; legal_basis_id: string; invited_at: string }>;
  decision: {
    id: string;
    status: DecisionStatus;
    payload: Record<string, unknown>;
    outcome: string | null;
    casus_id: string | null;
    drafted_at: string;
    recorded_at: string | null;
    recorded_by_name: string | null;
    version: number;
  } | null;
}

const ITEM_SELECT = `
  SELECT i.id, i.meeting_id, i.tenant_id, i.position, i.subject_kind, i.signal_id, s.reference AS signal_reference,
         s.status AS signal_status, s.decision_outcome AS signal_outcome, i.casus_id, c.reference AS casus_reference,
         c.phase AS casus_phase, i.source_decision_id, i.title, i.notes, i.minutes_text, i.restricted, i.placed_at,
         i.version,
         CASE WHEN i.subject_kind = 'casus'
              THEN (SELECT json_agg(json_build_object('id', p.id, 'name', p.display_name))
                      FROM person p WHERE p.id = c.person_id)
              -- An advice question is discussed on anonymous data: its item names no one.
              WHEN s.kind = 'adviesvraag' THEN NULL
              ELSE (SELECT json_agg(x.o ORDER BY x.o->>'name')
                      FROM (SELECT DISTINCT jsonb_build_object('id', p.id, 'name', p.display_name) AS o
                              FROM signal_subject ss JOIN person p ON p.id = ss.person_id
                             WHERE ss.signal_id = i.signal_id) x)
         END AS persons, s.kind AS signal_kind,
         COALESCE((SELECT json_agg(json_build_object('organisation_id', inv.organisation_id, 'name', o.name,
                                     'legal_basis_id', inv.legal_basis_id, 'invited_at', inv.invited_at)
                                   ORDER BY o.name)
                     FROM agenda_item_invitation inv JOIN organisation o ON o.id = inv.organisation_id
                    WHERE inv.item_id = i.id), '[]'::json) AS invitations,
         (SELECT row_to_json(d) FROM (SELECT id, status, payload, outcome, casus_id, drafted_at, recorded_at,
                                             recorded_by_name, version
                                        FROM meeting_decision WHERE item_id = i.id) d) AS decision
    FROM agenda_item i
    LEFT JOIN signal s ON s.id = i.signal_id
    LEFT JOIN casus c ON c.id = i.casus_id`;

function toItem(r: ItemRow): ItemRecord {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    tenantId: r.tenant_id,
    position: r.position,
    subjectKind: r.subject_kind,
    signalId: r.signal_id,
    signalReference: r.signal_reference,
    signalStatus: r.signal_status,
    signalOutcome: r.signal_outcome,
    signalKind: r.signal_kind,
    casusId: r.casus_id,
    casusReference: r.casus_reference,
    casusPhase: r.casus_phase,
    sourceDecisionId: r.source_decision_id,
    persons: r.persons ?? [],
    title: r.title,
    notes: r.notes,
    minutesText: r.minutes_text,
    restricted: r.restricted,
    placedAt: r.placed_at,
    version: r.version,
    invitations: r.invitations.map((i) => ({
      organisationId: i.organisation_id,
      organisationName: i.name,
      legalBasisId: i.legal_basis_id,
      invitedAt: new Date(i.invited_at),
    })),
    decision: r.decision
      ? {
          id: r.decision.id,
          status: r.decision.status,
          payload: r.decision.payload,
          outcome: r.decision.outcome,
          casusId: r.decision.casus_id,
          draftedAt: new Date(r.decision.drafted_at),
          recordedAt: date(r.decision.recorded_at),
          recordedByName: r.decision.recorded_by_name,
          version: r.decision.version,
        }
      : null,
  };
}

export async function listItems(q: Queryable, meetingId: string): Promise<ItemRecord[]> {
  const r = await q.query<ItemRow>(`${ITEM_SELECT} WHERE i.meeting_id = $1 ORDER BY i.position, i.seq`, [
    meetingId,
  ]);
  return r.rows.map(toItem);
}

/** The items of several meetings at once (for lists). */
export async function listItemsOfMeetings(
  q: Queryable,
  meetingIds: readonly string[],
): Promise<ItemRecord[]> {
  if (meetingIds.length === 0) return [];
  const r = await q.query<ItemRow>(
    `${ITEM_SELECT} WHERE i.meeting_id = ANY($1::uuid[]) ORDER BY i.meeting_id, i.position, i.seq`,
    [meetingIds],
  );
  return r.rows.map(toItem);
}

export async function findItem(q: Queryable, id: string): Promise<ItemRecord | null> {
  const r = await q.query<ItemRow>(`${ITEM_SELECT} WHERE i.id = $1`, [id]);
  return firstOrNull(r, toItem);
}

export interface NewItem {
  readonly meetingId: string;
  readonly tenantId: string;
  readonly subjectKind: SubjectKind;
  readonly signalId: string | null;
  readonly casusId: string | null;
  readonly sourceDecisionId: string | null;
  readonly title: string;
  readonly notes: string | null;
  readonly restricted: boolean;
  readonly placedAt: Date;
  readonly placedBy: string;
}

/** Adds an item at the end of the agenda. */
export async function insertItem(q: Queryable, i: NewItem): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO agenda_item (meeting_id, tenant_id, position, subject_kind, signal_id, casus_id, source_decision_id,
       title, notes, restricted, placed_at, placed_by)
     SELECT $1, $2, COALESCE(max(position), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11
       FROM agenda_item WHERE meeting_id = $1
     RETURNING id`,
    [
      i.meetingId,
      i.tenantId,
      i.subjectKind,
      i.signalId,
      i.casusId,
      i.sourceDecisionId,
      i.title,
      i.notes,
      i.restricted,
      i.placedAt,
      i.placedBy,
    ],
  );
  return r.rows[0]?.id as string;
}

export interface ItemChange {
  readonly title: string;
  readonly notes: string | null;
  readonly minutesText: string | null;
  readonly position: number;
}

export async function updateItem(q: Queryable, id: string, version: number, c: ItemChange): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE agenda_item SET title = $3, notes = $4, minutes_text = $5, position = $6, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, c.title, c.notes, c.minutesText, c.position],
  );
}

/** Claims the item for a change of one of its parts (an invitation). */
export async function bumpItemVersion(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(q, 'UPDATE agenda_item SET version = version + 1 WHERE id = $1 AND version = $2', [
    id,
    version,
  ]);
}

export async function deleteItem(q: Queryable, id: string, version: number): Promise<boolean> {
  await q.query('DELETE FROM meeting_decision WHERE item_id = $1 AND status = $2', [id, 'concept']);
  return affectsRows(q, 'DELETE FROM agenda_item WHERE id = $1 AND version = $2', [id, version]);
}

/** Whether the signal is on an agenda of this type whose item has no recorded decision yet. */
export async function signalOnOpenAgenda(
  q: Queryable,
  signalId: string,
  type: MeetingType,
): Promise<boolean> {
  return affectsRows(
    q,
    `SELECT 1 FROM agenda_item i
       JOIN meeting m ON m.id = i.meeting_id
       LEFT JOIN meeting_decision d ON d.item_id = i.id
      WHERE i.signal_id = $1 AND m.type = $2 AND m.status <> 'geannuleerd'
        AND (d.id IS NULL OR d.status = 'concept')
      LIMIT 1`,
    [signalId, type],
  );
}

/** The latest recorded triage decision (a) about the signal, if taken in Duiden. */
export async function latestTriageDecision(q: Queryable, signalId: string): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `SELECT d.id FROM meeting_decision d JOIN agenda_item i ON i.id = d.item_id
      WHERE i.signal_id = $1 AND d.kind = 'signaleringsoverleg' AND d.status = 'vastgesteld'
        AND d.outcome = 'zorgen_radicalisering'
      ORDER BY d.recorded_at DESC LIMIT 1`,
    [signalId],
  );
  return r.rows[0]?.id ?? null;
}

export async function insertInvitation(
  q: Queryable,
  i: { itemId: string; organisationId: string; legalBasisId: string; at: Date; by: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `INSERT INTO agenda_item_invitation (item_id, organisation_id, legal_basis_id, invited_at, invited_by)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [i.itemId, i.organisationId, i.legalBasisId, i.at, i.by],
  );
}

export async function deleteInvitation(
  q: Queryable,
  itemId: string,
  organisationId: string,
): Promise<boolean> {
  return affectsRows(q, 'DELETE FROM agenda_item_invitation WHERE item_id = $1 AND organisation_id = $2', [
    itemId,
    organisationId,
  ]);
}
