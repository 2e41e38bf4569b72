import type { CellMark } from '../analyse/disclosure.js';
import { type Cell, type Constraint, cellId, type ReportModel } from '../analyse/table-model.js';
import type { TargetGroupSide, TrainingLevel } from './curriculum.js';
import { type CompletedTraining, isMet, requirementState } from './validity.js';

/**
 * Coverage of the curriculum (issue 16): per target group, how many of its people meet the requirement (a
 * completed, held training at the required level or deeper, still valid; expiring still counts) and how many
 * there are, by department (own staff) or partner organisation. People are counted by name, and for an
 * organisation that reports counts by its group size and the participants it reported (capped at its size: a
 * count names nobody, so two sessions may hold the same people). Every figure leaves here as a report model for
 * the analysis's disclosure control (`protectReport`): nothing is published that the protection did not pass.
 * Pure: dates are ISO days.
 */

export interface CoverageGroup {
  readonly id: string;
  readonly name: string;
  readonly side: TargetGroupSide;
  readonly requiredLevel: TrainingLevel;
}

export interface CoveragePerson {
  readonly groupId: string;
  readonly organisationId: string;
  readonly department: string;
  readonly activeSince: string;
  readonly leftOn: string | null;
  readonly completed: readonly CompletedTraining[];
}

export interface CoverageGroupSize {
  readonly groupId: string;
  readonly organisationId: string;
  readonly people: number;
}

/** Participants reported as a count for one organisation and target group in one held session. */
export interface CoverageCount extends CompletedTraining {
  readonly groupId: string;
  readonly organisationId: string;
  readonly participants: number;
}

export interface CoverageInput {
  /** The municipality: its people are counted by department, everyone else's by organisation. */
  readonly ownOrganisationId: string;
  readonly groups: readonly CoverageGroup[];
  readonly persons: readonly CoveragePerson[];
  readonly sizes: readonly CoverageGroupSize[];
  readonly counts: readonly CoverageCount[];
}

/** A department of the own organisation, or a partner organisation. */
export interface CoverageUnit {
  readonly kind: 'afdeling' | 'organisatie';
  /** The department's name, or the organisation's id. */
  readonly key: string;
}

export interface UnitTally {
  readonly unit: CoverageUnit;
  readonly people: number;
  readonly met: number;
}

export interface GroupTally {
  readonly group: CoverageGroup;
  readonly units: readonly UnitTally[];
}

/** Whether a person belongs to the target group on `day`. */
export function isActiveOn(p: Pick<CoveragePerson, 'activeSince' | 'leftOn'>, day: string): boolean {
  return p.activeSince <= day && (p.leftOn === null || p.leftOn > day);
}

function countValidOn(c: CompletedTraining, required: TrainingLevel, day: string): boolean {
  if (c.heldOn > day) return false;
  return isMet(requirementState(required, [c], day).status);
}

const unitKey = (u: CoverageUnit) => `${u.kind}:${u.key}`;

/**
 * Per target group and unit on `day`: the people, and how many of them meet the requirement. Units are in a
 * fixed order (departments by name, then organisations by id), so the same data gives the same model.
 */
export function tallyCoverage(input: CoverageInput, day: string): GroupTally[] {
  const out: GroupTally[] = [];
  for (const group of input.groups) {
    const units = new Map<string, { unit: CoverageUnit; people: number; met: number }>();
    const add = (unit: CoverageUnit, people: number, met: number) => {
      const key = unitKey(unit);
      const u = units.get(key) ?? { unit, people: 0, met: 0 };
      u.people += people;
      u.met += met;
      units.set(key, u);
    };
    const sized = new Map(
      input.sizes.filter((s) => s.groupId === group.id).map((s) => [s.organisationId, s.people]),
    );
    const namedMet = new Map<string, number>();
    for (const p of input.persons) {
      if (p.groupId !== group.id || !isActiveOn(p, day)) continue;
      const met = isMet(requirementState(group.requiredLevel, p.completed, day).status) ? 1 : 0;
      if (sized.has(p.organisationId)) {
        namedMet.set(p.organisationId, (namedMet.get(p.organisationId) ?? 0) + met);
        continue;
      }
      const unit: CoverageUnit =
        p.organisationId === input.ownOrganisationId
          ? { kind: 'afdeling', key: p.department.trim() }
          : { kind: 'organisatie', key: p.organisationId };
      add(unit, 1, met);
    }
    for (const [organisationId, people] of sized) {
      const counted = input.counts
        .filter(
          (c) =>
            c.groupId === group.id &&
            c.organisationId === organisationId &&
            countValidOn(c, group.requiredLevel, day),
        )
        .reduce((n, c) => n + c.participants, 0);
      const met = Math.min(people, counted + (namedMet.get(organisationId) ?? 0));
      const unit: CoverageUnit =
        organisationId === input.ownOrganisationId
          ? { kind: 'afdeling', key: '' }
          : { kind: 'organisatie', key: organisationId };
      add(unit, people, met);
    }
    const sorted = [...units.values()].sort((a, b) =>
      a.unit.kind === b.unit.kind
        ? a.unit.key.localeCompare(b.unit.key, 'nl')
        : a.unit.kind === 'afdeling'
          ? -1
          : 1,
    );
    out.push({ group, units: sorted });
  }
  return out;
}

/** The dimensions of the coverage model's cells. */
export const COVERAGE_DIMENSIONS = { group: 'doelgroep', unit: 'eenheid', met: 'getraind' } as const;
const MET_VALUES = ['ja', 'nee'] as const;

