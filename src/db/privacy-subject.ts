import { type MeasureTermColumns, toMeasureTerms } from './casus-plan.js';
import type { Queryable } from './database.js';
import type { MentionedPerson, MentionedPersonColumns } from './meldingen.js';
import { ASSUMPTIONS_JSON, type ObservationJson, signalsOfPersonFrom } from './personen.js';
import {
  FAMILY_CONTACT_COLUMNS,
  type FamilyContactColumns,
  type FamilyContactRow,
  NETWORK_COLUMNS,
  type NetworkColumns,
  type NetworkRow,
  toFamilyContactRow,
  toNetworkRow,
} from './privacy-anonymise.js';

/**
 * Everything held about one person, read for a data-subject request: the signals linked to the person,
 * the meeting items and cases about them, their measures and timeline, who accessed the person, what was
 * disclosed and the earlier requests. Raw rows: what is withheld is decided in src/domain/privacy/.
 */

export interface SubjectSignalRow {
  readonly id: string;
  readonly reference: string;
  readonly kind: string;
  readonly channel: string;
  readonly restricted: boolean;
  readonly receivedAt: Date;
  readonly status: string;
  readonly category: string | null;
  readonly question: string | null;
  readonly contraIndications: string | null;
  readonly decisionOutcome: string | null;
  readonly closeReason: string | null;
  readonly reporterKind: string;
  readonly reporterName: string | null;
  readonly reporterEmail: string | null;
  readonly reporterPhone: string | null;
  /** How the person was named in this signal. */
  readonly own: MentionedPerson & {
    readonly relation: string | null;
    readonly linkedAt: Date | null;
  };
  /** Other persons named in the same signal: third parties. */
  readonly others: ReadonlyArray<{
    readonly name: string | null;
    readonly birthDate: string | null;
    readonly address: string | null;
    readonly schoolOrWork: string | null;
    readonly neighbourhood: string | null;
    readonly relation: string | null;
    readonly personId: string | null;
  }>;
  readonly observations: ReadonlyArray<{
    description: string;
    observedOn: string | null;
    observedWhen: string | null;
    place: string | null;
    placeDetail: string | null;
    source: string;
  }>;
  readonly assumptions: ReadonlyArray<{ text: string; state: string }>;
  readonly annotations: ReadonlyArray<{ effect: string; text: string; at: string; byName: string }>;
  readonly events: ReadonlyArray<{ kind: string; at: string; toStatus: string | null; note: string | null }>;
}

