import { describe, expect, it } from 'vitest';
import type { AnalysisPeriod, AnalysisTrend } from '../../src/contract/analyse';
import {
  coordinatesKey,
  layoutOf,
  shortPeriodLabel,
  trendRange,
  trendSeries,
} from '../../src/web/features/analyse/figures';

const L = (nl: string) => ({ nl, en: nl });
const quarter = (id: string): AnalysisPeriod => ({
  id,
  kind: 'kwartaal',
  label: L(id),
  start: '2026-01-01',
  end: '2026-04-01',
});

describe('the figures of the analysis screen', () => {
  it('keys coordinates regardless of the order of their names', () => {
    expect(coordinatesKey({ soort: 'melding', fenomeen: 'jihadisme' })).toBe(
      coordinatesKey({ fenomeen: 'jihadisme', soort: 'melding' }),
    );
    expect(coordinatesKey({})).toBe('');
  });

  it('lays a table out by its subject in rows, the split in columns, the municipalities apart', () => {
    const dim = (name: string, n: number) => ({
      name,
      label: L(name),
      values: Array.from({ length: n }, (_, i) => ({ code: `${name}${i}`, label: L(`${name}${i}`) })),
    });
    const layout = layoutOf([dim('gemeente', 4), dim('soort', 2), dim('fenomeen', 8)]);
    expect([layout.rows?.name, layout.columns?.name, layout.region?.name]).toEqual([
      'fenomeen',
      'soort',
      'gemeente',
    ]);
    expect(layoutOf([dim('fase', 5)])).toMatchObject({ rows: { name: 'fase' }, columns: null, region: null });
  });

  it('writes a period short for an axis', () => {
    expect(shortPeriodLabel('2026-K3', 'nl')).toBe('K3 2026');
    expect(shortPeriodLabel('2026-K3', 'en')).toBe('Q3 2026');
    expect(shortPeriodLabel('2025-H1', 'nl')).toBe('H1 2025');
    expect(shortPeriodLabel('2025', 'en')).toBe('2025');
    expect(shortPeriodLabel('2025-03', 'en')).toBe('Mar 2025');
  });

  it('ends a trend with the chosen period and reaches back at most two years of quarters', () => {
    const periods = [
      '2026-K3',
      '2026-K2',
      '2026-K1',
      '2025-K4',
      '2025-K3',
      '2025-K2',
      '2025-K1',
      '2024-K4',
      '2024-K3',
    ]
      .map(quarter)
      .concat([{ ...quarter('2026'), kind: 'jaar' }]);
    expect(trendRange(periods, quarter('2026-K3'))).toEqual({ van: '2024-K4', tot: '2026-K3' });
    expect(trendRange(periods, quarter('2025-K1'))).toEqual({ van: '2024-K3', tot: '2025-K1' });
  });

  it('draws a line per value of the first dimension in its order, the total last and apart', () => {
    const trend: AnalysisTrend = {
      report: 'meldingen-fenomeen',
      title: L('t'),
      scope: { kind: 'gemeente', id: '00000000-0000-4000-8000-000000000001', name: 'G' },
      rules: { k: 10, method: 'cell-suppression-audited', rounded: false },
      periods: [quarter('2026-K3')],
      dimensions: [
        {
          name: 'fenomeen',
          label: L('Fenomeen'),
          values: [
            { code: 'a', label: L('A') },
            { code: 'b', label: L('B') },
          ],
        },
        { name: 'soort', label: L('Soort'), values: [{ code: 'm', label: L('Melding') }] },
      ],
      series: [
        { coordinates: {}, cells: [{ persons: 30, records: 31 }] },
        { coordinates: { fenomeen: 'b' }, cells: [{ suppressed: true }] },
        { coordinates: { fenomeen: 'a', soort: 'm' }, cells: [{ persons: 12, records: 12 }] },
        { coordinates: { fenomeen: 'a' }, cells: [{ persons: 20, records: 22 }] },
      ],
    };
    const series = trendSeries(trend, 'nl', 'Totaal');
    expect(series.map((s) => [s.label, s.total])).toEqual([
      ['A', false],
      ['B', false],
      ['Totaal', true],
    ]);
    expect(series[1]?.cells).toEqual([{ suppressed: true }]);
  });
});