/** The cell of a group (or all groups: null), a unit of it (or all: null) and trained yes/no (or all). */
export function coverageCellId(
  groupId: string | null,
  unitIndex: number | null,
  met: 'ja' | 'nee' | null,
): string {
  const c: Record<string, string> = {};
  if (groupId !== null) c[COVERAGE_DIMENSIONS.group] = groupId;
  if (groupId !== null && unitIndex !== null) c[COVERAGE_DIMENSIONS.unit] = String(unitIndex);
  if (met !== null) c[COVERAGE_DIMENSIONS.met] = met;
  return cellId(c);
}

/**
 * The tallies as one additive model: per group and unit the people trained and not, with the unit and group
 * totals and every constraint between them (units are nested in their group, so the model is built here, not
 * as a cross table). `units` false: the groups only. `overall` true: also the totals over all groups, which tie
 * every group to the others (one small group then costs cells in all of them), so the dashboard leaves them
 * out and the overall figure (the policy goals' indicator) is protected in a model of the groups and overall.
 */
export function coverageModel(
  tallies: readonly GroupTally[],
  opts: { readonly units?: boolean; readonly overall?: boolean } = {},
): ReportModel {
  const withUnits = opts.units ?? true;
  const cells = new Map<string, Cell>();
  const constraints: Constraint[] = [];
  const put = (id: string, persons: number) => cells.set(id, { id, persons });
  let all = { ja: 0, nee: 0 };
  for (const g of tallies) {
    const sums = { ja: 0, nee: 0 };
    for (const [i, u] of g.units.entries()) {
      const ja = u.met;
      const nee = u.people - u.met;
      sums.ja += ja;
      sums.nee += nee;
      if (!withUnits) continue;
      put(coverageCellId(g.group.id, i, 'ja'), ja);
      put(coverageCellId(g.group.id, i, 'nee'), nee);
      put(coverageCellId(g.group.id, i, null), ja + nee);
      constraints.push({
        total: coverageCellId(g.group.id, i, null),
        parts: MET_VALUES.map((m) => coverageCellId(g.group.id, i, m)),
      });
    }
    put(coverageCellId(g.group.id, null, 'ja'), sums.ja);
    put(coverageCellId(g.group.id, null, 'nee'), sums.nee);
    put(coverageCellId(g.group.id, null, null), sums.ja + sums.nee);
    constraints.push({
      total: coverageCellId(g.group.id, null, null),
      parts: MET_VALUES.map((m) => coverageCellId(g.group.id, null, m)),
    });
    if (withUnits && g.units.length > 0) {
      for (const m of [...MET_VALUES, null]) {
        constraints.push({
          total: coverageCellId(g.group.id, null, m),
          parts: g.units.map((_, i) => coverageCellId(g.group.id, i, m)),
        });
      }
    }
    all = { ja: all.ja + sums.ja, nee: all.nee + sums.nee };
  }
  if (!opts.overall) return { cells, constraints };
  put(coverageCellId(null, null, 'ja'), all.ja);
  put(coverageCellId(null, null, 'nee'), all.nee);
  put(coverageCellId(null, null, null), all.ja + all.nee);
  constraints.push({ total: '*', parts: MET_VALUES.map((m) => coverageCellId(null, null, m)) });
  if (tallies.length > 0) {
    for (const m of [...MET_VALUES, null]) {
      constraints.push({
        total: coverageCellId(null, null, m),
        parts: tallies.map((g) => coverageCellId(g.group.id, null, m)),
      });
    }
  }
  return { cells, constraints };
}

/** The cells of the model suppressed in `marks`: to keep suppressed in another report of the same figures. */
export function suppressedCells(marks: ReadonlyMap<string, CellMark>): Set<string> {
  const out = new Set<string>();
  for (const [id, m] of marks) if ('suppressed' in m) out.add(id);
  return out;
}

// -------------------------------------------------------------------------------------------------
// Participants by sector

/** A participation in a held session: a named person (counted once per period) or a reported count. */
export type Participation =
  | {
      readonly kind: 'named';
      readonly personId: string;
      readonly organisationId: string;
      readonly heldOn: string;
    }
  | {
      readonly kind: 'count';
      readonly organisationId: string;
      readonly heldOn: string;
      readonly participants: number;
    };

/**
 * The participants of the sessions held in [from, to) by the sector of their organisation (`sectorOf`), in the
 * order of `sectors`: named people once each (in the sector of their first participation), counts as reported.
 */
export function participantsBySector(
  participations: readonly Participation[],
  sectorOf: (organisationId: string) => string,
  from: string,
  to: string,
): Map<string, number> {
  const out = new Map<string, number>();
  const seen = new Set<string>();
  const sorted = [...participations].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  for (const p of sorted) {
    if (p.heldOn < from || p.heldOn >= to) continue;
    const sector = sectorOf(p.organisationId);
    if (p.kind === 'named') {
      if (seen.has(p.personId)) continue;
      seen.add(p.personId);
      out.set(sector, (out.get(sector) ?? 0) + 1);
    } else out.set(sector, (out.get(sector) ?? 0) + p.participants);
  }
  return out;
}

/** The sector dimension's model: one cell per sector and the total. */
export function sectorModel(counts: ReadonlyMap<string, number>, sectors: readonly string[]): ReportModel {
  const cells = new Map<string, Cell>();
  let total = 0;
  for (const s of sectors) {
    const id = cellId({ sector: s });
    const n = counts.get(s) ?? 0;
    cells.set(id, { id, persons: n });
    total += n;
  }
  cells.set('*', { id: '*', persons: total });
  const parts = sectors.map((s) => cellId({ sector: s }));
  return { cells, constraints: parts.length > 0 ? [{ total: '*', parts }] : [] };
}
