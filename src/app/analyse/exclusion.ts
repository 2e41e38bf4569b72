import type { ExclusionState } from '../../contract/analyse.js';
import type { Database } from '../../db/database.js';
import { insertEvent } from '../../db/meldingen.js';
import { readExclusion, updateExclusion } from '../../db/statistics-exclusion.js';
import type { Actor } from '../../domain/access/roles.js';
import type { StatisticsExclusion } from '../../domain/analyse/catalogue.js';
import type { FieldIssue } from '../../domain/melding/types.js';
import { auditCase, loadForRegie } from '../casus/load.js';
import { recordEvent } from '../casus/versioned-change.js';
import { type AuditFn, invalid, type Result } from '../melding/results.js';
import { actorRef, auditSignalChange, loadForWork, StaleVersion, versioned } from '../melding/signal-work.js';
import {
  type Result as CaseResult,
  type Ctx,
  invalid as caseInvalid,
  inTx,
  Stale,
} from '../overleg/results.js';

/**
 * Leaving a signal or a case out of the figures of the phenomenon analysis ("niet voor statistiek"): a test, a
 * duplicate, or not for the figures, always with a reason; clearing it puts the record back. Every change is a
 * step in the record's own history (signal_event / casus_event 'statistiek') and a write in the access log.
 * A closed signal or case can still be marked: a duplicate is often found only when the figures are checked.
 */
export interface ExclusionInput {
  readonly exclusion: StatisticsExclusion | null;
  readonly reason?: string | null | undefined;
  readonly version: number;
}

/** The reason is required when the record is left out; the message names the field. */
export function checkExclusion(input: ExclusionInput): FieldIssue[] {
  if (input.exclusion !== null && !input.reason?.trim()) {
    return [
      {
        field: 'reason',
        nl: 'Geef de reden waarom dit niet meetelt in de analyse.',
        en: 'Give the reason why this is left out of the analysis.',
      },
    ];
  }
  return [];
}

export async function markSignalStatistics(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  input: ExclusionInput,
  audit: AuditFn,
): Promise<Result<{ version: number; statistics: ExclusionState }>> {
  const errors = checkExclusion(input);
  if (errors.length > 0) return invalid(errors);
  const loaded = await loadForWork(db, actor, id, input.version);
  if (!loaded.ok) return loaded;
  const before = await readExclusion(db, 'signal', id);
  const reason = input.reason?.trim() || null;
  const done = await versioned(() =>
    db.tx(async (q) => {
      const ok = await updateExclusion(q, 'signal', id, input.version, {
        exclusion: input.exclusion,
        reason,
        by: actor.userId,
        at: now,
      });
      if (!ok) throw new StaleVersion();
      await insertEvent(q, {
        signalId: id,
        at: now,
        actor: actorRef(actor),
        kind: 'statistiek',
        data: { from: before.exclusion, to: input.exclusion },
        note: reason,
      });
      await auditSignalChange(q, audit, {
        action: 'update',
        objectType: 'signal',
        objectId: id,
        signalId: id,
      });
    }),
  );
  if (!done.ok) return done;
  return { ok: true, version: input.version + 1, statistics: await readExclusion(db, 'signal', id) };
}

export async function markCaseStatistics(
  ctx: Ctx,
  id: string,
  input: ExclusionInput,
): Promise<CaseResult<{ version: number; statistics: ExclusionState }>> {
  const errors = checkExclusion(input);
  if (errors.length > 0) return caseInvalid(errors);
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const before = await readExclusion(ctx.db, 'casus', id);
  const reason = input.reason?.trim() || null;
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateExclusion(q, 'casus', id, input.version, {
        exclusion: input.exclusion,
        reason,
        by: ctx.actor.userId,
        at: ctx.now,
      });
      if (!ok) throw new Stale();
      await recordEvent(ctx, q, id, {
        kind: 'statistiek',
        from: before.exclusion,
        to: input.exclusion,
        reason,
      });
      await auditCase(ctx, q, c, 'update');
      return true;
    },
    async () => ({ statistics: await readExclusion(ctx.db, 'casus', id) }),
  );
  if (!done.ok) return done;
  return {
    ok: true,
    version: input.version + 1,
    statistics: await readExclusion(ctx.db, 'casus', id),
  };
}
