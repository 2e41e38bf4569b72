import type { Database } from '../../db/database.js';
import {
  type LegalBasisRecord,
  listLegalBases,
  partnerWindowDays,
  savePartnerWindowDays,
} from '../../db/overleggen/settings.js';
import { type Ctx, conflict, type Result } from './results.js';

/** The tenant's need-to-know window for invited partners (days after the minutes are final). */
export async function readMeetingSettings(db: Database, tenantId: string) {
  const s = await partnerWindowDays(db, tenantId);
  return { partnerWindowDays: s.days, version: s.version };
}

export async function saveMeetingSettings(
  ctx: Ctx,
  input: { partnerWindowDays: number; version: number },
): Promise<Result<object>> {
  const saved = await ctx.db.tx(async (q) => {
    if (!(await savePartnerWindowDays(q, ctx.actor.tenantId, input.version, input.partnerWindowDays)))
      return false;
    await ctx.audit(q, {
      action: 'update',
      objectType: 'overleg_instellingen',
      objectId: ctx.actor.tenantId,
    });
    return true;
  });
  return saved ? { ok: true } : conflict(await readMeetingSettings(ctx.db, ctx.actor.tenantId));
}

export function legalBases(db: Database, tenantId: string): Promise<LegalBasisRecord[]> {
  return listLegalBases(db, tenantId);
}
