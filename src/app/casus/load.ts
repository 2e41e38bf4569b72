import {
  type CaseDossier,
  findDossier,
  listParticipants,
  type ParticipantRecord,
} from '../../db/casus-dossier.js';
import type { Queryable } from '../../db/database.js';
import { emergencyGrantsFor } from '../../db/privacy-break-glass.js';
import { type CaseAccess, caseAccess } from '../../domain/casus/participation.js';
import { type AuditEntry, type Ctx, type Failure, forbidden, logDenied } from '../overleg/results.js';

/** A case as one actor may see it right now. */
export interface LoadedCase {
  readonly ok: true;
  readonly dossier: CaseDossier;
  readonly participants: readonly ParticipantRecord[];
  readonly access: Exclude<CaseAccess, 'none'>;
  /** Seen only through break-the-glass: every access is logged with purpose 'noodtoegang'. */
  readonly emergency: boolean;
}

/**
 * The case when the actor may see it at this moment (need to know, decided on every request: a partner
 * that left is refused on its very next request). A refusal is logged and answered as "not found".
 */
export async function loadCase(ctx: Ctx, id: string): Promise<LoadedCase | Failure> {
  const dossier = await findDossier(ctx.db, id);
  if (!dossier) return logDenied(ctx, 'casus', id);
  const participants = await listParticipants(ctx.db, [id]);
  const ordinary = caseAccess(ctx.actor, dossier, participants, ctx.now);
  if (ordinary !== 'none') return { ok: true, dossier, participants, access: ordinary, emergency: false };
  const grants = await emergencyGrantsFor(ctx.db, id, ctx.actor.userId);
  const access = caseAccess(ctx.actor, dossier, participants, ctx.now, grants);
  if (access === 'none') return logDenied(ctx, 'casus', id);
  return { ok: true, dossier, participants, access, emergency: true };
}

/** The case for a change only the regie may make: others who may see it get 403. */
export async function loadForRegie(ctx: Ctx, id: string): Promise<LoadedCase | Failure> {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  return c.access === 'regie' ? c : forbidden;
}

/** Every read and write of a case is logged with the person it is about. */
export function auditCase(
  ctx: Ctx,
  q: Queryable,
  c: LoadedCase,
  action: AuditEntry['action'],
): Promise<void> {
  return ctx.audit(q, {
    action,
    objectType: 'casus',
    objectId: c.dossier.id,
    personId: c.dossier.personId,
    ...(c.emergency ? { purpose: 'noodtoegang' } : {}),
  });
}