export async function subjectSignals(q: Queryable, personId: string): Promise<SubjectSignalRow[]> {
  const r = await q.query<{
    id: string;
    reference: string;
    kind: string;
    channel: string;
    restricted: boolean;
    received_at: Date;
    status: string;
    category: string | null;
    question: string | null;
    contra_indications: string | null;
    decision_outcome: string | null;
    close_reason: string | null;
    reporter_kind: string;
    reporter_name: string | null;
    reporter_email: string | null;
    reporter_phone: string | null;
    own: MentionedPersonColumns & { relation: string | null; linked_at: string | null };
    others: Array<{
      name: string | null;
      birth_date: string | null;
      address: string | null;
      school_or_work: string | null;
      neighbourhood: string | null;
      relation: string | null;
      person_id: string | null;
    }> | null;
    observations: Array<ObservationJson & { place_detail: string | null; source: string }> | null;
    assumptions: Array<{ text: string; state: string }> | null;
    annotations: Array<{ effect: string; text: string; at: string; by_name: string }> | null;
    events: Array<{ kind: string; at: string; to_status: string | null; note: string | null }> | null;
  }>(
    `SELECT s.id, s.reference, s.kind, s.channel, s.restricted, s.received_at, s.status, c.label_nl AS category,
            s.question, s.contra_indications, s.decision_outcome, s.close_reason, s.reporter_kind, s.reporter_name,
            s.reporter_email, s.reporter_phone,
            json_build_object('name', sub.name, 'age', sub.age, 'birth_date', sub.birth_date::text,
              'neighbourhood', sub.neighbourhood, 'address', sub.address, 'school_or_work', sub.school_or_work,
              'relation', sub.relation, 'linked_at', sub.linked_at) AS own,
            (SELECT json_agg(json_build_object('name', o.name, 'birth_date', o.birth_date::text, 'address', o.address,
                      'school_or_work', o.school_or_work, 'neighbourhood', o.neighbourhood, 'relation', o.relation,
                      'person_id', o.person_id) ORDER BY o.ordinal)
               FROM signal_subject o WHERE o.signal_id = s.id AND o.id <> sub.id) AS others,
            (SELECT json_agg(json_build_object('description', ob.description, 'observed_on', ob.observed_on::text,
                      'observed_when', ob.observed_when, 'place', ob.place, 'place_detail', ob.place_detail,
                      'source', ob.source) ORDER BY ob.ordinal)
               FROM signal_observation ob WHERE ob.signal_id = s.id) AS observations,
            ${ASSUMPTIONS_JSON},
            (SELECT json_agg(json_build_object('effect', an.effect, 'text', an.text, 'at', an.created_at,
                      'by_name', an.created_by_name) ORDER BY an.seq)
               FROM signal_annotation an WHERE an.signal_id = s.id) AS annotations,
            (SELECT json_agg(json_build_object('kind', e.kind, 'at', e.at, 'to_status', e.to_status, 'note', e.note)
                      ORDER BY e.id)
               FROM signal_event e WHERE e.signal_id = s.id) AS events
       ${signalsOfPersonFrom()}`,
    [personId],
  );
  return r.rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    channel: row.channel,
    restricted: row.restricted,
    receivedAt: row.received_at,
    status: row.status,
    category: row.category,
    question: row.question,
    contraIndications: row.contra_indications,
    decisionOutcome: row.decision_outcome,
    closeReason: row.close_reason,
    reporterKind: row.reporter_kind,
    reporterName: row.reporter_name,
    reporterEmail: row.reporter_email,
    reporterPhone: row.reporter_phone,
    own: {
      name: row.own.name,
      age: row.own.age,
      birthDate: row.own.birth_date,
      neighbourhood: row.own.neighbourhood,
      address: row.own.address,
      schoolOrWork: row.own.school_or_work,
      relation: row.own.relation,
      linkedAt: row.own.linked_at ? new Date(row.own.linked_at) : null,
    },
    others: (row.others ?? []).map((o) => ({
      name: o.name,
      birthDate: o.birth_date,
      address: o.address,
      schoolOrWork: o.school_or_work,
      neighbourhood: o.neighbourhood,
      relation: o.relation,
      personId: o.person_id,
    })),
    observations: (row.observations ?? []).map((o) => ({
      description: o.description,
      observedOn: o.observed_on,
      observedWhen: o.observed_when,
      place: o.place,
      placeDetail: o.place_detail,
      source: o.source,
    })),
    assumptions: row.assumptions ?? [],
    annotations: (row.annotations ?? []).map((a) => ({
      effect: a.effect,
      text: a.text,
      at: a.at,
      byName: a.by_name,
    })),
    events: (row.events ?? []).map((e) => ({ kind: e.kind, at: e.at, toStatus: e.to_status, note: e.note })),
  }));
}

export interface SubjectItemRow {
  readonly id: string;
  readonly meetingId: string;
  readonly meetingType: string;
  readonly meetingStartsAt: Date;
  readonly title: string;
  readonly notes: string | null;
  readonly minutesText: string | null;
  readonly restricted: boolean;
  readonly signalId: string | null;
  readonly casusId: string | null;
  readonly decision: { outcome: string | null; status: string; recordedAt: string | null } | null;
  readonly contributions: ReadonlyArray<{
    organisation: string;
    legalBasis: string;
    text: string;
    at: string;
  }>;
}

