import type { ChecklistRecord } from '../../db/casus-checklists.js';
import type { CaseDossier, CaseEvent, ParticipantRecord } from '../../db/casus-dossier.js';
import type { MeasureRecord, PlanRecord } from '../../db/casus-plan.js';
import type { Actor } from '../../domain/access/roles.js';
import { CHECKLISTS, isItemOverdue } from '../../domain/casus/checklists.js';
import { type CaseAccess, isActiveParticipation, mayEditMeasure } from '../../domain/casus/participation.js';
import { EMPTY_PLAN } from '../../domain/casus/plan.js';
import { isReviewOverdue, nextReview } from '../../domain/casus/review.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';

/** What the API returns about a case; dates as yyyy-mm-dd, moments as ISO strings. */

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function caseSummary(c: CaseDossier, now: Date) {
  const next = nextReview(amsterdamDate(c.createdAt), c.nextReviewOn);
  return {
    id: c.id,
    reference: c.reference,
    person: { id: c.personId, name: c.personName },
    phase: c.phase,
    situation: c.situation,
    regisseur: c.regisseurUserId ? { id: c.regisseurUserId, name: c.regisseurName ?? '' } : null,
    openedAt: c.createdAt.toISOString(),
    nextReviewOn: next,
    reviewOverdue: isReviewOverdue(next, amsterdamDate(now), c.phase === 'afgesloten'),
    version: c.version,
  };
}

export function participantView(p: ParticipantRecord, now: Date) {
  return {
    id: p.id,
    organisation: { id: p.organisationId, name: p.organisationName },
    user: p.userId ? { id: p.userId, name: p.userName ?? '' } : null,
    role: p.role,
    joinedAt: p.joinedAt.toISOString(),
    leftAt: iso(p.leftAt),
    leftReason: p.leftReason,
    active: isActiveParticipation(p, now),
  };
}

export function eventView(e: CaseEvent) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    by: e.actorName,
    organisation: e.actorOrganisationName,
    kind: e.kind,
    from: e.fromValue,
    to: e.toValue,
    reason: e.reason,
    occurredOn: e.occurredOn,
  };
}

export function caseDetail(
  c: CaseDossier,
  access: Exclude<CaseAccess, 'none'>,
  participants: readonly ParticipantRecord[],
  events: readonly CaseEvent[],
  now: Date,
  openChecklistItems: number,
) {
  return {
    ...caseSummary(c, now),
    access,
    situationSince: c.situationSince,
    departedOn: c.departedOn,
    returnedOn: c.returnedOn,
    deceasedOn: c.deceasedOn,
    closedAt: iso(c.closedAt),
    closureReason: c.closureReason,
    closureNote: c.closureNote,
    participants: participants.map((p) => participantView(p, now)),
    timeline: events.map(eventView),
    openChecklistItems,
  };
}

export function planView(p: PlanRecord | null) {
  const plan = p ?? { ...EMPTY_PLAN, updatedAt: null, updatedByName: null, version: 0 };
  return {
    goals: plan.goals,
    drivers: { ...plan.drivers },
    protectiveFactors: plan.protectiveFactors,
    impactOnSurroundings: plan.impactOnSurroundings,
    updatedAt: iso(plan.updatedAt),
    updatedBy: plan.updatedByName,
    version: plan.version,
  };
}

export function measureView(m: MeasureRecord, actor: Actor, access: CaseAccess) {
  return {
    id: m.id,
    catalogueId: m.catalogueId,
    track: m.track,
    title: m.title,
    owner: {
      organisation: { id: m.ownerOrganisationId, name: m.ownerOrganisationName },
      user: m.ownerUserId ? { id: m.ownerUserId, name: m.ownerUserName ?? '' } : null,
    },
    legalBasis: m.legalBasis,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    status: m.status,
    evaluation: { result: m.evaluationResult, whatWorked: m.evaluationWhatWorked },
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    mayEdit: mayEditMeasure(access, actor, m.ownerOrganisationId),
    version: m.version,
  };
}

export function checklistView(l: ChecklistRecord, now: Date) {
  const template = CHECKLISTS.find((t) => t.kind === l.kind);
  const today = amsterdamDate(now);
  return {
    id: l.id,
    kind: l.kind,
    label: { nl: template?.nl ?? l.kind, en: template?.en ?? l.kind },
    createdAt: l.createdAt.toISOString(),
    items: l.items.map((i) => {
      const t = template?.items.find((x) => x.code === i.code);
      return {
        id: i.id,
        code: i.code,
        // The stored text keeps a checklist as it was created; older items fall back to the factsheet.
        label: i.text ?? { nl: t?.nl ?? i.code, en: t?.en ?? i.code },
        dueOn: i.dueOn,
        overdue: isItemOverdue(i.status, i.dueOn, today),
        status: i.status,
        note: i.note,
        required: i.required,
        reason: i.reason,
        by: i.doneByName,
        at: iso(i.doneAt),
        version: i.version,
      };
    }),
  };
}
