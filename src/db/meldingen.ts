import type { ExclusionState } from '../contract/analyse.js';
import type { StatisticsExclusion } from '../domain/analyse/catalogue.js';
import type { DeadlineFacts } from '../domain/melding/deadlines.js';
import type { SharingSteps } from '../domain/melding/intake.js';
import type { ReferenceSearch } from '../domain/melding/reference.js';
import type { SignalState, StatusEvent } from '../domain/melding/status.js';
import type {
  AnnotationEffect,
  AssumptionState,
  Channel,
  CloseReason,
  DecisionOutcome,
  IntakeRoute,
  Place,
  Relation,
  ReporterKind,
  SignalKind,
  Source,
  Status,
  WorklistSort,
} from '../domain/melding/types.js';
import { takeNextNumber } from './counters.js';
import { affectsRows, type Database, firstOrNull, type Queryable } from './database.js';

// ---------------------------------------------------------------------------------------------------
// Intake

export interface NewObservation {
  readonly description: string;
  readonly observedOn: string | null;
  readonly observedWhen: string | null;
  readonly place: Place | null;
  readonly placeDetail: string | null;
  readonly source: Source;
  readonly sourceDetail: string | null;
}

/** A person as the reporter described them in a signal (not the person record an officer links it to). */
export interface MentionedPerson {
  readonly name: string | null;
  readonly age: number | null;
  readonly birthDate: string | null;
  readonly neighbourhood: string | null;
  readonly address: string | null;
  readonly schoolOrWork: string | null;
}

/** A mentioned person as read from signal_subject (the birth date as text). */
export interface MentionedPersonColumns {
  name: string | null;
  age: number | null;
  birth_date: string | null;
  neighbourhood: string | null;
  address: string | null;
  school_or_work: string | null;
}

export interface NewSubject extends MentionedPerson {
  readonly relation: Relation | null;
  readonly relationDetail: string | null;
}

export interface NewReporter {
  readonly kind: ReporterKind;
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly organisation: string | null;
  readonly role: string | null;
  readonly feedbackWanted: boolean;
}

/** One signal with everything that comes in with it, as the intake use case prepared it. */
export interface NewSignal {
  /** Chosen by the application, so the access-log entry and attachments can be written first. */
  readonly id: string;
  readonly tenantId: string;
  /** The year of the reference (Amsterdam year of receipt). */
  readonly year: number;
  readonly kind: SignalKind;
  readonly intake: IntakeRoute;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly restricted: boolean;
  readonly reporter: NewReporter;
  readonly question: string | null;
  readonly contraIndications: string | null;
  readonly sharingSteps: SharingSteps | null;
  readonly submittedByUserId: string | null;
  readonly submittedByOrganisationId: string | null;
  readonly statusCodeHash: string | null;
  readonly acknowledgeDueOn: string;
  readonly triageDueOn: string;
  readonly nextDueOn: string | null;
  readonly summary: string;
  readonly searchText: string;
  readonly createdAt: Date;
  readonly observations: readonly NewObservation[];
  readonly assumptions: readonly string[];
  readonly subjects: readonly NewSubject[];
  /** Who recorded it (null for the public form), for the history. */
  readonly recordedBy: { userId: string; name: string; role: string } | null;
  /** Queue the content-free notification e-mail in the same transaction. */
  readonly notify: boolean;
}

/**
 * Inserts a signal with its facts, assumptions, persons, first history entry and notification in one
 * statement, numbering it from the tenant's counter for the year. Call it inside a transaction, as its
 * last statement: the counter row stays locked until commit, so numbers have no gaps and concurrent
 * intakes of the same municipality take turns only for this statement and the commit.
 */
