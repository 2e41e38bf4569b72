import type { DecisionOutcome, SignalKind, Status } from '../../domain/melding/types.js';
import type { Queryable } from '../database.js';

/** Signals and cases that may be put on an agenda (read-only: signals change through the meldpunt's rules). */

export interface SignalCandidate {
  readonly id: string;
  readonly reference: string;
  readonly kind: SignalKind;
  readonly status: Status;
  readonly decisionOutcome: DecisionOutcome | null;
  readonly receivedAt: Date;
  readonly summary: string;
  readonly categoryNl: string | null;
  readonly categoryEn: string | null;
  readonly restricted: boolean;
  readonly persons: ReadonlyArray<{ id: string; name: string }>;
}

export async function listSignalCandidates(
  q: Queryable,
  f: {
    tenantId: string;
    kinds: readonly SignalKind[];
    statuses: readonly Status[];
    outcome: DecisionOutcome | null;
    includeRestricted: boolean;
    /** Keyset: the receipt (every microsecond, as text) and id of the last one of the previous page. */
    after?: { at: string; id: string } | undefined;
    limit: number;
  },
): Promise<Array<SignalCandidate & { keyset: string }>> {
  const r = await q.query<{
    id: string;
    reference: string;
    kind: SignalKind;
    status: Status;
    decision_outcome: DecisionOutcome | null;
    received_at: Date;
    summary: string;
    category_nl: string | null;
    category_en: string | null;
    restricted: boolean;
    persons: Array<{ id: string; name: string }> | null;
    keyset: string;
  }>(
    `SELECT to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS keyset, s.id, s.reference, s.kind, s.status, s.decision_outcome, s.received_at, s.summary,
            pc.label_nl AS category_nl, pc.label_en AS category_en, s.restricted,
            CASE WHEN s.kind = 'melding' THEN
              (SELECT json_agg(DISTINCT jsonb_build_object('id', p.id, 'name', p.display_name))
                 FROM signal_subject ss JOIN person p ON p.id = ss.person_id WHERE ss.signal_id = s.id)
            END AS persons
       FROM signal s
       LEFT JOIN phenomenon_category pc ON pc.id = s.category_id
      WHERE s.tenant_id = $1 AND s.kind = ANY($5::text[]) AND s.status = ANY($2::text[])
        AND ($3::text IS NULL OR s.decision_outcome = $3)
        AND ($4::boolean OR NOT s.restricted)
        AND ($6::timestamptz IS NULL OR (s.received_at, s.id) > ($6::timestamptz, $7::uuid))
      ORDER BY s.received_at, s.id
      LIMIT $8`,
    [
      f.tenantId,
      f.statuses,
      f.outcome,
      f.includeRestricted,
      f.kinds,
      f.after?.at ?? null,
      f.after?.id ?? null,
      f.limit,
    ],
  );
  return r.rows.map((s) => ({
    keyset: s.keyset,
    id: s.id,
    reference: s.reference,
    kind: s.kind,
    status: s.status,
    decisionOutcome: s.decision_outcome,
    receivedAt: s.received_at,
    summary: s.summary,
    categoryNl: s.category_nl,
    categoryEn: s.category_en,
    restricted: s.restricted,
    persons: s.persons ?? [],
  }));
}

/** The persons a signal is linked to (confirmed by an officer in the meldpunt). */
export async function signalPersonIds(q: Queryable, signalId: string): Promise<string[]> {
  const r = await q.query<{ person_id: string }>(
    'SELECT DISTINCT person_id FROM signal_subject WHERE signal_id = $1 AND person_id IS NOT NULL',
    [signalId],
  );
  return r.rows.map((x) => x.person_id);
}
