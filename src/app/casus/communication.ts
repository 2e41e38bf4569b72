import {
  type BriefingRecord,
  findSpokesline,
  insertBriefing,
  listBriefings,
  type SpokeslineRecord,
  saveSpokesline,
} from '../../db/casus-communication.js';
import { loadIdentifierFacts } from '../../db/casus-identifiers.js';
import type { Queryable } from '../../db/database.js';
import {
  briefingDecision,
  type Spokesperson,
  validateBriefing,
  validateSpokesline,
} from '../../domain/casus/communication.js';
import {
  collectIdentifiers,
  type Finding,
  findIdentifiers,
  IDENTIFIER_LABELS,
  type KnownIdentifier,
} from '../../domain/casus/identifiers.js';
import { maySeeCouncilBriefings } from '../../domain/casus/summary.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { type Ctx, invalid, type Result } from '../overleg/results.js';
import { auditCase, loadCase, loadForRegie } from './load.js';
import { caseForChange, changeCasePart, savedAfter } from './versioned-change.js';

/** Communication about a case: the woordvoeringslijn and the log of council briefings (raadsinformatie). */

export function spokeslineView(s: SpokeslineRecord | null) {
  return s
    ? {
        spokesperson: s.spokesperson,
        lines: s.lines,
        agreedOn: s.agreedOn,
        updatedAt: s.updatedAt.toISOString(),
        updatedBy: s.updatedByName,
        version: s.version,
      }
    : null;
}

export function briefingView(b: BriefingRecord) {
  return {
    id: b.id,
    briefedOn: b.briefedOn,
    text: b.text,
    confirmedFindings: [...b.confirmedFindings],
    createdAt: b.createdAt.toISOString(),
    createdBy: b.createdByName,
  };
}

export function findingView(f: Finding) {
  return { ...f, label: IDENTIFIER_LABELS[f.kind] };
}

/** The known identifiers of a case (src/domain/casus/identifiers.ts), for any text meant to be anonymised. */
export async function caseIdentifiers(q: Queryable, casusId: string): Promise<KnownIdentifier[]> {
  const facts = await loadIdentifierFacts(q, casusId);
  return facts ? collectIdentifiers(facts) : [];
}

export async function readCommunication(ctx: Ctx, id: string) {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  await auditCase(ctx, ctx.db, c, 'read');
  const council = maySeeCouncilBriefings(c.access);
  const [spokesline, briefings] = await Promise.all([
    findSpokesline(ctx.db, id),
    council ? listBriefings(ctx.db, id) : Promise.resolve([]),
  ]);
  const editable = c.access === 'regie' && c.dossier.phase !== 'afgesloten';
  return {
    ok: true as const,
    communication: {
      spokesline: spokeslineView(spokesline),
      // Null for who may not see them (partners): the briefings are the municipality's own.
      briefings: council ? briefings.map(briefingView) : null,
      mayEdit: editable,
    },
  };
}

export async function changeSpokesline(
  ctx: Ctx,
  id: string,
  input: { version: number; spokesperson: Spokesperson; lines: string; agreedOn: string },
): Promise<Result<{ version: number }>> {
  const c = await caseForChange(ctx, id, 'woordvoering');
  if (!c.ok) return c;
  const s = { spokesperson: input.spokesperson, lines: input.lines.trim(), agreedOn: input.agreedOn };
  const errors = validateSpokesline(s, amsterdamDate(ctx.now));
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'update',
    write: (q) => saveSpokesline(q, id, input.version, s, ctx.now, ctx.actor.userId),
    event: () => ({ kind: 'woordvoeringslijn', to: s.spokesperson, occurredOn: s.agreedOn }),
    current: async () => spokeslineView(await findSpokesline(ctx.db, id)),
  });
  return savedAfter(input.version, done);
}

/** Checks a text against the case's known identifiers without saving anything. */
export async function checkBriefingText(ctx: Ctx, id: string, text: string) {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const findings = findIdentifiers(text, await caseIdentifiers(ctx.db, id));
  await auditCase(ctx, ctx.db, c, 'read');
  return { ok: true as const, findings: findings.map(findingView) };
}

export type BriefingOutcome =
  | { readonly ok: true; readonly saved: true; readonly id: string }
  | { readonly ok: true; readonly saved: false; readonly findings: ReturnType<typeof findingView>[] };

/**
 * Saves a council briefing. When the text contains an identifier known in the case, nothing is saved
 * unless the author confirmed after seeing the findings; the kinds confirmed are kept with the briefing.
 */
export async function addBriefing(
  ctx: Ctx,
  id: string,
  input: { briefedOn: string; text: string; confirmed: boolean },
): Promise<Result<never> | BriefingOutcome> {
  const c = await caseForChange(ctx, id, 'raadsinformatie');
  if (!c.ok) return c;
  const b = { briefedOn: input.briefedOn, text: input.text.trim() };
  const errors = validateBriefing(b);
  if (errors.length > 0) return invalid(errors);
  const findings = findIdentifiers(b.text, await caseIdentifiers(ctx.db, id));
  const decision = briefingDecision(findings, input.confirmed);
  if (!decision.save) {
    await auditCase(ctx, ctx.db, c, 'read');
    return { ok: true, saved: false, findings: findings.map(findingView) };
  }
  const done = await changeCasePart(ctx, c, {
    action: 'create',
    write: (q) =>
      insertBriefing(q, id, { ...b, confirmedFindings: decision.confirmedKinds }, ctx.now, ctx.actor.userId),
    event: (bid) => ({
      kind: 'raadsinformatie',
      occurredOn: b.briefedOn,
      reason: decision.confirmedKinds.length > 0 ? `bevestigd: ${decision.confirmedKinds.join(', ')}` : null,
      subjectId: bid,
    }),
  });
  return done.ok ? { ok: true, saved: true, id: done.value } : done;
}