export async function insertSignal(q: Queryable, s: NewSignal): Promise<{ id: string; reference: string }> {
  const r = await q.query<{ id: string; reference: string }>(
    `WITH c AS (${takeNextNumber('signal_counter')} RETURNING last_value), s AS (
       INSERT INTO signal (id, tenant_id, reference, kind, intake, channel, received_at, restricted, reporter_kind,
         reporter_name, reporter_email, reporter_phone, reporter_organisation, reporter_role, feedback_wanted,
         question, contra_indications, sharing_steps, submitted_by_user_id, submitted_by_organisation_id,
         status_code_hash, status_changed_at, acknowledge_due_on, triage_due_on, next_due_on, summary,
         search_vector, created_at)
       SELECT $34::uuid, $1, 'M-' || $2::text || '-' || lpad(c.last_value::text, greatest(5, length(c.last_value::text)), '0'),
              $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18, $19, $20, $21,
              $22::date, $23::date, $24::date, $25, to_tsvector('dutch', $26), $21
         FROM c
       RETURNING id, reference
     ), o AS (
       INSERT INTO signal_observation (signal_id, ordinal, description, observed_on, observed_when, place,
         place_detail, source, source_detail)
       SELECT s.id, x.ordinal, x.description, x.observed_on, x.observed_when, x.place, x.place_detail, x.source,
              x.source_detail
         FROM s, jsonb_to_recordset($27::jsonb) AS x (ordinal smallint, description text, observed_on date,
              observed_when text, place text, place_detail text, source text, source_detail text)
     ), a AS (
       INSERT INTO signal_assumption (signal_id, ordinal, text)
       SELECT s.id, x.ordinal, x.text FROM s, jsonb_to_recordset($28::jsonb) AS x (ordinal smallint, text text)
     ), p AS (
       INSERT INTO signal_subject (signal_id, tenant_id, ordinal, name, age, birth_date, neighbourhood, address,
         school_or_work, relation, relation_detail)
       SELECT s.id, $1, x.ordinal, x.name, x.age, x.birth_date, x.neighbourhood, x.address, x.school_or_work,
              x.relation, x.relation_detail
         FROM s, jsonb_to_recordset($29::jsonb) AS x (ordinal smallint, name text, age smallint, birth_date date,
              neighbourhood text, address text, school_or_work text, relation text, relation_detail text)
     ), e AS (
       INSERT INTO signal_event (signal_id, at, actor_user_id, actor_name, actor_role, kind, to_status, data)
       SELECT s.id, $21, $30, $31, $32, 'ontvangen', 'ontvangen', jsonb_build_object('channel', $5::text) FROM s
     ), n AS (
       INSERT INTO meldpunt_outbox (tenant_id, reference, created_at, next_attempt_at)
       SELECT $1, s.reference, $21, $21 FROM s WHERE $33::boolean
     )
     SELECT id, reference FROM s`,
    [
      s.tenantId,
      s.year,
      s.kind,
      s.intake,
      s.channel,
      s.receivedAt,
      s.restricted,
      s.reporter.kind,
      s.reporter.name,
      s.reporter.email,
      s.reporter.phone,
      s.reporter.organisation,
      s.reporter.role,
      s.reporter.feedbackWanted,
      s.question,
      s.contraIndications,
      s.sharingSteps ? JSON.stringify(s.sharingSteps) : null,
      s.submittedByUserId,
      s.submittedByOrganisationId,
      s.statusCodeHash,
      s.createdAt,
      s.acknowledgeDueOn,
      s.triageDueOn,
      s.nextDueOn,
      s.summary,
      s.searchText,
      JSON.stringify(
        s.observations.map((o, i) => ({
          ordinal: i + 1,
          description: o.description,
          observed_on: o.observedOn,
          observed_when: o.observedWhen,
          place: o.place,
          place_detail: o.placeDetail,
          source: o.source,
          source_detail: o.sourceDetail,
        })),
      ),
      JSON.stringify(s.assumptions.map((text, i) => ({ ordinal: i + 1, text }))),
      JSON.stringify(
        s.subjects.map((p, i) => ({
          ordinal: i + 1,
          name: p.name,
          age: p.age,
          birth_date: p.birthDate,
          neighbourhood: p.neighbourhood,
          address: p.address,
          school_or_work: p.schoolOrWork,
          relation: p.relation,
          relation_detail: p.relationDetail,
        })),
      ),
      s.recordedBy?.userId ?? null,
      s.recordedBy?.name ?? null,
      s.recordedBy?.role ?? null,
      s.notify,
      s.id,
    ],
  );
  const row = r.rows[0];
  if (!row) throw new Error('insertSignal returned no row');
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Reading one signal

/** The fields that decide access and the state machine, without the content. */
export interface SignalHead extends SignalState {
  readonly id: string;
  readonly tenantId: string;
  readonly reference: string;
  readonly kind: SignalKind;
  readonly restricted: boolean;
  readonly submittedByUserId: string | null;
  /** The region whose meldpunt works it on the municipality's behalf (regional cooperation), or null. */
  readonly workedByRegionId: string | null;
  readonly version: number;
}

/** A signal's deadline dates as read (dates as text), in one signal and in the worklist alike. */
interface DeadlineColumns {
  acknowledge_due_on: string;
  triage_due_on: string;
  acknowledged_at: Date | null;
  triaged_at: Date | null;
  info_due_on: string | null;
  next_due_on: string | null;
}

const DEADLINE_COLUMNS = `s.acknowledge_due_on::text AS acknowledge_due_on, s.triage_due_on::text AS triage_due_on,
  s.acknowledged_at, s.triaged_at, s.info_due_on::text AS info_due_on, s.next_due_on::text AS next_due_on`;

const toDeadlineDates = (r: DeadlineColumns) => ({
  acknowledgeDueOn: r.acknowledge_due_on,
  triageDueOn: r.triage_due_on,
  acknowledgedAt: r.acknowledged_at,
  triagedAt: r.triaged_at,
  infoDueOn: r.info_due_on,
  nextDueOn: r.next_due_on,
});

interface HeadRow extends DeadlineColumns {
  id: string;
  tenant_id: string;
  reference: string;
  kind: SignalKind;
  restricted: boolean;
  submitted_by_user_id: string | null;
  status: Status;
  status_changed_at: Date;
  category_id: string | null;
  decision_outcome: DecisionOutcome | null;
  close_reason: CloseReason | null;
  worked_by_region_id: string | null;
  version: number;
}

const HEAD_COLUMNS = `s.id, s.tenant_id, s.reference, s.kind, s.restricted, s.submitted_by_user_id, s.status,
  s.status_changed_at, s.category_id, ${DEADLINE_COLUMNS}, s.decision_outcome, s.close_reason,
  s.worked_by_region_id, s.version`;

function toHead(r: HeadRow): SignalHead {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    reference: r.reference,
    kind: r.kind,
    restricted: r.restricted,
    submittedByUserId: r.submitted_by_user_id,
    status: r.status,
    statusChangedAt: r.status_changed_at,
    categoryId: r.category_id,
    ...toDeadlineDates(r),
    decisionOutcome: r.decision_outcome,
    closeReason: r.close_reason,
    workedByRegionId: r.worked_by_region_id,
    version: r.version,
  };
}