/** Agenda items about the person's signals or cases, with the decision and the contributions. */
export async function subjectItems(
  q: Queryable,
  signalIds: readonly string[],
  casusIds: readonly string[],
): Promise<SubjectItemRow[]> {
  if (signalIds.length === 0 && casusIds.length === 0) return [];
  const r = await q.query<{
    id: string;
    meeting_id: string;
    type: string;
    starts_at: Date;
    title: string;
    notes: string | null;
    minutes_text: string | null;
    restricted: boolean;
    signal_id: string | null;
    casus_id: string | null;
    decision: { outcome: string | null; status: string; recorded_at: string | null } | null;
    contributions: Array<{ organisation: string; legal_basis: string; text: string; at: string }> | null;
  }>(
    `SELECT i.id, i.meeting_id, m.type, m.starts_at, i.title, i.notes, i.minutes_text, i.restricted, i.signal_id,
            i.casus_id,
            (SELECT json_build_object('outcome', d.outcome, 'status', d.status, 'recorded_at', d.recorded_at)
               FROM meeting_decision d WHERE d.item_id = i.id) AS decision,
            (SELECT json_agg(json_build_object('organisation', o.name, 'legal_basis', lb.label_nl, 'text', c.text,
                      'at', c.created_at) ORDER BY c.seq)
               FROM contribution c JOIN organisation o ON o.id = c.organisation_id
               JOIN legal_basis lb ON lb.id = c.legal_basis_id
              WHERE c.item_id = i.id) AS contributions
       FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
      WHERE i.signal_id = ANY($1::uuid[]) OR i.casus_id = ANY($2::uuid[])
      ORDER BY m.starts_at, i.position`,
    [signalIds, casusIds],
  );
  return r.rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    meetingType: row.type,
    meetingStartsAt: row.starts_at,
    title: row.title,
    notes: row.notes,
    minutesText: row.minutes_text,
    restricted: row.restricted,
    signalId: row.signal_id,
    casusId: row.casus_id,
    decision: row.decision
      ? { outcome: row.decision.outcome, status: row.decision.status, recordedAt: row.decision.recorded_at }
      : null,
    contributions: (row.contributions ?? []).map((c) => ({
      organisation: c.organisation,
      legalBasis: c.legal_basis,
      text: c.text,
      at: c.at,
    })),
  }));
}

export interface SubjectCaseRow {
  readonly id: string;
  readonly reference: string;
  readonly phase: string;
  readonly situation: string;
  readonly situationSince: string | null;
  readonly departedOn: string | null;
  readonly returnedOn: string | null;
  readonly createdAt: Date;
  readonly closedAt: Date | null;
  readonly closureReason: string | null;
  readonly closureNote: string | null;
  readonly plan: Record<string, string> | null;
  readonly participants: ReadonlyArray<{
    organisation: string;
    role: string;
    joinedAt: string;
    leftAt: string | null;
  }>;
  readonly measures: ReadonlyArray<{
    track: string;
    title: string;
    owner: string;
    legalBasis: string | null;
    startsOn: string | null;
    endsOn: string | null;
    status: string;
    evaluationResult: string | null;
    evaluationWhatWorked: string | null;
    /** Whether the measure reached its goal, as the regie recorded it when it ended (evaluatie). */
    goalResult: MeasureGoalResult | null;
  }>;
  readonly events: ReadonlyArray<{
    kind: string;
    at: string;
    fromValue: string | null;
    toValue: string | null;
    reason: string | null;
    occurredOn: string | null;
  }>;
  readonly checklist: ReadonlyArray<{
    kind: string;
    code: string;
    status: string;
    dueOn: string | null;
    note: string;
  }>;
}

export interface MeasureGoalResult {
  readonly outcome: string;
  readonly reason: string;
  readonly recordedAt: string;
  readonly workingElements: readonly string[];
}

