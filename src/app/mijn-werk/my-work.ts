import type { MyWork, WorkGroup, WorkItem, WorkKind, WorkOfKind } from '../../contract/mijn-werk.js';
import { WORK_GROUPS, WORK_KINDS } from '../../contract/mijn-werk.js';
import { findDossier, listParticipants } from '../../db/casus-dossier.js';
import {
  checklistItemsDue,
  type DueOfCase,
  dueActions,
  dueReviews,
  dueSignals,
  familyFollowUpsDue,
} from '../../db/mijn-werk.js';
import type { Actor } from '../../domain/access/roles.js';
import { caseAccess } from '../../domain/casus/participation.js';
import { worklistScope } from '../../domain/melding/access.js';
import { addDays, amsterdamDate, amsterdamStartOfDay } from '../../domain/melding/calendar.js';
import { ownActionsOf } from '../overleg/actions.js';
import { readMeetingsPage } from '../overleg/read-meetings.js';
import type { AuditEntry, Ctx } from '../overleg/results.js';
import type { MeetingSummaryView } from '../overleg/views.js';

/** How many of one kind a deadline group shows; the rest is counted ("en 3 meer") and linked. */
export const WORK_GROUP_LIMIT = 5;
/** How many meetings of the coming two weeks the home page reads at most. */
const MEETINGS_ON_HOME = 100;
/** "Deze week" is today and the seven days after; "Volgende week" the seven after those. */
const WEEK_DAYS = 7;

interface Bounds {
  readonly today: string;
  readonly week: string;
  readonly until: string;
}

/** The deadline group of a date (an ISO date compares as text). */
export function groupOf(dueOn: string, b: Bounds): WorkGroup {
  if (dueOn < b.today) return 'te_laat';
  if (dueOn === b.today) return 'vandaag';
  if (dueOn <= b.week) return 'deze_week';
  return 'volgende_week';
}

/** What each role gathers on its home page: only the kinds its work and its access rules cover. */
function kindsFor(a: Actor): readonly WorkKind[] {
  switch (a.role) {
    case 'aandachtsfunctionaris':
      // The officer of the municipality directs its cases; one of a region's municipality only its meetings.
      return a.organisationId === a.tenantId ? WORK_KINDS : ['overleg', 'actie'];
    case 'meldpunt':
      return ['overleg', 'melding', 'actie'];
    case 'burgemeester':
      return ['overleg', 'actie'];
    case 'ketenpartner':
      // A partner's own family follow-ups, in the cases it takes part in now.
      return ['overleg', 'familie', 'actie'];
    default:
      return [];
  }
}

/**
 * The meetings that are the actor's work: those they chair, and those their role takes part in. A partner
 * gets only the meetings (or items) its organisation takes part in: readMeetingsPage decides per meeting.
 */
function isOwnMeeting(a: Actor, m: MeetingSummaryView): boolean {
  if (m.status === 'geannuleerd') return false;
  if (m.chair.userId === a.userId) return true;
  switch (a.role) {
    case 'aandachtsfunctionaris':
    case 'ketenpartner':
      return true;
    case 'meldpunt':
      return m.type === 'signaleringsoverleg';
    case 'burgemeester':
      return m.type === 'weegploeg';
    default:
      return false;
  }
}

type Candidate = WorkItem & { readonly personId?: string };

const item = (kind: WorkKind, id: string, label: string, dueOn: string, count = 1): Candidate => ({
  kind,
  id,
  label,
  dueOn,
  startsAt: null,
  meetingType: null,
  chair: false,
  count,
});

/** Per case and group: the earliest day and the sum of what falls due in that group. */
function perCase(kind: WorkKind, rows: readonly DueOfCase[], b: Bounds): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const r of rows) {
    const key = `${r.casusId}|${groupOf(r.dueOn, b)}`;
    const seen = byKey.get(key);
    if (seen) byKey.set(key, { ...seen, count: seen.count + r.count });
    else byKey.set(key, { ...item(kind, r.casusId, r.reference, r.dueOn, r.count), personId: r.personId });
  }
  return [...byKey.values()];
}

/**
 * "Mijn werk": what is due for the signed-in membership, overdue, today, this week and next week, by kind
 * (meetings, signal deadlines, case reviews, checklist items, family follow-ups, own actions). References
 * only; at most WORK_GROUP_LIMIT of a kind per group, with the number of the rest. Every case and signal
 * shown is logged as the lists they come from log it; what is only counted names no one and is not.
 */
