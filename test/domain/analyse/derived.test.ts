import { describe, expect, it } from 'vitest';
import {
  change,
  median,
  percentage,
  relativeChange,
  roundToFive,
} from '../../../src/domain/analyse/derived.js';
import {
  type CellMark,
  cellId,
  frequencyTable,
  protectReport,
} from '../../../src/domain/analyse/disclosure.js';

const pub = (n: number): CellMark => ({ published: n });
const primary: CellMark = { suppressed: 'primary' };
const secondary: CellMark = { suppressed: 'secondary' };

describe('percentages', () => {
  it('are published with one decimal when part and base are published and the base is at least k', () => {
    expect(percentage(pub(12), pub(40), 10)).toEqual({ published: 30 });
    expect(percentage(pub(1), pub(3), 1)).toEqual({ published: 33.3 });
    expect(percentage(pub(0), pub(25), 10)).toEqual({ published: 0 });
  });

  it('are suppressed when a count behind them is, or the base is 0 or below k', () => {
    expect(percentage(primary, pub(40), 10)).toEqual({ suppressed: 'count' });
    expect(percentage(pub(12), secondary, 10)).toEqual({ suppressed: 'count' });
    expect(percentage(pub(0), pub(0), 10)).toEqual({ suppressed: 'base' });
    expect(percentage(pub(0), pub(9), 10)).toEqual({ suppressed: 'base' });
  });

  it('of a protected report never give back a suppressed cell', () => {
    const model = frequencyTable([{ name: 'bron', values: ['a', 'b', 'c'] }], (x) => ({
      persons: { a: 3, b: 20, c: 25 }[x.bron as 'a'],
    }));
    const { marks } = protectReport(model, 10);
    const total = marks.get(cellId({})) as CellMark;
    for (const v of ['a', 'b']) {
      expect(percentage(marks.get(cellId({ bron: v })) as CellMark, total, 10)).toEqual({
        suppressed: 'count',
      });
    }
    expect(percentage(marks.get(cellId({ bron: 'c' })) as CellMark, total, 10)).toEqual({ published: 52.1 });
  });
});

describe('changes against the previous period', () => {
  it('in persons, only between published counts', () => {
    expect(change(pub(30), pub(22))).toEqual({ published: 8 });
    expect(change(pub(10), pub(25))).toEqual({ published: -15 });
    expect(change(pub(30), primary)).toEqual({ suppressed: 'count' });
    expect(change(secondary, pub(30))).toEqual({ suppressed: 'count' });
  });

  it('in percent, only on a previous period of at least k', () => {
    expect(relativeChange(pub(30), pub(20), 10)).toEqual({ published: 50 });
    expect(relativeChange(pub(10), pub(30), 10)).toEqual({ published: -66.7 });
    expect(relativeChange(pub(30), pub(0), 10)).toEqual({ suppressed: 'base' });
    expect(relativeChange(pub(30), primary, 10)).toEqual({ suppressed: 'count' });
  });
});

describe('medians', () => {
  const days = [3, 9, 14, 2, 30, 21, 5, 8, 11, 40];

  it('are the middle value of at least k values behind a published count', () => {
    expect(median(days, pub(10), 10)).toEqual({ published: 10 });
    expect(median([...days, 50], pub(11), 10)).toEqual({ published: 11 });
  });

  it('are suppressed with the count, or with fewer than k values', () => {
    expect(median(days, primary, 10)).toEqual({ suppressed: 'count' });
    expect(median(days.slice(0, 9), pub(10), 10)).toEqual({ suppressed: 'base' });
    expect(median([], pub(0), 5)).toEqual({ suppressed: 'base' });
  });
});

describe('rounding to multiples of 5', () => {
  it('rounds published counts, labels them and leaves suppressed cells alone', () => {
    const marks = new Map<string, CellMark>([
      ['a', pub(12)],
      ['b', pub(13)],
      ['c', { published: 0, signals: 0 }],
      ['d', { published: 22, signals: 47 }],
      ['e', primary],
    ]);
    expect([...roundToFive(marks)]).toEqual([
      ['a', { published: 10, roundedTo: 5 }],
      ['b', { published: 15, roundedTo: 5 }],
      ['c', { published: 0, signals: 0, roundedTo: 5 }],
      ['d', { published: 20, signals: 45, roundedTo: 5 }],
      ['e', primary],
    ]);
  });

  it('carries the label on to derived figures', () => {
    const rounded = roundToFive(
      new Map([
        ['a', pub(12)],
        ['t', pub(48)],
      ]),
    );
    expect(percentage(rounded.get('a') as CellMark, rounded.get('t') as CellMark, 10)).toEqual({
      published: 20,
      roundedTo: 5,
    });
    expect(change(rounded.get('t') as CellMark, pub(40))).toEqual({ published: 10, roundedTo: 5 });
  });
});
