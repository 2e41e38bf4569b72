import type { CountMark, CoverageFigure, CoverageReport } from '../../contract/deskundigheid-coverage.js';
import type { Queryable } from '../../db/database.js';
import { type CoverageData, coverageData } from '../../db/deskundigheid-coverage.js';
import type { Actor } from '../../domain/access/roles.js';
import { percentage } from '../../domain/analyse/derived.js';
import type { CellMark } from '../../domain/analyse/disclosure.js';
import { periodContaining, previousPeriod } from '../../domain/analyse/periods.js';
import { cellId } from '../../domain/analyse/table-model.js';
import {
  coverageCellId,
  coverageModel,
  type GroupTally,
  participantsBySector,
  sectorModel,
  tallyCoverage,
} from '../../domain/deskundigheid/coverage.js';
import { addDays, amsterdamDate } from '../../domain/melding/calendar.js';
import { PARTNER_DOMAINS } from '../../domain/netwerk/partners.js';
import { protectOffThread } from '../analyse/protection.js';
import { analysisScope } from '../analyse/reports.js';
import type { ExternalFigure } from '../evaluatie/goals.js';
import type { Result } from '../overleg/results.js';

/**
 * The coverage of the curriculum, for the dashboard and for any module that needs the figure (the policy goals'
 * indicator `getrainde_professionals`, the self-assessment): `trainingCoverage` and `trainedProfessionals`.
 * Counted by src/domain/deskundigheid/coverage.ts and protected by the analysis's disclosure control with the
 * municipality's threshold k (`protectReport`, on the protection's worker); a share only from published
 * counts. Aggregates only: no person is named, so nothing is written to the access log per person.
 */

export interface CoverageDeps {
  readonly db: Queryable;
  readonly now: Date;
}

/** Whose figures: a signed-in actor, or anything naming the municipality (a background job, another module). */
export type CoverageWho = Pick<Actor, 'tenantId'>;

/** The most solver steps one coverage report may take to protect; past it nothing is published. */
const PROTECTION_STEPS = 3_000;
/** The quarters shown over time (the running one included). */
export const COVERAGE_QUARTERS = 8;

const OWN_SECTOR = 'gemeentelijke_organisatie';
const OTHER_SECTOR = 'overig';
const SECTOR_LABELS: Record<string, { nl: string; en: string }> = {
  ...PARTNER_DOMAINS,
  [OTHER_SECTOR]: { nl: 'Overig', en: 'Other' },
};

/** The earlier of two ISO days. */
const earlier = (a: string, b: string): string => (a.localeCompare(b) < 0 ? a : b);

function countJson(m: CellMark | undefined): CountMark {
  return m && 'published' in m ? { value: m.published } : { suppressed: true };
}

function figureOf(marks: ReadonlyMap<string, CellMark>, trainedId: string, allId: string, k: number) {
  const trained = marks.get(trainedId) ?? { suppressed: 'secondary' as const };
  const all = marks.get(allId) ?? { suppressed: 'secondary' as const };
  const share = percentage(trained, all, k);
  return {
    trained: countJson(trained),
    people: countJson(all),
    share: 'suppressed' in share ? { suppressed: share.suppressed } : { value: share.published },
  } satisfies CoverageFigure;
}

/** A day's tallies by unit, protected: the dashboard and its quarters read the same model. */
async function protectedTallies(tallies: readonly GroupTally[], k: number) {
  return protectOffThread(coverageModel(tallies), k, new Set(), PROTECTION_STEPS);
}

/** A day's groups and the totals over all of them, protected: the overall figure. */
async function protectedOverall(tallies: readonly GroupTally[], k: number) {
  return protectOffThread(
    coverageModel(tallies, { units: false, overall: true }),
    k,
    new Set(),
    PROTECTION_STEPS,
  );
}

async function kOf(db: Queryable, who: CoverageWho): Promise<number | null> {
  const scoped = await analysisScope(db, who);
  return scoped.ok ? scoped.scope.k : null;
}

function inputOf(data: CoverageData, tenantId: string) {
  return {
    ownOrganisationId: tenantId,
    groups: data.groups,
    persons: data.persons,
    sizes: data.sizes,
    counts: data.counts,
  };
}

/**
 * The dashboard's figures on `asOf` (default today; never after today): per target group and unit, the last
 * quarters, and the participants by sector in the year up to the day.
 */