/** The persons an officer linked to the signal's mentions. */
export async function linkedPersonIds(q: Queryable, signalId: string): Promise<string[]> {
  const r = await q.query<{ person_id: string }>(
    'SELECT DISTINCT person_id FROM signal_subject WHERE signal_id = $1 AND person_id IS NOT NULL ORDER BY person_id',
    [signalId],
  );
  return r.rows.map((row) => row.person_id);
}

export async function findSignalHead(q: Queryable, id: string): Promise<SignalHead | null> {
  const r = await q.query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM signal s WHERE s.id = $1`, [id]);
  return firstOrNull(r, toHead);
}

export interface ObservationRecord extends NewObservation {
  readonly id: string;
}

export interface AssumptionRecord {
  readonly id: string;
  readonly text: string;
  readonly state: AssumptionState;
}

export interface SubjectRecord extends NewSubject {
  readonly id: string;
  readonly personId: string | null;
  readonly personName: string | null;
  readonly linkedByName: string | null;
  readonly linkedAt: Date | null;
  /** Persons the officer said are not this one (not suggested again). */
  readonly rejectedPersonIds: readonly string[];
}

export interface AnnotationRecord {
  readonly id: string;
  readonly assumptionId: string | null;
  readonly effect: AnnotationEffect;
  readonly text: string;
  readonly createdAt: Date;
  readonly createdByName: string;
}

export interface FeedbackRecord {
  readonly id: string;
  readonly message: string;
  readonly createdAt: Date;
}

export interface AttachmentMeta {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly createdAt: Date;
}

export interface EventRecord {
  readonly id: number;
  readonly at: Date;
  readonly actorName: string | null;
  readonly actorRole: string | null;
  readonly kind: string;
  readonly fromStatus: Status | null;
  readonly toStatus: Status | null;
  readonly data: Record<string, unknown>;
  readonly note: string | null;
}

/** A whole signal as its detail page shows it. */
export interface SignalRecord extends SignalHead {
  /** Left out of the figures of the analysis (migration 014). */
  readonly statistics: ExclusionState;
  readonly intake: IntakeRoute;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly reporter: NewReporter;
  readonly question: string | null;
  readonly contraIndications: string | null;
  readonly sharingSteps: SharingSteps | null;
  readonly submittedByOrganisationName: string | null;
  readonly category: { id: string; code: string; labelNl: string; labelEn: string } | null;
  readonly summary: string;
  readonly createdAt: Date;
  readonly observations: ObservationRecord[];
  readonly assumptions: AssumptionRecord[];
  readonly subjects: SubjectRecord[];
  readonly annotations: AnnotationRecord[];
  readonly feedback: FeedbackRecord[];
  readonly attachments: AttachmentMeta[];
  readonly events: EventRecord[];
}

interface FullRow extends HeadRow {
  statistics_exclusion: StatisticsExclusion | null;
  statistics_exclusion_reason: string | null;
  statistics_exclusion_at: Date | null;
  statistics_exclusion_by_name: string | null;
  intake: IntakeRoute;
  channel: Channel;
  received_at: Date;
  reporter_kind: ReporterKind;
  reporter_name: string | null;
  reporter_email: string | null;
  reporter_phone: string | null;
  reporter_organisation: string | null;
  reporter_role: string | null;
  feedback_wanted: boolean;
  question: string | null;
  contra_indications: string | null;
  sharing_steps: SharingSteps | null;
  submitted_by_organisation_name: string | null;
  category: { id: string; code: string; label_nl: string; label_en: string } | null;
  summary: string;
  created_at: Date;
  observations: Array<Record<string, string | null>> | null;
  assumptions: Array<{ id: string; text: string; state: AssumptionState }> | null;
  subjects: Array<Record<string, unknown>> | null;
  annotations: Array<Record<string, string | null>> | null;
  feedback: Array<{ id: string; message: string; created_at: string }> | null;
  attachments: Array<{
    id: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    created_at: string;
  }> | null;
  events: Array<Record<string, unknown>> | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const date = (v: unknown): Date | null => (typeof v === 'string' ? new Date(v) : null);

/** One signal with all its parts, read in one statement (one consistent snapshot). */
export async function findSignal(q: Queryable, id: string): Promise<SignalRecord | null> {
  const r = await q.query<FullRow>(
    `SELECT ${HEAD_COLUMNS}, s.intake, s.channel, s.received_at, s.reporter_kind, s.reporter_name,
            s.reporter_email, s.reporter_phone, s.reporter_organisation, s.reporter_role, s.feedback_wanted,
            s.question, s.contra_indications, s.sharing_steps, so.name AS submitted_by_organisation_name,
            s.summary, s.created_at, s.statistics_exclusion, s.statistics_exclusion_reason,
            s.statistics_exclusion_at,
            (SELECT u.display_name FROM app_user u WHERE u.id = s.statistics_exclusion_by) AS statistics_exclusion_by_name,
            (SELECT json_build_object('id', c.id, 'code', c.code, 'label_nl', c.label_nl, 'label_en', c.label_en)
               FROM phenomenon_category c WHERE c.id = s.category_id) AS category,
            (SELECT json_agg(json_build_object('id', o.id, 'description', o.description,
                      'observed_on', o.observed_on::text, 'observed_when', o.observed_when, 'place', o.place,
                      'place_detail', o.place_detail, 'source', o.source, 'source_detail', o.source_detail)
                      ORDER BY o.ordinal)
               FROM signal_observation o WHERE o.signal_id = s.id) AS observations,
            (SELECT json_agg(json_build_object('id', a.id, 'text', a.text, 'state', a.state) ORDER BY a.ordinal)
               FROM signal_assumption a WHERE a.signal_id = s.id) AS assumptions,
            (SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'age', p.age,
                      'birth_date', p.birth_date::text, 'neighbourhood', p.neighbourhood, 'address', p.address,
                      'school_or_work', p.school_or_work, 'relation', p.relation,
                      'relation_detail', p.relation_detail, 'person_id', p.person_id,
                      'person_name', pe.display_name, 'linked_by_name', lu.display_name,
                      'linked_at', p.linked_at,
                      'rejected', (SELECT coalesce(json_agg(DISTINCT d.person_id), '[]'::json)
                                     FROM person_link_decision d
                                    WHERE d.subject_id = p.id AND d.decision = 'afgewezen'))
                      ORDER BY p.ordinal)
               FROM signal_subject p
               LEFT JOIN person pe ON pe.id = p.person_id
               LEFT JOIN app_user lu ON lu.id = p.linked_by
              WHERE p.signal_id = s.id) AS subjects,
            (SELECT json_agg(json_build_object('id', n.id, 'assumption_id', n.assumption_id, 'effect', n.effect,
                      'text', n.text, 'created_at', n.created_at, 'created_by_name', n.created_by_name)
                      ORDER BY n.seq)
               FROM signal_annotation n WHERE n.signal_id = s.id) AS annotations,
            (SELECT json_agg(json_build_object('id', f.id, 'message', f.message, 'created_at', f.created_at)
                      ORDER BY f.seq)
               FROM signal_feedback f WHERE f.signal_id = s.id) AS feedback,
            (SELECT json_agg(json_build_object('id', t.id, 'file_name', t.file_name, 'media_type', t.media_type,
                      'size_bytes', t.size_bytes, 'created_at', t.created_at) ORDER BY t.seq)
               FROM signal_attachment t WHERE t.signal_id = s.id) AS attachments,
            (SELECT json_agg(json_build_object('id', e.id, 'at', e.at, 'actor_name', e.actor_name,
                      'actor_role', e.actor_role, 'kind', e.kind, 'from_status', e.from_status,
                      'to_status', e.to_status, 'data', e.data, 'note', e.note) ORDER BY e.id)
               FROM signal_event e WHERE e.signal_id = s.id) AS events
       FROM signal s
       LEFT JOIN organisation so ON so.id = s.submitted_by_organisation_id
      WHERE s.id = $1`,
    [id],
  );
  const row = r.rows[0];
  if (!row) return null;
  return {
    ...toHead(row),
    statistics: {
      exclusion: row.statistics_exclusion,
      reason: row.statistics_exclusion ? row.statistics_exclusion_reason : null,
      byName: row.statistics_exclusion ? row.statistics_exclusion_by_name : null,
      at:
        row.statistics_exclusion && row.statistics_exclusion_at
          ? row.statistics_exclusion_at.toISOString()
          : null,
    },
    intake: row.intake,
    channel: row.channel,
    receivedAt: row.received_at,
    reporter: {
      kind: row.reporter_kind,
      name: row.reporter_name,
      email: row.reporter_email,
      phone: row.reporter_phone,
      organisation: row.reporter_organisation,
      role: row.reporter_role,
      feedbackWanted: row.feedback_wanted,
    },
    question: row.question,
    contraIndications: row.contra_indications,
    sharingSteps: row.sharing_steps,
    submittedByOrganisationName: row.submitted_by_organisation_name,
    category: row.category
      ? {
          id: row.category.id,
          code: row.category.code,
          labelNl: row.category.label_nl,
          labelEn: row.category.label_en,
        }
      : null,
    summary: row.summary,
    createdAt: row.created_at,
    observations: (row.observations ?? []).map((o) => ({
      id: o.id as string,
      description: o.description as string,
      observedOn: o.observed_on ?? null,
      observedWhen: o.observed_when ?? null,
      place: (o.place ?? null) as Place | null,
      placeDetail: o.place_detail ?? null,
      source: o.source as Source,
      sourceDetail: o.source_detail ?? null,
    })),
    assumptions: row.assumptions ?? [],
    subjects: (row.subjects ?? []).map((p) => ({
      id: p.id as string,
      name: str(p.name),
      age: typeof p.age === 'number' ? p.age : null,
      birthDate: str(p.birth_date),
      neighbourhood: str(p.neighbourhood),
      address: str(p.address),
      schoolOrWork: str(p.school_or_work),
      relation: str(p.relation) as Relation | null,
      relationDetail: str(p.relation_detail),
      personId: str(p.person_id),
      personName: str(p.person_name),
      linkedByName: str(p.linked_by_name),
      linkedAt: date(p.linked_at),
      rejectedPersonIds: Array.isArray(p.rejected) ? (p.rejected as string[]) : [],
    })),
    annotations: (row.annotations ?? []).map((n) => ({
      id: n.id as string,
      assumptionId: n.assumption_id ?? null,
      effect: n.effect as AnnotationEffect,
      text: n.text as string,
      createdAt: new Date(n.created_at as string),
      createdByName: n.created_by_name as string,
    })),
    feedback: (row.feedback ?? []).map((f) => ({
      id: f.id,
      message: f.message,
      createdAt: new Date(f.created_at),
    })),
    attachments: (row.attachments ?? []).map((t) => ({
      id: t.id,
      fileName: t.file_name,
      mediaType: t.media_type,
      sizeBytes: t.size_bytes,
      createdAt: new Date(t.created_at),
    })),
    events: (row.events ?? []).map((e) => ({
      id: Number(e.id),
      at: new Date(e.at as string),
      actorName: str(e.actor_name),
      actorRole: str(e.actor_role),
      kind: e.kind as string,
      fromStatus: str(e.from_status) as Status | null,
      toStatus: str(e.to_status) as Status | null,
      data: (e.data ?? {}) as Record<string, unknown>,
      note: str(e.note),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Changes (each under the signal's version: a stale version changes nothing)

/** What a step of the state machine writes: its state, but for the category and the intake deadlines. */
export type StateChange = Omit<SignalState, 'categoryId' | 'acknowledgeDueOn' | 'triageDueOn'>;

export async function updateSignalState(
  q: Queryable,
  id: string,
  version: number,
  s: StateChange,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE signal SET status = $3, status_changed_at = $4, acknowledged_at = $5, triaged_at = $6,
            info_due_on = $7::date, next_due_on = $8::date, decision_outcome = $9, close_reason = $10,
            version = version + 1
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      s.status,
      s.statusChangedAt,
      s.acknowledgedAt,
      s.triagedAt,
      s.infoDueOn,
      s.nextDueOn,
      s.decisionOutcome,
      s.closeReason,
    ],
  );
}

export async function updateSignalCategory(
  q: Queryable,
  id: string,
  version: number,
  categoryId: string | null,
): Promise<boolean> {
  return affectsRows(
    q,
    'UPDATE signal SET category_id = $3, version = version + 1 WHERE id = $1 AND version = $2',
    [id, version, categoryId],
  );
}

/** Claims the signal for a change of one of its parts (annotation, feedback, link, attachment). */
/** Turns an advice question into a melding (the caller records the step in the history). */
export async function convertToMelding(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE signal SET kind = 'melding', version = version + 1
      WHERE id = $1 AND version = $2 AND kind = 'adviesvraag'`,
    [id, version],
  );
}

