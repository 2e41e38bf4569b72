import { listOpenCasussen } from '../../db/casussen.js';
import { listSignalCandidates } from '../../db/overleggen/candidates.js';
import { isClosed } from '../../domain/overleg/access.js';
import { loadManaged } from './change-meeting.js';
import type { Ctx, Result } from './results.js';

export interface CandidateView {
  readonly kind: 'signaal' | 'casus';
  /** Of a signal: a melding, or an advice question (discussed on anonymous data, so without persons). */
  readonly signalKind: 'melding' | 'adviesvraag' | null;
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly summary: string | null;
  readonly category: { nl: string; en: string } | null;
  readonly receivedAt: string | null;
  readonly restricted: boolean;
  readonly persons: Array<{ id: string; name: string }>;
}

/**
 * What the organiser may put on this agenda: for triage the signals (meldingen and advice questions) in handling or waiting for more
 * information, for the weegploeg the signals decided (a), for the casusoverleg the open cases. AIVD
 * ambtsberichten only for the aandachtsfunctionaris (as in the meldpunt).
 */
export async function agendaCandidates(
  ctx: Ctx,
  meetingId: string,
): Promise<Result<{ candidates: CandidateView[] }>> {
  const loaded = await loadManaged(ctx, meetingId);
  if (!loaded.ok) return loaded;
  const { meeting, items, facts } = loaded.scope;
  if (isClosed(facts)) return { ok: true, candidates: [] };
  const placed = new Set(items.flatMap((i) => [i.signalId, i.casusId]).filter((x) => x !== null));
  let candidates: CandidateView[];
  if (meeting.type === 'casusoverleg') {
    const cases = await listOpenCasussen(ctx.db, meeting.tenantId);
    candidates = cases.map((c) => ({
      kind: 'casus',
      signalKind: null,
      id: c.id,
      reference: c.reference,
      status: c.phase,
      summary: null,
      category: null,
      receivedAt: null,
      restricted: false,
      persons: [{ id: c.personId, name: c.personName }],
    }));
  } else {
    const triage = meeting.type === 'signaleringsoverleg';
    const signals = await listSignalCandidates(ctx.db, {
      tenantId: meeting.tenantId,
      kinds: triage ? ['melding', 'adviesvraag'] : ['melding'],
      statuses: triage ? ['in_behandeling', 'meer_informatie_nodig'] : ['besloten'],
      outcome: triage ? null : 'zorgen_radicalisering',
      includeRestricted: ctx.actor.role === 'aandachtsfunctionaris',
    });
    candidates = signals.map((s) => ({
      kind: 'signaal',
      signalKind: s.kind,
      id: s.id,
      reference: s.reference,
      status: s.status,
      summary: s.summary,
      category: s.categoryNl && s.categoryEn ? { nl: s.categoryNl, en: s.categoryEn } : null,
      receivedAt: s.receivedAt.toISOString(),
      restricted: s.restricted,
      persons: [...s.persons],
    }));
  }
  const out = candidates.filter((c) => !placed.has(c.id));
  await ctx.audit(ctx.db, { action: 'read', objectType: 'overleg_kandidaten', objectId: meetingId });
  return { ok: true, candidates: out };
}
