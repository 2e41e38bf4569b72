import { listOpenCasussen } from '../../db/casussen.js';
import { listSignalCandidates } from '../../db/overleggen/candidates.js';
import { isClosed } from '../../domain/overleg/access.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import { loadManaged } from './change-meeting.js';
import { type Ctx, fieldError, type Result } from './results.js';

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
 * ambtsberichten only for the aandachtsfunctionaris (as in the meldpunt). One page by keyset cursor (signals
 * oldest first, cases by reference), one access-log entry per page naming the candidates shown.
 */
export async function agendaCandidates(
  ctx: Ctx,
  meetingId: string,
  query: { readonly cursor?: string | undefined; readonly limit?: number | undefined } = {},
): Promise<Result<{ candidates: CandidateView[]; nextCursor: string | null }>> {
  const loaded = await loadManaged(ctx, meetingId);
  if (!loaded.ok) return loaded;
  const { meeting, items, facts } = loaded.scope;
  const limit = query.limit ?? CANDIDATES_PAGE;
  const cases = meeting.type === 'casusoverleg';
  const after = query.cursor ? decodeCursor(query.cursor, ['after', 'id']) : undefined;
  const validAfter = (v: string) => (cases ? REFERENCE.test(v) : INSTANT.test(v));
  if (after === null || (after && !validAfter(after.after))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  if (isClosed(facts)) return { ok: true, candidates: [], nextCursor: null };
  const placed = new Set(items.flatMap((i) => [i.signalId, i.casusId]).filter((x) => x !== null));
  let candidates: CandidateView[];
  let more = false;
  let last: { after: string; id: string } | undefined;
  if (cases) {
    const rows = await listOpenCasussen(ctx.db, meeting.tenantId, {
      afterReference: after?.after,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    more = rows.length > limit;
    const end = page.at(-1);
    last = end ? { after: end.reference, id: end.id } : undefined;
    candidates = page.map((c) => ({
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
    const rows = await listSignalCandidates(ctx.db, {
      tenantId: meeting.tenantId,
      kinds: triage ? ['melding', 'adviesvraag'] : ['melding'],
      statuses: triage ? ['in_behandeling', 'meer_informatie_nodig'] : ['besloten'],
      outcome: triage ? null : 'zorgen_radicalisering',
      includeRestricted: ctx.actor.role === 'aandachtsfunctionaris',
      after: after ? { at: after.after, id: after.id } : undefined,
      limit: limit + 1,
    });
    const signals = rows.slice(0, limit);
    more = rows.length > limit;
    const end = signals.at(-1);
    last = end ? { after: end.keyset, id: end.id } : undefined;
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
  // What is on the agenda already is left out of the page (the cursor still follows the last row read).
  const out = candidates.filter((c) => !placed.has(c.id));
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'overleg_kandidaten',
    objectId: out.map((c) => c.id).join(',') || null,
  });
  return { ok: true, candidates: out, nextCursor: more && last ? encodeCursor(last) : null };
}

/** How many candidates a page shows unless asked otherwise. */
export const CANDIDATES_PAGE = 25;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const REFERENCE = /^C-\d{4}-\d{4,6}$/;