/** How many persons the signal names (linked to a person record or not). */
export async function countSubjects(q: Queryable, id: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM signal_subject WHERE signal_id = $1',
    [id],
  );
  return r.rows[0]?.n ?? 0;
}

export async function bumpSignalVersion(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(q, 'UPDATE signal SET version = version + 1 WHERE id = $1 AND version = $2', [
    id,
    version,
  ]);
}

export interface NewEvent {
  readonly signalId: string;
  readonly at: Date;
  readonly actor: { userId: string; name: string; role: string };
  readonly kind:
    | 'status'
    | 'categorie'
    | 'annotatie'
    | 'terugkoppeling'
    | 'koppeling'
    | 'bijlage'
    | 'omgezet'
    | 'statistiek';
  readonly fromStatus?: Status | null;
  readonly toStatus?: Status | null;
  readonly data?: Record<string, unknown>;
  readonly note?: string | null;
}

export async function insertEvent(q: Queryable, e: NewEvent): Promise<void> {
  await q.query(
    `INSERT INTO signal_event (signal_id, at, actor_user_id, actor_name, actor_role, kind, from_status, to_status,
       data, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)`,
    [
      e.signalId,
      e.at,
      e.actor.userId,
      e.actor.name,
      e.actor.role,
      e.kind,
      e.fromStatus ?? null,
      e.toStatus ?? null,
      JSON.stringify(e.data ?? {}),
      e.note ?? null,
    ],
  );
}

