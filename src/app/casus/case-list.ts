import type { CaseListQuery, CasePage } from '../../contract/casussen.js';
import { type CaseListRow, listCasePage } from '../../db/casus-list.js';
import { type CaseListSort, caseListScope, mayFindCasesByName } from '../../domain/casus/case-list.js';
import { amsterdamDate, isValidDate } from '../../domain/melding/calendar.js';
import { normalizeName } from '../../domain/melding/names.js';
import { referenceSearch } from '../../domain/melding/reference.js';
import { type Ctx, fieldError, type Result } from '../overleg/results.js';
import { caseSummary } from './views.js';

/**
 * The case list: one page of the cases the actor may see now, filtered and ordered in the database (need to
 * know included: src/domain/casus/case-list.ts), read by keyset cursor. One access-log entry per page names
 * every case shown.
 */
export async function listCases(ctx: Ctx, query: CaseListQuery): Promise<Result<CasePage>> {
  const sort: CaseListSort = query.sort ?? 'evaluatie';
  const limit = query.limit ?? 25;
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, sort);
  if (after === null) return badCursor();
  const text = query.q?.trim() || undefined;
  // "C-2026-0001", "2026-1" or "0001" is a case number; other words are a name, for who may search names.
  const reference = text ? (referenceSearch(text, 'C') ?? undefined) : undefined;
  const byName = text !== undefined && reference === undefined;
  if (byName && !mayFindCasesByName(ctx.actor)) {
    return fieldError(
      'q',
      'Zoek op casusnummer, bijvoorbeeld C-2026-0001 of 0001.',
      'Search by case number, for example C-2026-0001 or 0001.',
    );
  }
  const scope = caseListScope(ctx.actor);
  const rows: CaseListRow[] = scope
    ? await listCasePage(ctx.db, {
        scope,
        now: ctx.now,
        today: amsterdamDate(ctx.now),
        phases: query.phase,
        situation: query.situation,
        regisseurUserId: query.regisseurId,
        reviewOverdue: query.reviewOverdue,
        organisationId: query.organisationId,
        reference,
        name: byName && text ? normalizeName(text) : undefined,
        sort,
        after,
        limit: limit + 1,
      })
    : [];
  const page = rows.slice(0, limit);
  // One entry per page, naming every case shown (as the worklist does for signals).
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'casus_list',
    objectId: page.map((c) => c.id).join(',') || null,
  });
  const last = page.at(-1);
  return {
    ok: true,
    items: page.map((c) => caseSummary(c, ctx.now)),
    nextCursor: rows.length > limit && last ? encodeCursor(sort, last.sortValue, last.id) : null,
    exactId: (reference?.exact && page.find((c) => c.reference === reference.exact)?.id) || null,
  };
}

const badCursor = () => fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');

/** Keyset cursor: the sort it belongs to, the last row's sort value and id. */
function encodeCursor(sort: CaseListSort, value: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, value, id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The keyset of a cursor of this sort, or null when it is not one of ours. */
function decodeCursor(cursor: string, sort: CaseListSort): { value: string; id: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sort) return null;
  const [, value, id] = parsed as [unknown, unknown, unknown];
  if (typeof value !== 'string' || typeof id !== 'string' || !UUID.test(id)) return null;
  const valid =
    sort === 'evaluatie' ? isValidDate(value) : INSTANT.test(value) && !Number.isNaN(Date.parse(value));
  return valid ? { value, id } : null;
}