/** The cases of the person (open and closed) with their plan, measures, participants and timeline. */
export async function subjectCases(q: Queryable, personId: string): Promise<SubjectCaseRow[]> {
  const r = await q.query<{
    id: string;
    reference: string;
    phase: string;
    situation: string;
    situation_since: string | null;
    departed_on: string | null;
    returned_on: string | null;
    created_at: Date;
    closed_at: Date | null;
    closure_reason: string | null;
    closure_note: string | null;
    plan: Record<string, string> | null;
    participants: Array<{
      organisation: string;
      role: string;
      joined_at: string;
      left_at: string | null;
    }> | null;
    measures: Array<
      MeasureTermColumns<string> & {
        track: string;
        title: string;
        owner: string;
        goal_result: MeasureGoalResult | null;
      }
    > | null;
    events: Array<{
      kind: string;
      at: string;
      from_value: string | null;
      to_value: string | null;
      reason: string | null;
      occurred_on: string | null;
    }> | null;
    checklist: Array<{
      kind: string;
      code: string;
      status: string;
      due_on: string | null;
      note: string;
    }> | null;
  }>(
    `SELECT c.id, c.reference, c.phase, c.situation, c.situation_since::text AS situation_since,
            c.departed_on::text AS departed_on, c.returned_on::text AS returned_on, c.created_at, c.closed_at,
            c.closure_reason, c.closure_note,
            (SELECT json_build_object('goals', p.goals, 'identiteit', p.driver_identiteit,
                      'betekenis', p.driver_betekenis, 'rechtvaardigheid', p.driver_rechtvaardigheid,
                      'sensatie', p.driver_sensatie, 'protectiveFactors', p.protective_factors,
                      'impactOnSurroundings', p.impact_on_surroundings)
               FROM casus_plan p WHERE p.casus_id = c.id) AS plan,
            (SELECT json_agg(json_build_object('organisation', o.name, 'role', cp.role, 'joined_at', cp.joined_at,
                      'left_at', cp.left_at) ORDER BY cp.joined_at)
               FROM casus_participant cp JOIN organisation o ON o.id = cp.organisation_id
              WHERE cp.casus_id = c.id) AS participants,
            (SELECT json_agg(json_build_object('track', m.track, 'title', m.title, 'owner', o.name,
                      'legal_basis', m.legal_basis, 'starts_on', m.starts_on::text, 'ends_on', m.ends_on::text,
                      'status', m.status, 'evaluation_result', m.evaluation_result,
                      'evaluation_what_worked', m.evaluation_what_worked,
                      'goal_result', (SELECT json_build_object('outcome', mr.outcome, 'reason', mr.reason,
                          'recordedAt', mr.recorded_at,
                          'workingElements', (SELECT coalesce(json_agg(we.label ORDER BY we.label), '[]')
                                                FROM measure_result_element mre
                                                JOIN working_element we ON we.id = mre.element_id
                                               WHERE mre.measure_id = mr.measure_id))
                        FROM measure_result mr WHERE mr.measure_id = m.id)) ORDER BY m.created_at, m.id)
               FROM casus_measure m JOIN organisation o ON o.id = m.owner_organisation_id
              WHERE m.casus_id = c.id) AS measures,
            (SELECT json_agg(json_build_object('kind', e.kind, 'at', e.at, 'from_value', e.from_value,
                      'to_value', e.to_value, 'reason', e.reason, 'occurred_on', e.occurred_on::text)
                      ORDER BY e.at, e.seq)
               FROM casus_event e WHERE e.casus_id = c.id) AS events,
            (SELECT json_agg(json_build_object('kind', cl.kind, 'code', ci.code, 'status', ci.status,
                      'due_on', ci.due_on::text, 'note', ci.note) ORDER BY cl.created_at, ci.ordinal)
               FROM casus_checklist_item ci JOIN casus_checklist cl ON cl.id = ci.checklist_id
              WHERE ci.casus_id = c.id) AS checklist
       FROM casus c WHERE c.person_id = $1
      ORDER BY c.created_at, c.id`,
    [personId],
  );
  return r.rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    phase: row.phase,
    situation: row.situation,
    situationSince: row.situation_since,
    departedOn: row.departed_on,
    returnedOn: row.returned_on,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    closureReason: row.closure_reason,
    closureNote: row.closure_note,
    plan: row.plan,
    participants: (row.participants ?? []).map((p) => ({
      organisation: p.organisation,
      role: p.role,
      joinedAt: p.joined_at,
      leftAt: p.left_at,
    })),
    measures: (row.measures ?? []).map((m) => ({
      track: m.track,
      title: m.title,
      owner: m.owner,
      ...toMeasureTerms(m),
      goalResult: m.goal_result,
    })),
    events: (row.events ?? []).map((e) => ({
      kind: e.kind,
      at: e.at,
      fromValue: e.from_value,
      toValue: e.to_value,
      reason: e.reason,
      occurredOn: e.occurred_on,
    })),
    checklist: (row.checklist ?? []).map((c) => ({
      kind: c.kind,
      code: c.code,
      status: c.status,
      dueOn: c.due_on,
      note: c.note,
    })),
  }));
}