/** Records a step of the state machine (src/domain/melding/status.ts) in the signal's history. */
export function insertStatusEvent(q: Queryable, signalId: string, e: StatusEvent): Promise<void> {
  return insertEvent(q, {
    signalId,
    at: e.at,
    actor: e.actor,
    kind: 'status',
    fromStatus: e.from,
    toStatus: e.to,
    data: e.data,
    note: e.note,
  });
}

export async function insertAnnotation(
  q: Queryable,
  a: {
    signalId: string;
    assumptionId: string | null;
    effect: AnnotationEffect;
    text: string;
    at: Date;
    actor: { userId: string; name: string };
  },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO signal_annotation (signal_id, assumption_id, effect, text, created_at, created_by, created_by_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [a.signalId, a.assumptionId, a.effect, a.text, a.at, a.actor.userId, a.actor.name],
  );
  return r.rows[0]?.id as string;
}

export async function setAssumptionState(
  q: Queryable,
  signalId: string,
  assumptionId: string,
  state: AssumptionState,
): Promise<void> {
  await q.query('UPDATE signal_assumption SET state = $3 WHERE signal_id = $1 AND id = $2', [
    signalId,
    assumptionId,
    state,
  ]);
}

export async function insertFeedback(
  q: Queryable,
  f: { signalId: string; message: string; at: Date; userId: string },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    'INSERT INTO signal_feedback (signal_id, message, created_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [f.signalId, f.message, f.at, f.userId],
  );
  return r.rows[0]?.id as string;
}

