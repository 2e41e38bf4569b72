import { describe, expect, it } from 'vitest';
import { auditReport, protectReport } from '../../../src/domain/analyse/disclosure.js';
import { modelProblems } from '../../../src/domain/analyse/table-model.js';
import {
  type CoverageInput,
  type CoveragePerson,
  coverageCellId,
  coverageModel,
  participantsBySector,
  sectorModel,
  tallyCoverage,
} from '../../../src/domain/deskundigheid/coverage.js';

const GEMEENTE = 'g';
const BASIS = { heldOn: '2026-03-01', level: 'signalen', validMonths: 36 } as const;
const AWARE = { heldOn: '2026-03-01', level: 'bewustwording', validMonths: 24 } as const;
const OLD = { heldOn: '2022-01-10', level: 'signalen', validMonths: 36 } as const;

const person = (over: Partial<CoveragePerson>): CoveragePerson => ({
  groupId: 'boa',
  organisationId: GEMEENTE,
  department: 'Toezicht',
  activeSince: '2020-01-01',
  leftOn: null,
  completed: [],
  ...over,
});

const many = (n: number, over: Partial<CoveragePerson>) => Array.from({ length: n }, () => person(over));

const INPUT: CoverageInput = {
  ownOrganisationId: GEMEENTE,
  groups: [
    { id: 'boa', name: "BOA's", side: 'eigen', requiredLevel: 'signalen' },
    { id: 'jw', name: 'Jongerenwerk', side: 'partner', requiredLevel: 'signalen' },
    { id: 'ow', name: 'Onderwijs', side: 'partner', requiredLevel: 'bewustwording' },
  ],
  persons: [
    ...many(12, { completed: [BASIS] }),
    // A lighter training does not meet the requirement; an expired one neither.
    ...many(10, { completed: [AWARE] }),
    ...many(3, { completed: [OLD] }),
    ...many(11, { department: 'Handhaving Zuid' }),
    // Left before the day: not counted; joined after it: not yet.
    person({ leftOn: '2026-05-01', completed: [BASIS] }),
    person({ activeSince: '2026-09-01' }),
    ...many(15, { groupId: 'jw', organisationId: 'jongerenwerk', completed: [BASIS] }),
    ...many(2, { groupId: 'jw', organisationId: 'jongerenwerk' }),
  ],
  sizes: [{ groupId: 'ow', organisationId: 'school', people: 40 }],
  counts: [
    { groupId: 'ow', organisationId: 'school', participants: 25, ...AWARE },
    {
      groupId: 'ow',
      organisationId: 'school',
      participants: 30,
      heldOn: '2026-06-01',
      level: 'expert',
      validMonths: null,
    },
    // After the day: not counted.
    {
      groupId: 'ow',
      organisationId: 'school',
      participants: 5,
      heldOn: '2026-08-01',
      level: 'expert',
      validMonths: null,
    },
  ],
};
const DAY = '2026-07-01';

describe('tallyCoverage', () => {
  const tallies = tallyCoverage(INPUT, DAY);
  const group = (id: string) => tallies.find((g) => g.group.id === id);

  it('counts per department the people of the day and who meets the required level, still valid', () => {
    expect(group('boa')?.units).toEqual([
      { unit: { kind: 'afdeling', key: 'Handhaving Zuid' }, people: 11, met: 0 },
      { unit: { kind: 'afdeling', key: 'Toezicht' }, people: 25, met: 12 },
    ]);
  });

  it('counts partners by organisation, and a reported group size with its counts capped at the size', () => {
    expect(group('jw')?.units).toEqual([
      { unit: { kind: 'organisatie', key: 'jongerenwerk' }, people: 17, met: 15 },
    ]);
    expect(group('ow')?.units).toEqual([
      { unit: { kind: 'organisatie', key: 'school' }, people: 40, met: 40 },
    ]);
    const before = tallyCoverage(INPUT, '2026-04-01').find((g) => g.group.id === 'ow');
    expect(before?.units[0]?.met).toBe(25);
  });
});

describe('the coverage model and its protection', () => {
  const model = coverageModel(tallyCoverage(INPUT, DAY), { overall: true });

  it('is additive: units, groups and the overall totals', () => {
    expect(modelProblems(model)).toEqual([]);
    expect(model.cells.get(coverageCellId(null, null, 'ja'))?.persons).toBe(12 + 15 + 40);
    expect(model.cells.get(coverageCellId(null, null, null))?.persons).toBe(36 + 17 + 40);
  });

  it('suppresses small cells and enough others that none can be worked back (the audit agrees)', () => {
    const report = protectReport(model, 10);
    expect(report.rules.exhausted).toBeUndefined();
    // Jongerenwerk: 2 untrained is small, so trained (15) and all (17) are not both published.
    expect(report.marks.get(coverageCellId('jw', null, 'nee'))).toEqual({ suppressed: 'primary' });
    const hidden = [coverageCellId('jw', null, 'ja'), coverageCellId('jw', null, null)].filter(
      (id) => 'suppressed' in (report.marks.get(id) ?? { suppressed: true }),
    );
    expect(hidden.length).toBeGreaterThan(0);
    // The BOA's: 12 of 36 trained, published with the totals.
    expect(report.marks.get(coverageCellId('boa', null, 'ja'))).toEqual({ published: 12 });
    expect(report.marks.size).toBe(model.cells.size);
    expect(auditReport(model, report).problems).toEqual([]);
  });

  it('without units and overall totals: the groups only', () => {
    const groups = coverageModel(tallyCoverage(INPUT, DAY), { units: false });
    expect(modelProblems(groups)).toEqual([]);
    expect([...groups.cells.keys()].some((id) => id.includes('eenheid'))).toBe(false);
    expect(groups.cells.has('*')).toBe(false);
  });
});

describe('participants by sector', () => {
  it('counts named people once in the period and adds the reported counts', () => {
    const sector = (org: string) => (org === GEMEENTE ? 'gemeentelijke_organisatie' : 'onderwijs');
    const counts = participantsBySector(
      [
        { kind: 'named', personId: 'a', organisationId: GEMEENTE, heldOn: '2026-02-01' },
        { kind: 'named', personId: 'a', organisationId: GEMEENTE, heldOn: '2026-03-01' },
        { kind: 'named', personId: 'b', organisationId: GEMEENTE, heldOn: '2026-03-01' },
        { kind: 'count', organisationId: 'school', heldOn: '2026-03-01', participants: 12 },
        { kind: 'count', organisationId: 'school', heldOn: '2025-01-01', participants: 99 },
      ],
      sector,
      '2025-07-01',
      '2026-07-01',
    );
    expect(counts).toEqual(
      new Map([
        ['gemeentelijke_organisatie', 2],
        ['onderwijs', 12],
      ]),
    );
    const model = sectorModel(counts, ['gemeentelijke_organisatie', 'onderwijs', 'veiligheid']);
    expect(modelProblems(model)).toEqual([]);
    const report = protectReport(model, 10);
    expect(report.marks.get('sector=gemeentelijke_organisatie')).toEqual({ suppressed: 'primary' });
    expect(report.marks.get('sector=veiligheid')).toEqual({ published: 0 });
  });
});