export async function myWork(ctx: Ctx): Promise<MyWork> {
  const a = ctx.actor;
  const today = amsterdamDate(ctx.now);
  const b: Bounds = { today, week: addDays(today, WEEK_DAYS), until: addDays(today, 2 * WEEK_DAYS) };
  const kinds = new Set(kindsFor(a));
  const found: Candidate[] = [];
  // Signals, reviews and actions are bounded in the query (a municipality may hold thousands): per kind
  // and group, the number of all of them; the rest is only counted.
  const totals = new Map<WorkKind, Map<string, number>>();

  if (kinds.has('overleg')) {
    // Two weeks of meetings: a bounded first part (MEETINGS_ON_HOME), those shown logged below.
    const page = await readMeetingsPage(ctx, {
      from: amsterdamStartOfDay(today),
      to: amsterdamStartOfDay(addDays(b.until, 1)),
      type: null,
      limit: MEETINGS_ON_HOME,
    });
    const meetings = page.ok ? page.meetings : [];
    for (const m of meetings.filter((x) => isOwnMeeting(a, x))) {
      found.push({
        ...item('overleg', m.id, m.title, amsterdamDate(new Date(m.startsAt))),
        startsAt: m.startsAt,
        meetingType: m.type,
        chair: m.chair.userId === a.userId,
      });
    }
  }
  const scope = worklistScope(a);
  if (kinds.has('melding') && scope && !scope.submittedBy) {
    const due = await dueSignals(ctx.db, scope, b, WORK_GROUP_LIMIT);
    for (const s of due.signals) found.push(item('melding', s.id, s.reference, s.dueOn));
    totals.set('melding', due.totals);
  }
  if (kinds.has('evaluatie')) {
    const due = await dueReviews(ctx.db, a.tenantId, b, WORK_GROUP_LIMIT);
    for (const c of due.reviews) {
      found.push({ ...item('evaluatie', c.casusId, c.reference, c.dueOn), personId: c.personId });
    }
    totals.set('evaluatie', due.totals);
  }
  if (kinds.has('checklist')) {
    found.push(...perCase('checklist', await checklistItemsDue(ctx.db, a.tenantId, b.until), b));
  }
  if (kinds.has('familie')) {
    const partner = a.role === 'ketenpartner';
    const rows = await familyFollowUpsDue(ctx.db, a.tenantId, b.until, partner ? a.organisationId : null);
    const seen = partner ? await participatingCases(ctx, rows) : null;
    found.push(...perCase('familie', seen ? rows.filter((r) => seen.has(r.casusId)) : rows, b));
  }
  if (kinds.has('actie')) {
    const due = await dueActions(ctx.db, ownActionsOf(a), b, WORK_GROUP_LIMIT);
    for (const x of due.actions) {
      found.push(item('actie', x.id, x.meetingTitle ?? 'Peiling sleutelfiguren', x.dueOn));
    }
    totals.set('actie', due.totals);
  }

  const shown: Candidate[] = [];
  const groups = WORK_GROUPS.map((group) => {
    const ofKinds: WorkOfKind[] = [];
    for (const kind of WORK_KINDS) {
      const all = found
        .filter((x) => x.kind === kind && groupOf(x.dueOn, b) === group)
        .sort(
          (x, y) =>
            (x.startsAt ?? x.dueOn).localeCompare(y.startsAt ?? y.dueOn) || x.label.localeCompare(y.label),
        );
      const counted = totals.get(kind);
      const total = counted ? (counted.get(group) ?? 0) : all.length;
      if (total === 0) continue;
      const first = all.slice(0, WORK_GROUP_LIMIT);
      shown.push(...first);
      ofKinds.push({
        kind,
        items: first.map(({ personId: _, ...rest }) => rest),
        more: total - first.length,
      });
    }
    return { group, until: untilOf(group, b), kinds: ofKinds };
  });

  // The cases and signals named on the page, logged as the case list and the worklist log them.
  const cases = new Map(shown.filter((x) => x.personId !== undefined).map((x) => [x.id, x.personId]));
  const entries: AuditEntry[] = [...cases].map(([objectId, personId]) => ({
    action: 'list',
    objectType: 'casus',
    objectId,
    personId,
    purpose: 'casus',
  }));
  const signals = shown.filter((x) => x.kind === 'melding').map((x) => x.id);
  if (signals.length > 0) {
    entries.push({
      action: 'read',
      objectType: 'signal_list',
      objectId: signals.join(','),
      purpose: 'meldpunt',
    });
  }
  const meetingsShown = shown.filter((x) => x.kind === 'overleg').map((x) => x.id);
  if (meetingsShown.length > 0) {
    entries.push({ action: 'list', objectType: 'overleg_list', objectId: meetingsShown.join(',') });
  }
  const actions = shown.filter((x) => x.kind === 'actie').map((x) => x.id);
  if (actions.length > 0) {
    entries.push({ action: 'list', objectType: 'overleg_acties_mijn', objectId: actions.join(',') });
  }
  if (entries.length > 0) await ctx.audit(ctx.db, entries);
  return { today, groups };
}

/**
 * The cases a partner takes part in at this moment (need to know, src/domain/casus/participation.ts), of
 * those given. Emergency access is not work: a case seen only through break-the-glass is left out.
 */
async function participatingCases(ctx: Ctx, rows: readonly DueOfCase[]): Promise<Set<string>> {
  const ids = [...new Set(rows.map((r) => r.casusId))];
  if (ids.length === 0) return new Set();
  const participants = await listParticipants(ctx.db, ids);
  const out = new Set<string>();
  for (const id of ids) {
    const dossier = await findDossier(ctx.db, id);
    const own = participants.filter((p) => p.casusId === id);
    if (dossier && caseAccess(ctx.actor, dossier, own, ctx.now) !== 'none') out.add(id);
  }
  return out;
}

function untilOf(group: WorkGroup, b: Bounds): string | null {
  if (group === 'deze_week') return b.week;
  if (group === 'volgende_week') return b.until;
  return null;
}