// ---------------------------------------------------------------------------------------------------
// The reporter's status page

export interface PublicStatusRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly reference: string;
  readonly municipality: string;
  readonly status: Status;
  readonly receivedAt: Date;
  readonly feedback: Array<{ message: string; createdAt: Date }>;
}

/** Finds a signal by the hash of its status code; the caller also compares the reference. */
export async function findByStatusCodeHash(q: Queryable, hash: string): Promise<PublicStatusRecord | null> {
  const r = await q.query<{
    id: string;
    tenant_id: string;
    reference: string;
    municipality: string;
    status: Status;
    received_at: Date;
    feedback: Array<{ message: string; created_at: string }> | null;
  }>(
    `SELECT s.id, s.tenant_id, s.reference, o.name AS municipality, s.status, s.received_at,
            (SELECT json_agg(json_build_object('message', f.message, 'created_at', f.created_at)
                      ORDER BY f.seq)
               FROM signal_feedback f WHERE f.signal_id = s.id) AS feedback
       FROM signal s JOIN organisation o ON o.id = s.tenant_id
      WHERE s.status_code_hash = $1`,
    [hash],
  );
  const row = r.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    reference: row.reference,
    municipality: row.municipality,
    status: row.status,
    receivedAt: row.received_at,
    feedback: (row.feedback ?? []).map((f) => ({ message: f.message, createdAt: new Date(f.created_at) })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Worklist

export type { WorklistSort } from '../domain/melding/types.js';

export interface WorklistFilter {
  readonly tenantId: string;
  readonly includeRestricted: boolean;
  readonly submittedBy: string | null;
  /** A region's meldpunt: the signals it works on its municipalities' behalf instead of the tenant's own. */
  readonly regional?: boolean;
  readonly statuses?: readonly Status[] | undefined;
  readonly categoryId?: string | undefined;
  readonly channels?: readonly Channel[] | undefined;
  readonly kind?: SignalKind | undefined;
  /** Received on or after this Amsterdam date. */
  readonly from?: Date | undefined;
  /** Received before this instant (the day after the inclusive end date). */
  readonly before?: Date | undefined;
  /** Only signals with an open deadline before this date (today). */
  readonly overdueBefore?: string | undefined;
  readonly text?: string | undefined;
  /** A reference, whole or its number in any year (referenceSearch): searched instead of the text. */
  readonly reference?: ReferenceSearch | undefined;
  readonly sort: WorklistSort;
  /** Keyset: the sort value and id of the last row of the previous page. */
  readonly after?: { value: string; id: string } | undefined;
  readonly limit: number;
}

export interface WorklistRow extends DeadlineFacts {
  readonly id: string;
  /** The municipality the signal belongs to, and the region that works it on its behalf (or null). */
  readonly tenantId: string;
  readonly workedByRegionId: string | null;
  readonly municipalityName: string;
  readonly reference: string;
  readonly kind: SignalKind;
  readonly intake: IntakeRoute;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly restricted: boolean;
  readonly reporterKind: ReporterKind;
  readonly submittedByUserId: string | null;
  readonly statusChangedAt: Date;
  readonly category: { id: string; labelNl: string; labelEn: string } | null;
  readonly nextDueOn: string | null;
  readonly summary: string;
  readonly subjectCount: number;
  readonly attachmentCount: number;
  readonly version: number;
  /** The keyset value of this row for the chosen sort. */
  readonly sortValue: string;
}

interface WorklistDbRow extends DeadlineColumns {
  id: string;
  tenant_id: string;
  worked_by_region_id: string | null;
  municipality_name: string;
  reference: string;
  kind: SignalKind;
  intake: IntakeRoute;
  channel: Channel;
  received_at: Date;
  restricted: boolean;
  reporter_kind: ReporterKind;
  submitted_by_user_id: string | null;
  status: Status;
  status_changed_at: Date;
  category_id: string | null;
  category_nl: string | null;
  category_en: string | null;
  summary: string;
  subject_count: number;
  attachment_count: number;
  version: number;
  sort_value: Date | string;
}

/**
 * The statement of one worklist page (pure: also used by the benchmark to explain it). Keyset-paginated,
 * so every page costs the same however deep; sorting by deadline puts signals without an open deadline
 * last ('infinity').
 */
export function worklistStatement(f: WorklistFilter): {
  sql: string;
  params: unknown[];
  /** The filter alone (no keyset, order or limit), with its parameters: params.slice(0, filterParams). */
  where: string;
  filterParams: number;
} {
  const where: string[] = [f.regional ? 's.worked_by_region_id = $1' : 's.tenant_id = $1'];
  const params: unknown[] = [f.tenantId];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!f.includeRestricted) where.push('NOT s.restricted');
  if (f.submittedBy) where.push(`s.submitted_by_user_id = ${p(f.submittedBy)}`);
  // Several statuses are read as one ordered index range each and merged (below): PostgreSQL 15 reads an
  // index in order for "=", not for "= ANY".
  const statuses = f.statuses ?? [];
  const statusParams = statuses.map((st) => p(st));
  const statusFilter =
    statusParams.length === 1 ? `s.status = ${statusParams[0]}` : `s.status IN (${statusParams.join(', ')})`;
  // Spelled out so the planner can use the small index of open signals (signal_open_idx).
  const onlyOpen = (statuses.length > 0 && !statuses.includes('afgesloten')) || f.overdueBefore;
  if (onlyOpen) where.push(`s.status <> 'afgesloten'`);
  if (f.categoryId) where.push(`s.category_id = ${p(f.categoryId)}`);
  if (f.channels?.length === 1) where.push(`s.channel = ${p(f.channels[0])}`);
  else if (f.channels?.length) where.push(`s.channel = ANY(${p(f.channels)}::text[])`);
  if (f.kind) where.push(`s.kind = ${p(f.kind)}`);
  if (f.from) where.push(`s.received_at >= ${p(f.from)}`);
  if (f.before) where.push(`s.received_at < ${p(f.before)}`);
  if (f.overdueBefore) {
    where.push(`COALESCE(s.next_due_on, 'infinity'::date) < ${p(f.overdueBefore)}::date`);
  }
  if (f.text) where.push(`s.search_vector @@ websearch_to_tsquery('dutch', ${p(f.text)})`);
  if (f.reference?.exact) where.push(`s.reference = ${p(f.reference.exact)}`);
  else if (f.reference) where.push(`s.reference LIKE ${p(f.reference.pattern)}`);
  const filter = [...where, ...(statuses.length > 0 ? [statusFilter] : [])].join(' AND ');
  const filterParams = params.length;

  const due = `COALESCE(s.next_due_on, 'infinity'::date)`;
  let order: string;
  let sortValue: string;
  if (f.sort === 'termijn') {
    order = `${due}, s.id`;
    sortValue = `${due}::text`;
    if (f.after) where.push(`(${due}, s.id) > (${p(f.after.value)}::date, ${p(f.after.id)}::uuid)`);
  } else if (f.sort === 'ontvangen_oud') {
    order = 's.received_at, s.id';
    sortValue = 's.received_at';
    if (f.after)
      where.push(`(s.received_at, s.id) > (${p(f.after.value)}::timestamptz, ${p(f.after.id)}::uuid)`);
  } else {
    order = 's.received_at DESC, s.id DESC';
    sortValue = 's.received_at';
    if (f.after)
      where.push(`(s.received_at, s.id) < (${p(f.after.value)}::timestamptz, ${p(f.after.id)}::uuid)`);
  }
  const limit = p(f.limit);
  const source =
    statuses.length > 1
      ? `(${statusParams
          .map(
            (st) =>
              `(SELECT * FROM signal s WHERE ${[...where, `s.status = ${st}`].join(' AND ')} ORDER BY ${order} LIMIT ${limit})`,
          )
          .join(' UNION ALL ')}) s`
      : 'signal s';
  const outerWhere =
    statuses.length > 1 ? 'true' : [...where, ...(statuses.length === 1 ? [statusFilter] : [])].join(' AND ');
  const sql = `SELECT s.id, s.tenant_id, s.worked_by_region_id,
            (SELECT o.name FROM organisation o WHERE o.id = s.tenant_id) AS municipality_name,
            s.reference, s.kind, s.intake, s.channel, s.received_at, s.restricted, s.reporter_kind,
            s.submitted_by_user_id, s.status, s.status_changed_at, s.category_id, c.label_nl AS category_nl,
            c.label_en AS category_en, ${DEADLINE_COLUMNS}, s.summary,
            (SELECT count(*)::int FROM signal_subject x WHERE x.signal_id = s.id) AS subject_count,
            (SELECT count(*)::int FROM signal_attachment x WHERE x.signal_id = s.id) AS attachment_count,
            s.version, ${sortValue} AS sort_value
       FROM ${source} LEFT JOIN phenomenon_category c ON c.id = s.category_id
      WHERE ${outerWhere}
      ORDER BY ${order}
      LIMIT ${limit}`;
  return { sql, params, where: filter, filterParams };
}

function toWorklistRow(row: WorklistDbRow): WorklistRow {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    workedByRegionId: row.worked_by_region_id,
    municipalityName: row.municipality_name,
    reference: row.reference,
    kind: row.kind,
    intake: row.intake,
    channel: row.channel,
    receivedAt: row.received_at,
    restricted: row.restricted,
    reporterKind: row.reporter_kind,
    submittedByUserId: row.submitted_by_user_id,
    status: row.status,
    statusChangedAt: row.status_changed_at,
    category:
      row.category_id && row.category_nl && row.category_en
        ? { id: row.category_id, labelNl: row.category_nl, labelEn: row.category_en }
        : null,
    ...toDeadlineDates(row),
    summary: row.summary,
    subjectCount: row.subject_count,
    attachmentCount: row.attachment_count,
    version: row.version,
    sortValue: row.sort_value instanceof Date ? row.sort_value.toISOString() : String(row.sort_value),
  };
}

