import type {
  CoverageCount,
  CoverageGroup,
  CoverageGroupSize,
  CoveragePerson,
  Participation,
} from '../domain/deskundigheid/coverage.js';
import type { TargetGroupSide, TrainingLevel } from '../domain/deskundigheid/curriculum.js';
import type { CompletedTraining } from '../domain/deskundigheid/validity.js';
import type { Queryable } from './database.js';

/**
 * What the coverage of a municipality's curriculum is counted from (src/domain/deskundigheid/coverage.ts): its
 * active target groups, every person in them with the held sessions they completed, the group sizes and counts
 * partners reported, and the participations for the figures by sector. Read as a whole, like the analysis's
 * records: the counting is the protection's, nothing here is shown as such.
 */

/** The held sessions person `p` completed, as CompletedTraining[] (null when none), for validity.ts. */
const COMPLETED_OF_P = `(SELECT json_agg(json_build_object('heldOn', s.held_on::text, 'level', t.level,
                                'validMonths', t.valid_months))
     FROM training_attendance a JOIN training_session s ON s.id = a.session_id
     JOIN training t ON t.id = s.training_id
    WHERE a.person_id = p.id AND a.completed AND s.status = 'gehouden') AS completed`;

export interface ReminderCandidate {
  readonly id: string;
  readonly tenant_id: string;
  readonly municipality: string;
  readonly email: string | null;
  readonly user_id: string | null;
  readonly required_level: TrainingLevel;
  readonly last_reminded_on: string | null;
  readonly completed: CompletedTraining[] | null;
}

/**
 * The people a training reminder may go to (src/app/deskundigheid/reminders.ts): still in an active target
 * group, reachable (an account or a work address), and trained at least once, with what they completed.
 */
export async function reminderCandidates(q: Queryable): Promise<ReminderCandidate[]> {
  const r = await q.query<ReminderCandidate>(
    `SELECT p.id, p.tenant_id, o.name AS municipality, p.email, p.user_id, g.required_level,
            p.last_reminded_on::text AS last_reminded_on, ${COMPLETED_OF_P}
       FROM training_person p JOIN training_target_group g ON g.id = p.target_group_id AND g.active
       JOIN organisation o ON o.id = p.tenant_id
      WHERE p.left_on IS NULL AND (p.email IS NOT NULL OR p.user_id IS NOT NULL)
        AND EXISTS (SELECT 1 FROM training_attendance a WHERE a.person_id = p.id AND a.completed)`,
  );
  return r.rows;
}

export interface CoverageData {
  readonly groups: CoverageGroup[];
  readonly persons: CoveragePerson[];
  readonly sizes: CoverageGroupSize[];
  readonly counts: CoverageCount[];
  readonly participations: Participation[];
  /** Organisation id to name and sector (the network register's domain; null when it has no profile). */
  readonly organisations: Map<string, { name: string; domain: string | null; own: boolean }>;
}

export async function coverageData(q: Queryable, tenantId: string): Promise<CoverageData> {
  const groups = await q.query<{
    id: string;
    name: string;
    side: TargetGroupSide;
    required_level: TrainingLevel;
  }>(
    `SELECT id, name, side, required_level FROM training_target_group
      WHERE tenant_id = $1 AND active ORDER BY side, name, id`,
    [tenantId],
  );
  const persons = await q.query<{
    id: string;
    target_group_id: string;
    organisation_id: string;
    department: string;
    active_since: string;
    left_on: string | null;
    completed: CompletedTraining[] | null;
  }>(
    `SELECT p.id, p.target_group_id, p.organisation_id, p.department, p.active_since::text AS active_since,
            p.left_on::text AS left_on,
            ${COMPLETED_OF_P}
       FROM training_person p JOIN training_target_group g ON g.id = p.target_group_id AND g.active
      WHERE p.tenant_id = $1`,
    [tenantId],
  );
  const sizes = await q.query<{ target_group_id: string; organisation_id: string; people: number }>(
    'SELECT target_group_id, organisation_id, people FROM training_group_size WHERE tenant_id = $1',
    [tenantId],
  );
  const counts = await q.query<{
    target_group_id: string;
    organisation_id: string;
    participants: number;
    held_on: string;
    level: TrainingLevel;
    valid_months: number | null;
  }>(
    `SELECT c.target_group_id, c.organisation_id, c.participants, s.held_on::text AS held_on, t.level, t.valid_months
       FROM training_attendance_count c JOIN training_session s ON s.id = c.session_id
       JOIN training t ON t.id = s.training_id
      WHERE s.tenant_id = $1 AND s.status = 'gehouden'`,
    [tenantId],
  );
  const named = await q.query<{ person_id: string; organisation_id: string; held_on: string }>(
    `SELECT a.person_id, p.organisation_id, s.held_on::text AS held_on
       FROM training_attendance a JOIN training_session s ON s.id = a.session_id
       JOIN training_person p ON p.id = a.person_id
      WHERE s.tenant_id = $1 AND s.status = 'gehouden' AND a.completed`,
    [tenantId],
  );
  const orgs = await q.query<{ id: string; name: string; domain: string | null; kind: string }>(
    `SELECT o.id, o.name, o.kind, n.domain FROM organisation o
       LEFT JOIN netwerk_partner n ON n.organisation_id = o.id
      WHERE o.tenant_id = $1`,
    [tenantId],
  );
  return {
    groups: groups.rows.map((g) => ({
      id: g.id,
      name: g.name,
      side: g.side,
      requiredLevel: g.required_level,
    })),
    persons: persons.rows.map((p) => ({
      groupId: p.target_group_id,
      organisationId: p.organisation_id,
      department: p.department,
      activeSince: p.active_since,
      leftOn: p.left_on,
      completed: p.completed ?? [],
    })),
    sizes: sizes.rows.map((s) => ({
      groupId: s.target_group_id,
      organisationId: s.organisation_id,
      people: Number(s.people),
    })),
    counts: counts.rows.map((c) => ({
      groupId: c.target_group_id,
      organisationId: c.organisation_id,
      participants: Number(c.participants),
      heldOn: c.held_on,
      level: c.level,
      validMonths: c.valid_months === null ? null : Number(c.valid_months),
    })),
    participations: [
      ...named.rows.map((r) => ({
        kind: 'named' as const,
        personId: r.person_id,
        organisationId: r.organisation_id,
        heldOn: r.held_on,
      })),
      ...counts.rows.map((c) => ({
        kind: 'count' as const,
        organisationId: c.organisation_id,
        heldOn: c.held_on,
        participants: Number(c.participants),
      })),
    ],
    organisations: new Map(
      orgs.rows.map((o) => [o.id, { name: o.name, domain: o.domain, own: o.id === tenantId }]),
    ),
  };
}
