import type { Channel, LinkDecision, Relation, SignalKind, Status } from '../domain/melding/types.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';
import type { MentionedPerson, MentionedPersonColumns } from './meldingen.js';

/** A person record (betrokkene): what is known, never a score. */
export interface PersonRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly birthDate: string | null;
  readonly neighbourhood: string | null;
  readonly address: string | null;
  readonly schoolOrWork: string | null;
  readonly restricted: boolean;
  readonly createdAt: Date;
  readonly version: number;
}

interface PersonRow {
  id: string;
  tenant_id: string;
  display_name: string;
  birth_date: string | null;
  neighbourhood: string | null;
  address: string | null;
  school_or_work: string | null;
  restricted: boolean;
  created_at: Date;
  version: number;
}

const PERSON_COLUMNS = `p.id, p.tenant_id, p.display_name, p.birth_date::text AS birth_date, p.neighbourhood, p.address,
  p.school_or_work, p.restricted, p.created_at, p.version`;

function toPerson(r: PersonRow): PersonRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    displayName: r.display_name,
    birthDate: r.birth_date,
    neighbourhood: r.neighbourhood,
    address: r.address,
    schoolOrWork: r.school_or_work,
    restricted: r.restricted,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function findPerson(q: Queryable, id: string): Promise<PersonRecord | null> {
  const r = await q.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM person p WHERE p.id = $1`, [id]);
  return firstOrNull(r, toPerson);
}

/** What an officer records about a person, with the normalised forms that suggestions match on. */
export interface PersonChange {
  readonly displayName: string;
  readonly normalizedName: string;
  readonly birthDate: string | null;
  readonly neighbourhood: string | null;
  readonly address: string | null;
  readonly normalizedAddress: string | null;
  readonly schoolOrWork: string | null;
}

export interface NewPerson extends PersonChange {
  readonly tenantId: string;
  readonly restricted: boolean;
  readonly createdAt: Date;
  readonly createdBy: string;
}

export async function insertPerson(q: Queryable, p: NewPerson): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO person (tenant_id, display_name, normalized_name, birth_date, neighbourhood, address,
       normalized_address, school_or_work, restricted, created_at, created_by)
     VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      p.tenantId,
      p.displayName,
      p.normalizedName,
      p.birthDate,
      p.neighbourhood,
      p.address,
      p.normalizedAddress,
      p.schoolOrWork,
      p.restricted,
      p.createdAt,
      p.createdBy,
    ],
  );
  return r.rows[0]?.id as string;
}

export async function updatePerson(
  q: Queryable,
  id: string,
  version: number,
  c: PersonChange,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE person SET display_name = $3, normalized_name = $4, birth_date = $5::date, neighbourhood = $6,
            address = $7, normalized_address = $8, school_or_work = $9, version = version + 1
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      c.displayName,
      c.normalizedName,
      c.birthDate,
      c.neighbourhood,
      c.address,
      c.normalizedAddress,
      c.schoolOrWork,
    ],
  );
}

/** Once a person is linked to an ordinary signal, the meldpunt may see the record. */
export async function unrestrictPerson(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE person SET restricted = false WHERE id = $1 AND restricted', [id]);
}

// ---------------------------------------------------------------------------------------------------
// Suggestions

/** Similarity above which two normalised names or addresses count as "similar" (pg_trgm, 0..1). */
export const NAME_SIMILARITY = 0.45;
export const ADDRESS_SIMILARITY = 0.5;

export interface SuggestionQuery {
  readonly tenantId: string;
  readonly includeRestricted: boolean;
  readonly normalizedName: string | null;
  readonly birthDate: string | null;
  readonly normalizedAddress: string | null;
  readonly excludeIds: readonly string[];
  /** Candidates per matching field (each read from its own index). */
  readonly perField: number;
}

export interface Candidate extends PersonRecord {
  /** The fields that are similar: a reason to look, not a judgement. */
  readonly matchedOn: ReadonlyArray<'naam' | 'geboortedatum' | 'adres' | 'referentie'>;
}

/**
 * The persons linked to the signals, or the persons of the cases, whose reference is like the pattern
 * (referenceSearch: the whole reference, or the number in any year), in name order.
 */
export async function personsByReference(
  q: Queryable,
  s: {
    readonly tenantId: string;
    readonly includeRestricted: boolean;
    readonly signalPattern: string | null;
    readonly casePattern: string | null;
  },
): Promise<Candidate[]> {
  const r = await q.query<PersonRow>(
    `WITH cand AS (
       SELECT x.person_id AS id FROM signal s JOIN signal_subject x ON x.signal_id = s.id
        WHERE $2::text IS NOT NULL AND s.tenant_id = $1 AND s.reference LIKE $2 AND x.person_id IS NOT NULL
          AND ($4::boolean OR NOT s.restricted)
       UNION
       SELECT c.person_id FROM casus c WHERE $3::text IS NOT NULL AND c.tenant_id = $1 AND c.reference LIKE $3
     )
     SELECT ${PERSON_COLUMNS} FROM person p JOIN cand ON cand.id = p.id
      WHERE p.tenant_id = $1 AND ($4::boolean OR NOT p.restricted)
      ORDER BY p.display_name, p.id LIMIT 25`,
    [s.tenantId, s.signalPattern, s.casePattern, s.includeRestricted],
  );
  return r.rows.map((row) => ({ ...toPerson(row), matchedOn: ['referentie'] }));
}

/**
 * Persons who may be the one named: a similar name (trigram similarity on the normalised name, through
 * the tenant-composite GiST index, nearest first), the same birth date, or a similar address. Returned
 * in name order with the fields that match; the similarity itself is not returned and not used for order.
 */
export async function suggestPersons(q: Queryable, s: SuggestionQuery): Promise<Candidate[]> {
  if (!s.normalizedName && !s.birthDate && !s.normalizedAddress) return [];
  const r = await q.query<PersonRow & { name_match: boolean; birth_match: boolean; address_match: boolean }>(
    `WITH cand AS (
       (SELECT p.id FROM person p
         WHERE p.tenant_id = $1 AND $2::text IS NOT NULL AND p.normalized_name % $2::text
           AND ($5::boolean OR NOT p.restricted)
         ORDER BY p.normalized_name <-> $2::text LIMIT $7)
       UNION
       (SELECT p.id FROM person p
         WHERE p.tenant_id = $1 AND p.birth_date = $3::date AND ($5::boolean OR NOT p.restricted)
         LIMIT $7)
       UNION
       (SELECT p.id FROM person p
         WHERE p.tenant_id = $1 AND $4::text IS NOT NULL AND p.normalized_address IS NOT NULL
           AND p.normalized_address % $4::text AND ($5::boolean OR NOT p.restricted)
         ORDER BY p.normalized_address <-> $4::text LIMIT $7)
     )
     SELECT * FROM (
       SELECT ${PERSON_COLUMNS},
              COALESCE(similarity(p.normalized_name, $2::text) >= $8, false) AS name_match,
              COALESCE(p.birth_date = $3::date, false) AS birth_match,
              COALESCE(similarity(p.normalized_address, $4::text) >= $9, false) AS address_match
         FROM person p JOIN cand ON cand.id = p.id
        WHERE NOT (p.id = ANY($6::uuid[]))
     ) m
     WHERE name_match OR birth_match OR address_match
     ORDER BY display_name, id`,
    [
      s.tenantId,
      s.normalizedName || null,
      s.birthDate,
      s.normalizedAddress || null,
      s.includeRestricted,
      s.excludeIds,
      s.perField,
      NAME_SIMILARITY,
      ADDRESS_SIMILARITY,
    ],
  );
  return r.rows.map((row) => ({
    ...toPerson(row),
    matchedOn: [
      ...(row.name_match ? (['naam'] as const) : []),
      ...(row.birth_match ? (['geboortedatum'] as const) : []),
      ...(row.address_match ? (['adres'] as const) : []),
    ],
  }));
}

// ---------------------------------------------------------------------------------------------------
// Links between a signal's subject and a person

export interface SubjectHead extends MentionedPerson {
  readonly id: string;
  readonly signalId: string;
  readonly tenantId: string;
  readonly personId: string | null;
}

export async function findSubject(
  q: Queryable,
  signalId: string,
  subjectId: string,
): Promise<SubjectHead | null> {
  const r = await q.query<
    MentionedPersonColumns & { id: string; signal_id: string; tenant_id: string; person_id: string | null }
  >(
    `SELECT id, signal_id, tenant_id, name, age, birth_date::text AS birth_date, neighbourhood, address,
            school_or_work, person_id
       FROM signal_subject WHERE signal_id = $1 AND id = $2`,
    [signalId, subjectId],
  );
  const row = r.rows[0];
  return row
    ? {
        id: row.id,
        signalId: row.signal_id,
        tenantId: row.tenant_id,
        name: row.name,
        age: row.age,
        birthDate: row.birth_date,
        neighbourhood: row.neighbourhood,
        address: row.address,
        schoolOrWork: row.school_or_work,
        personId: row.person_id,
      }
    : null;
}

export async function setSubjectPerson(
  q: Queryable,
  subjectId: string,
  personId: string | null,
  userId: string | null,
  at: Date | null,
): Promise<void> {
  await q.query('UPDATE signal_subject SET person_id = $2, linked_by = $3, linked_at = $4 WHERE id = $1', [
    subjectId,
    personId,
    userId,
    at,
  ]);
}

export async function insertLinkDecision(
  q: Queryable,
  d: {
    tenantId: string;
    subjectId: string;
    personId: string;
    decision: LinkDecision;
    userId: string;
    at: Date;
    note: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO person_link_decision (tenant_id, subject_id, person_id, decision, decided_by, decided_at, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [d.tenantId, d.subjectId, d.personId, d.decision, d.userId, d.at, d.note],
  );
}

// ---------------------------------------------------------------------------------------------------
// Timeline

export interface TimelineEntry {
  readonly signalId: string;
  readonly tenantId: string;
  readonly restricted: boolean;
  readonly submittedByUserId: string | null;
  readonly reference: string;
  readonly kind: SignalKind;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly status: Status;
  readonly category: { labelNl: string; labelEn: string } | null;
  readonly namedAs: string | null;
  readonly relation: Relation | null;
  readonly linkedAt: Date | null;
  readonly linkedByName: string | null;
  readonly question: string | null;
  readonly observations: Array<{
    description: string;
    observedOn: string | null;
    observedWhen: string | null;
    place: string | null;
  }>;
  readonly assumptions: Array<{ text: string; state: string }>;
}

/** An observation of a signal as aggregated to JSON with a signal linked to a person. */
export interface ObservationJson {
  description: string;
  observed_on: string | null;
  observed_when: string | null;
  place: string | null;
}

/** The assumptions of signal s as a JSON array (text and state), in their order. */
export const ASSUMPTIONS_JSON = `(SELECT json_agg(json_build_object('text', a.text, 'state', a.state) ORDER BY a.ordinal)
               FROM signal_assumption a WHERE a.signal_id = s.id) AS assumptions`;

/**
 * The signals linked to the person $1 (signal_subject sub, signal s, its category c, and what `join` adds),
 * oldest first.
 */
export function signalsOfPersonFrom(join = ''): string {
  return `FROM signal_subject sub
       JOIN signal s ON s.id = sub.signal_id
       LEFT JOIN phenomenon_category c ON c.id = s.category_id${join}
      WHERE sub.person_id = $1
      ORDER BY s.received_at, s.id`;
}

/** All signals linked to the person, oldest first: the puzzle pieces side by side. */
export async function personTimeline(q: Queryable, personId: string): Promise<TimelineEntry[]> {
  const r = await q.query<{
    signal_id: string;
    tenant_id: string;
    restricted: boolean;
    submitted_by_user_id: string | null;
    reference: string;
    kind: SignalKind;
    channel: Channel;
    received_at: Date;
    status: Status;
    label_nl: string | null;
    label_en: string | null;
    named_as: string | null;
    relation: Relation | null;
    linked_at: Date | null;
    linked_by_name: string | null;
    question: string | null;
    observations: ObservationJson[] | null;
    assumptions: Array<{ text: string; state: string }> | null;
  }>(
    `SELECT s.id AS signal_id, s.tenant_id, s.restricted, s.submitted_by_user_id, s.reference, s.kind, s.channel,
            s.received_at, s.status, c.label_nl, c.label_en, sub.name AS named_as, sub.relation, sub.linked_at,
            u.display_name AS linked_by_name, s.question,
            (SELECT json_agg(json_build_object('description', o.description, 'observed_on', o.observed_on::text,
                      'observed_when', o.observed_when, 'place', o.place) ORDER BY o.ordinal)
               FROM signal_observation o WHERE o.signal_id = s.id) AS observations,
            ${ASSUMPTIONS_JSON}
       ${signalsOfPersonFrom('\n       LEFT JOIN app_user u ON u.id = sub.linked_by')}`,
    [personId],
  );
  return r.rows.map((row) => ({
    signalId: row.signal_id,
    tenantId: row.tenant_id,
    restricted: row.restricted,
    submittedByUserId: row.submitted_by_user_id,
    reference: row.reference,
    kind: row.kind,
    channel: row.channel,
    receivedAt: row.received_at,
    status: row.status,
    category: row.label_nl && row.label_en ? { labelNl: row.label_nl, labelEn: row.label_en } : null,
    namedAs: row.named_as,
    relation: row.relation,
    linkedAt: row.linked_at,
    linkedByName: row.linked_by_name,
    question: row.question,
    observations: (row.observations ?? []).map((o) => ({
      description: o.description,
      observedOn: o.observed_on,
      observedWhen: o.observed_when,
      place: o.place,
    })),
    assumptions: row.assumptions ?? [],
  }));
}

/** The history of link decisions about a person: who linked or rejected which mention, and when. */
export async function linkHistory(
  q: Queryable,
  personId: string,
): Promise<
  Array<{
    decision: LinkDecision;
    at: Date;
    byName: string;
    reference: string;
    signalId: string;
    restricted: boolean;
    note: string | null;
  }>
> {
  const r = await q.query<{
    restricted: boolean;
    decision: LinkDecision;
    decided_at: Date;
    by_name: string;
    reference: string;
    signal_id: string;
    note: string | null;
  }>(
    `SELECT d.decision, d.decided_at, u.display_name AS by_name, s.reference, s.id AS signal_id, s.restricted,
            d.note
       FROM person_link_decision d
       JOIN signal_subject sub ON sub.id = d.subject_id
       JOIN signal s ON s.id = sub.signal_id
       JOIN app_user u ON u.id = d.decided_by
      WHERE d.person_id = $1
      ORDER BY d.id`,
    [personId],
  );
  return r.rows.map((row) => ({
    decision: row.decision,
    at: row.decided_at,
    byName: row.by_name,
    reference: row.reference,
    signalId: row.signal_id,
    restricted: row.restricted,
    note: row.note,
  }));
}