export interface SubjectAccessRow {
  readonly at: Date;
  readonly actorName: string | null;
  readonly organisationName: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly purpose: string | null;
  readonly result: string;
}

/** Who accessed the person's data, oldest first (from the access log, within the tenant). */
export async function subjectAccess(
  q: Queryable,
  tenantId: string,
  personId: string,
): Promise<SubjectAccessRow[]> {
  const r = await q.query<{
    at: Date;
    actor_name: string | null;
    organisation_name: string | null;
    actor_role: string | null;
    action: string;
    object_type: string | null;
    object_id: string | null;
    purpose: string | null;
    result: string;
  }>(
    `SELECT l.at, u.display_name AS actor_name, o.name AS organisation_name, l.actor_role, l.action,
            l.object_type, l.object_id, l.purpose, l.result
       FROM access_log l
       LEFT JOIN app_user u ON u.id = l.actor_user_id
       LEFT JOIN organisation o ON o.id = l.actor_organisation_id
      WHERE l.tenant_id = $1 AND l.person_id = $2::uuid
      ORDER BY l.at, l.id`,
    [tenantId, personId],
  );
  return r.rows.map((row) => ({
    at: row.at,
    actorName: row.actor_name,
    organisationName: row.organisation_name,
    actorRole: row.actor_role,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    purpose: row.purpose,
    result: row.result,
  }));
}

export interface SubjectNetworkRow extends NetworkRow {
  readonly casusId: string;
  /** The person whose case it is (a third party when it is not this person). */
  readonly casePersonName: string;
  /** The person this entry is about, when linked to a person record. */
  readonly linkedPersonId: string | null;
}

/**
 * Network entries (netwerkanalyse) near the person: those of the person's own cases (about others), and
 * those in other cases that are linked to this person (about them, as a relative or friend of someone else).
 */
export async function subjectNetwork(q: Queryable, personId: string): Promise<SubjectNetworkRow[]> {
  const r = await q.query<
    NetworkColumns & { casus_id: string; case_person_name: string; linked_person_id: string | null }
  >(
    `SELECT n.casus_id, p.display_name AS case_person_name, n.linked_person_id, ${NETWORK_COLUMNS}
       FROM casus_network_person n JOIN casus c ON c.id = n.casus_id JOIN person p ON p.id = c.person_id
      WHERE n.linked_person_id = $1 OR n.casus_id IN (SELECT id FROM casus WHERE person_id = $1)
      ORDER BY n.created_at, n.id`,
    [personId],
  );
  return r.rows.map((n) => ({
    casusId: n.casus_id,
    casePersonName: n.case_person_name,
    linkedPersonId: n.linked_person_id,
    ...toNetworkRow(n),
  }));
}

/** Contacts with the family in the person's own cases (familieondersteuning). */
export async function subjectFamilyContacts(
  q: Queryable,
  personId: string,
): Promise<Array<FamilyContactRow & { casusId: string }>> {
  const r = await q.query<FamilyContactColumns & { casus_id: string }>(
    `SELECT f.casus_id, ${FAMILY_CONTACT_COLUMNS}
       FROM casus_family_contact f JOIN casus c ON c.id = f.casus_id
      WHERE c.person_id = $1 ORDER BY f.contact_on, f.id`,
    [personId],
  );
  return r.rows.map((f) => ({ casusId: f.casus_id, ...toFamilyContactRow(f) }));
}