/** Matches up to which a search counts as selective: found through the GIN index and sorted. */
export const SELECTIVE_SEARCH = 2000;

/**
 * One page of the worklist. A full-text search takes one of two plans, chosen by a capped count of the
 * matches instead of by the planner's estimate (a rare word it has no statistics for is otherwise taken
 * for a common one, and then every row of the municipality is read in date order to find it):
 * - selective (fewer than SELECTIVE_SEARCH matches): all matches from the GIN index, then sorted;
 * - broad: the date-ordered index, keeping the rows that match, until the page is full.
 */
export async function listWorklist(db: Database, f: WorklistFilter): Promise<WorklistRow[]> {
  const statement = worklistStatement(f);
  if (!f.text) {
    const r = await db.query<WorklistDbRow>(statement.sql, statement.params);
    return r.rows.map(toWorklistRow);
  }
  return db.tx(async (q) => {
    const filterParams = statement.params.slice(0, statement.filterParams);
    await q.query('SET LOCAL enable_seqscan = off');
    await q.query('SET LOCAL enable_indexscan = off');
    const probe = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM signal s WHERE ${statement.where} LIMIT ${SELECTIVE_SEARCH}) x`,
      filterParams,
    );
    if ((probe.rows[0]?.n ?? 0) >= SELECTIVE_SEARCH) {
      await q.query('SET LOCAL enable_indexscan = on');
      await q.query('SET LOCAL enable_bitmapscan = off');
    }
    const r = await q.query<WorklistDbRow>(statement.sql, statement.params);
    return r.rows.map(toWorklistRow);
  });
}

// ---------------------------------------------------------------------------------------------------
// Attachments

export async function insertAttachment(
  q: Queryable,
  a: {
    signalId: string;
    fileName: string;
    mediaType: string;
    content: Uint8Array;
    sha256: string;
    at: Date;
    userId: string | null;
  },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO signal_attachment (signal_id, file_name, media_type, size_bytes, sha256, content, created_at,
       created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [a.signalId, a.fileName, a.mediaType, a.content.byteLength, a.sha256, a.content, a.at, a.userId],
  );
  return r.rows[0]?.id as string;
}

export async function findAttachment(
  q: Queryable,
  signalId: string,
  id: string,
): Promise<{ id: string; fileName: string; mediaType: string; content: Uint8Array } | null> {
  const r = await q.query<{ id: string; file_name: string; media_type: string; content: Uint8Array }>(
    'SELECT id, file_name, media_type, content FROM signal_attachment WHERE signal_id = $1 AND id = $2',
    [signalId, id],
  );
  const row = r.rows[0];
  return row
    ? { id: row.id, fileName: row.file_name, mediaType: row.media_type, content: row.content }
    : null;
}

export interface SignalCounts {
  readonly open: number;
  readonly received: number;
  readonly overdue: number;
}

/**
 * Content-free counts for the home page: open signals, those still waiting in 'ontvangen', and those past an
 * open deadline. Reads only the small index of open signals.
 */
export async function countOpenSignals(
  q: Queryable,
  scope: { tenantId: string; includeRestricted: boolean; submittedBy: string | null; regional?: boolean },
  today: string,
): Promise<SignalCounts> {
  // A region's meldpunt counts what it works on its municipalities' behalf.
  const owner = scope.regional ? 's.worked_by_region_id' : 's.tenant_id';
  const r = await q.query<{ open: number; received: number; overdue: number }>(
    `SELECT count(*)::int AS open,
            count(*) FILTER (WHERE s.status = 'ontvangen')::int AS received,
            count(*) FILTER (WHERE COALESCE(s.next_due_on, 'infinity'::date) < $4::date)::int AS overdue
       FROM signal s
      WHERE ${owner} = $1 AND s.status <> 'afgesloten'
        AND ($2::boolean OR NOT s.restricted)
        AND ($3::uuid IS NULL OR s.submitted_by_user_id = $3::uuid)`,
    [scope.tenantId, scope.includeRestricted, scope.submittedBy, today],
  );
  const row = r.rows[0];
  return { open: row?.open ?? 0, received: row?.received ?? 0, overdue: row?.overdue ?? 0 };
}
