import type { FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { AuditFn, Failure } from '../../app/melding/results.js';
import type { PersonSchema, SignalDetail, WorklistItem } from '../../contract/meldingen.js';
import type { Database } from '../../db/database.js';
import { findSignal, type SignalRecord, type WorklistRow } from '../../db/meldingen.js';
import type { PersonRecord } from '../../db/personen.js';
import type { Actor } from '../../domain/access/roles.js';
import { mayWorkOnSignal, type SignalView, signalViewFor } from '../../domain/melding/access.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { type DeadlineView, deadlineView } from '../../domain/melding/deadlines.js';
import { STATUS_LABELS } from '../../domain/melding/labels.js';
import { allowedNext, publicStatus } from '../../domain/melding/status.js';
import { isOneOf, STATUSES } from '../../domain/melding/types.js';
import { commonProblem, HttpProblem, problems } from '../problem.js';
import { audit } from '../request-context.js';

/** Response shapes are built here, apart from the database rows, so the API stays stable. */

type Deadlines = NonNullable<Static<typeof SignalDetail>['deadlines']>;

function presentDeadlines(d: DeadlineView): Deadlines {
  const one = (x: DeadlineView['acknowledge']) => ({
    dueOn: x.dueOn,
    metAt: x.metAt?.toISOString() ?? null,
    overdue: x.overdue,
  });
  return {
    acknowledge: one(d.acknowledge),
    triage: one(d.triage),
    moreInformation: d.moreInformation ? one(d.moreInformation) : null,
    overdue: d.overdue,
  };
}

export function presentSignal(
  s: SignalRecord,
  view: SignalView,
  actor: Actor,
  now: Date,
): Static<typeof SignalDetail> {
  const full = view === 'full';
  const mayWork = full && mayWorkOnSignal(actor, s);
  return {
    id: s.id,
    view,
    reference: s.reference,
    kind: s.kind,
    intake: s.intake,
    channel: s.channel,
    receivedAt: s.receivedAt.toISOString(),
    restricted: s.restricted,
    status: full ? s.status : null,
    publicStatus: publicStatus(s.status),
    statusChangedAt: s.statusChangedAt.toISOString(),
    allowedTransitions: mayWork ? [...allowedNext(s.status)] : [],
    mayWork,
    category:
      full && s.category
        ? { id: s.category.id, labelNl: s.category.labelNl, labelEn: s.category.labelEn }
        : null,
    deadlines: full ? presentDeadlines(deadlineView(s, amsterdamDate(now))) : null,
    decisionOutcome: full ? s.decisionOutcome : null,
    closeReason: full ? s.closeReason : null,
    reporter: s.reporter,
    submittedByOrganisation: s.submittedByOrganisationName,
    question: s.question,
    observations: s.observations,
    assumptions: full ? s.assumptions : s.assumptions.map((a) => ({ ...a, state: 'open' as const })),
    contraIndications: s.contraIndications,
    persons: s.subjects.map((p) => ({
      id: p.id,
      name: p.name,
      age: p.age,
      birthDate: p.birthDate,
      neighbourhood: p.neighbourhood,
      address: p.address,
      schoolOrWork: p.schoolOrWork,
      relation: p.relation,
      relationDetail: p.relationDetail,
      link:
        full && p.personId
          ? {
              personId: p.personId,
              personName: p.personName ?? '',
              linkedByName: p.linkedByName,
              linkedAt: p.linkedAt?.toISOString() ?? null,
            }
          : null,
    })),
    sharingSteps: s.sharingSteps,
    annotations: full ? s.annotations.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })) : [],
    feedback: s.feedback.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    attachments: s.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    history: full
      ? s.events.map((e) => ({
          at: e.at.toISOString(),
          actorName: e.actorName,
          actorRole: e.actorRole,
          kind: e.kind,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          data: e.data,
          note: e.note,
        }))
      : [],
    statistics: full ? s.statistics : { exclusion: null, reason: null, byName: null, at: null },
    version: s.version,
  };
}

export function presentWorklistItem(
  r: WorklistRow,
  actor: Actor,
  today: string,
): Static<typeof WorklistItem> {
  const full = signalViewFor(actor, r) === 'full';
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    intake: r.intake,
    channel: r.channel,
    receivedAt: r.receivedAt.toISOString(),
    restricted: r.restricted,
    reporterKind: r.reporterKind,
    status: full ? r.status : null,
    publicStatus: publicStatus(r.status),
    statusChangedAt: r.statusChangedAt.toISOString(),
    category: full ? r.category : null,
    summary: r.summary,
    subjectCount: r.subjectCount,
    attachmentCount: r.attachmentCount,
    deadlines: full ? presentDeadlines(deadlineView(r, today)) : null,
    version: r.version,
  };
}

/** What is recorded about a person, as every answer that shows a person record names it. */
export function personFacts(p: PersonRecord) {
  return {
    id: p.id,
    displayName: p.displayName,
    birthDate: p.birthDate,
    neighbourhood: p.neighbourhood,
    address: p.address,
    schoolOrWork: p.schoolOrWork,
  };
}

export function presentPerson(p: PersonRecord): Static<typeof PersonSchema> {
  return { ...personFacts(p), createdAt: p.createdAt.toISOString(), version: p.version };
}

const statusName = (s: string) => (isOneOf(STATUSES, s) ? STATUS_LABELS[s] : { nl: s, en: s });

/**
 * Turns a use case's refusal into the problem response. A conflict carries the current version of the
 * signal (as this user may see it), so the screen can show what changed.
 */
export async function failure(
  f: Failure,
  ctx: { db: Database; actor: Actor | null; now: Date; signalId?: string },
): Promise<HttpProblem> {
  switch (f.kind) {
    case 'not_found':
    case 'forbidden':
    case 'invalid':
      return commonProblem(f);
    case 'not_allowed': {
      const from = statusName(f.from);
      const to = statusName(f.to);
      return new HttpProblem(
        409,
        'transition_not_allowed',
        `Van "${from.nl}" naar "${to.nl}" is geen toegestane stap.`,
        `Going from "${from.en}" to "${to.en}" is not an allowed step.`,
        [
          {
            field: 'to',
            nl: `Toegestaan vanuit "${from.nl}": ${f.allowed.map((s) => STATUS_LABELS[s].nl).join(', ') || 'geen (afgesloten)'}.`,
            en: `Allowed from "${from.en}": ${f.allowed.map((s) => STATUS_LABELS[s].en).join(', ') || 'none (closed)'}.`,
          },
        ],
        { allowed: f.allowed },
      );
    }
    case 'conflict': {
      const actor = ctx.actor;
      const current = ctx.signalId && actor ? await findSignal(ctx.db, ctx.signalId) : null;
      const view = current && actor ? signalViewFor(actor, current) : null;
      return problems.conflict(
        current && view && actor ? presentSignal(current, view, actor, ctx.now) : null,
      );
    }
  }
}

/** The access-log writer handed to a use case, with who and from where filled in by the request. */
export function auditFor(request: FastifyRequest, clock: () => Date): AuditFn {
  return (q, e) =>
    audit(q, clock(), request, {
      action: e.action,
      objectType: e.objectType,
      objectId: e.objectId,
      personId: e.personId ?? null,
      purpose: e.purpose ?? 'meldpunt',
      result: e.result ?? 'ok',
      ...(e.tenantId ? { tenantId: e.tenantId } : {}),
      ...(e.onBehalfOf ? { onBehalfOf: e.onBehalfOf } : {}),
    });
}