export async function trainingCoverage(
  deps: CoverageDeps,
  who: CoverageWho,
  opts: { asOf?: string } = {},
): Promise<Result<{ report: CoverageReport }>> {
  const today = amsterdamDate(deps.now);
  const day = opts.asOf && opts.asOf < today ? opts.asOf : today;
  const k = await kOf(deps.db, who);
  if (k === null) return { ok: false, kind: 'forbidden' };
  const data = await coverageData(deps.db, who.tenantId);
  const input = inputOf(data, who.tenantId);
  const tallies = tallyCoverage(input, day);
  const main = await protectedTallies(tallies, k);
  const marks = main.marks;
  const orgName = (id: string) => data.organisations.get(id)?.name ?? '';

  const groups = tallies.map((g) => ({
    id: g.group.id,
    name: g.group.name,
    side: g.group.side,
    requiredLevel: g.group.requiredLevel,
    figure: figureOf(
      marks,
      coverageCellId(g.group.id, null, 'ja'),
      coverageCellId(g.group.id, null, null),
      k,
    ),
    units: g.units.map((u, i) => ({
      kind: u.unit.kind,
      name: u.unit.kind === 'afdeling' ? u.unit.key : orgName(u.unit.key),
      figure: figureOf(marks, coverageCellId(g.group.id, i, 'ja'), coverageCellId(g.group.id, i, null), k),
    })),
  }));

  // Over time: each quarter's last day (the running quarter: the day itself, read from the report above, so
  // one day never has two protections). Each quarter is its own snapshot, protected on its own.
  const quarters: Array<{ id: string; label: { nl: string; en: string }; day: string }> = [];
  for (
    let p = periodContaining('kwartaal', day);
    quarters.length < COVERAGE_QUARTERS;
    p = previousPeriod(p)
  ) {
    const last = addDays(p.end, -1);
    quarters.unshift({ id: p.id, label: p.label, day: earlier(last, day) });
  }
  const trendGroups = tallies.map((g) => ({
    id: g.group.id,
    name: g.group.name,
    figures: [] as CoverageFigure[],
  }));
  for (const q of quarters) {
    const qMarks = q.day === day ? marks : (await protectedTallies(tallyCoverage(input, q.day), k)).marks;
    for (const [i, g] of tallies.entries()) {
      trendGroups[i]?.figures.push(
        figureOf(qMarks, coverageCellId(g.group.id, null, 'ja'), coverageCellId(g.group.id, null, null), k),
      );
    }
  }

  // Participants by sector, in the year up to the day (as the seed 000 webinar asked its participants).
  const from = addDays(day, -365);
  const to = addDays(day, 1);
  const sectorOf = (organisationId: string) => {
    const o = data.organisations.get(organisationId);
    if (!o) return OTHER_SECTOR;
    if (o.own) return OWN_SECTOR;
    return o.domain && o.domain in PARTNER_DOMAINS ? o.domain : OTHER_SECTOR;
  };
  const sectorCounts = participantsBySector(data.participations, sectorOf, from, to);
  const sectors = [...Object.keys(PARTNER_DOMAINS), OTHER_SECTOR].filter((s) => sectorCounts.has(s));
  const sectorMarks =
    sectors.length > 0
      ? (await protectOffThread(sectorModel(sectorCounts, sectors), k, new Set(), PROTECTION_STEPS)).marks
      : new Map<string, CellMark>([['*', { published: 0 }]]);

  return {
    ok: true,
    report: {
      day,
      k,
      exhausted: main.rules.exhausted === true,
      total: figureOf(
        (await protectedOverall(tallies, k)).marks,
        coverageCellId(null, null, 'ja'),
        coverageCellId(null, null, null),
        k,
      ),
      groups,
      trend: { quarters, groups: trendGroups },
      sectors: {
        from,
        to,
        rows: sectors.map((s) => ({
          sector: s,
          label: SECTOR_LABELS[s] ?? { nl: s, en: s },
          participants: countJson(sectorMarks.get(cellId({ sector: s }))),
        })),
        total: countJson(sectorMarks.get('*')),
      },
    },
  };
}

/**
 * The professionals of all target groups who meet their requirement on `asOf`, protected in the model of the
 * groups and their overall totals (the dashboard's "all target groups"): a count, suppressed, or null when the
 * municipality has no curriculum or its figures cannot be read (a partner organisation).
 */
export async function trainedProfessionals(
  deps: CoverageDeps,
  who: CoverageWho,
  opts: { asOf: string },
): Promise<CountMark | null> {
  const k = await kOf(deps.db, who);
  if (k === null) return null;
  const data = await coverageData(deps.db, who.tenantId);
  if (data.groups.length === 0) return null;
  const tallies = tallyCoverage(inputOf(data, who.tenantId), opts.asOf);
  const report = await protectedOverall(tallies, k);
  return countJson(report.marks.get(coverageCellId(null, null, 'ja')));
}

/**
 * The policy goals' hook (src/app/evaluatie/goals.ts, `ExternalFigure`): the indicator
 * `getrainde_professionals` of a quarter is the trained professionals on its last day (or today).
 */
export function trainingGoalFigure(deps: CoverageDeps): ExternalFigure {
  return async (key, period, scope) => {
    if (key !== 'getrainde_professionals' || scope.kind !== 'gemeente') return null;
    const today = amsterdamDate(deps.now);
    const last = addDays(period.end, -1);
    const mark = await trainedProfessionals(deps, { tenantId: scope.id }, { asOf: earlier(last, today) });
    if (mark === null) return null;
    return 'value' in mark ? mark.value : { suppressed: true };
  };
}
