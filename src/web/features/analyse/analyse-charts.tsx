import type * as PlotLib from '@observablehq/plot';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format';
import { Paragraph } from '../../ui/paragraph';
import { type Cell, personsOf } from './figures';

/*
 * The charts of the analysis, drawn with Observable Plot as SVG: an image with its name for screen readers,
 * the data table always next to it (the charts hold nothing the table does not). Plot is read when the first
 * chart shows (its own chunk). Under the CSP no inline style is allowed: Plot's one <style> element is taken
 * out before the SVG enters the page (its rules are in analyse.css), and the font is set through CSSOM,
 * which the CSP allows.
 */

type Plot = typeof PlotLib;

let loading: Promise<Plot> | null = null;
function loadPlot(): Promise<Plot> {
  loading ??= import('@observablehq/plot').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

function usePlot(): { plot: Plot | null; failed: boolean } {
  const [plot, setPlot] = useState<Plot | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let on = true;
    loadPlot().then(
      (p) => on && setPlot(() => p),
      () => on && setFailed(true),
    );
    return () => {
      on = false;
    };
  }, []);
  return { plot, failed };
}

/**
 * Ten colours of at least 3:1 against white (WCAG 1.4.11) and eight symbols, both repeated in turn, so up to
 * forty lines differ in colour or shape (and never by colour alone). The HTML legend draws the same.
 */
export const PALETTE = [
  '#1d4463',
  '#b34d00',
  '#1b6b45',
  '#9c2a7f',
  '#5b4a00',
  '#b3202b',
  '#4c3d99',
  '#00707a',
  '#6b4226',
  '#2f6690',
] as const;
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'times'] as const;

/** The SVG as the page may take it: no <style> element, a name and a description by reference. */
function accessible(svg: Element, label: string, describedBy: string): Element {
  for (const style of svg.querySelectorAll('style')) style.remove();
  // Plot names its groups ("line", "dot"); a group has no role that may carry a name, and inside an image
  // the parts are not read anyway: the image has one name and the table beside it holds the figures.
  for (const part of svg.querySelectorAll('[aria-label], [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.removeAttribute('aria-description');
  svg.setAttribute('aria-describedby', describedBy);
  svg.classList.add('duiden-chart__svg');
  return svg;
}

const FONT = { fontFamily: 'inherit', fontSize: '13px' };

function PlotFigure({
  label,
  note,
  legend,
  draw,
  signature,
}: {
  readonly label: string;
  /** What the marks mean, under the chart (the chart's description). */
  readonly note: string;
  readonly legend?: ReactNode;
  readonly draw: (plot: Plot, width: number) => Element;
  /** What the chart shows, as text: the chart is drawn again only when it changes. */
  readonly signature: string;
}) {
  const { t } = useTranslation();
  const { plot, failed } = usePlot();
  const ref = useRef<HTMLDivElement>(null);
  const noteId = useId();
  const drawing = useRef(draw);
  drawing.current = draw;

  // biome-ignore lint/correctness/useExhaustiveDependencies: drawn again when what it shows changes (signature)
  useEffect(() => {
    const box = ref.current;
    if (!plot || !box) return;
    const width = Math.max(320, Math.min(960, box.clientWidth || 640));
    const svg = accessible(drawing.current(plot, width), label, noteId);
    box.replaceChildren(svg);
    return () => svg.remove();
  }, [plot, label, noteId, signature]);

  return (
    <figure className="duiden-chart">
      {/* Plot's SVG only: React keeps nothing of its own in here. */}
      <div ref={ref} className="duiden-chart__canvas" />
      {failed ? (
        <Paragraph>{t('analyse.chartFailed')}</Paragraph>
      ) : plot ? null : (
        <p className="utrecht-paragraph" role="status">
          {t('analyse.chartLoading')}
        </p>
      )}
      {legend}
      <figcaption className="utrecht-paragraph utrecht-paragraph--small" id={noteId}>
        {note}
      </figcaption>
    </figure>
  );
}

export interface TrendLine {
  readonly key: string;
  readonly label: string;
  readonly cells: readonly Cell[];
}

/** Lines per series (e.g. per fenomeen) over the periods; a suppressed period is a gap with a · below it. */
export function TrendChart({
  periods,
  lines,
  label,
  note,
  axis,
}: {
  readonly periods: readonly string[];
  readonly lines: readonly TrendLine[];
  readonly label: string;
  readonly note: string;
  readonly axis: string;
}) {
  const draw = (plot: Plot, width: number) => {
    const points = lines.flatMap((line, i) =>
      periods.map((period, p) => {
        const cell = line.cells[p];
        const persons = cell ? personsOf(cell) : null;
        return { period, series: line.label, index: i, persons };
      }),
    );
    const shown = points.filter((d) => d.persons !== null);
    const hidden = points.filter((d) => d.persons === null);
    const domain = lines.map((l) => l.label);
    return plot.plot({
      width,
      height: 360,
      marginLeft: 56,
      marginBottom: 40,
      style: FONT,
      x: { type: 'point', domain: [...periods], label: null, padding: 0.3 },
      y: { label: axis, grid: true, zero: true, nice: true, tickFormat: formatNumber },
      color: { domain, range: [...PALETTE] },
      symbol: { domain, range: [...SYMBOLS] },
      marks: [
        plot.ruleY([0]),
        // NaN breaks a line: a suppressed period is a gap, never a guessed value.
        plot.lineY(points, {
          x: 'period',
          y: (d: (typeof points)[number]) => d.persons ?? Number.NaN,
          z: 'series',
          stroke: 'series',
          strokeWidth: 2.5,
        }),
        plot.dot(shown, {
          x: 'period',
          y: 'persons',
          stroke: 'series',
          fill: 'series',
          symbol: 'series',
          r: 4,
        }),
        plot.text(hidden, {
          x: 'period',
          y: 0,
          text: () => '·',
          fill: 'series',
          fontSize: 56,
          fontWeight: 'bold',
          dy: -14,
        }),
      ],
    });
  };
  return (
    <PlotFigure
      label={label}
      note={note}
      draw={draw}
      signature={JSON.stringify([periods, lines])}
      legend={<SeriesLegend labels={lines.map((l) => l.label)} />}
    />
  );
}

/** The names of the lines with their colour and symbol, as HTML text next to the chart. */
function SeriesLegend({ labels }: { readonly labels: readonly string[] }) {
  return (
    <ul className="duiden-chart__legend">
      {labels.map((label, i) => (
        <li key={label} className="duiden-chart__legend-item">
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="28" y2="7" stroke={PALETTE[i % PALETTE.length]} strokeWidth="2.5" />
            <SymbolMark index={i} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

/** The symbol of series `index`, as Plot draws it, small. */
function SymbolMark({ index }: { readonly index: number }) {
  const fill = PALETTE[index % PALETTE.length];
  const shape = SYMBOLS[index % SYMBOLS.length];
  switch (shape) {
    case 'square':
      return <rect x="10" y="3" width="8" height="8" fill={fill} />;
    case 'triangle':
      return <polygon points="14,2 19,11 9,11" fill={fill} />;
    case 'diamond':
      return <polygon points="14,1 19,7 14,13 9,7" fill={fill} />;
    case 'star':
      return (
        <polygon
          points="14,1 15.8,5.5 20.5,5.5 16.7,8.5 18,13 14,10.2 10,13 11.3,8.5 7.5,5.5 12.2,5.5"
          fill={fill}
        />
      );
    case 'cross':
      return <path d="M12 2h4v3h3v4h-3v3h-4V9H9V5h3z" fill={fill} />;
    case 'wye':
    case 'times':
      return <path d="M10 3l8 8M18 3l-8 8" stroke={fill} strokeWidth="2.5" />;
    default:
      return <circle cx="14" cy="7" r="4" fill={fill} />;
  }
}

export interface Bar {
  readonly label: string;
  readonly cell: Cell;
}

/** Horizontal bars of persons per value (e.g. per bron); a suppressed value has a · instead of a bar. */
export function BarChart({
  bars,
  label,
  note,
  axis,
}: {
  readonly bars: readonly Bar[];
  readonly label: string;
  readonly note: string;
  readonly axis: string;
}) {
  const draw = (plot: Plot, width: number) => {
    const data = bars.map((b) => ({ label: b.label, persons: personsOf(b.cell) }));
    const shown = data.filter((d) => d.persons !== null);
    const hidden = data.filter((d) => d.persons === null);
    const longest = Math.max(...data.map((d) => d.label.length), 4);
    return plot.plot({
      width,
      height: 48 + 32 * data.length,
      marginLeft: Math.min(280, 16 + longest * 7.5),
      marginRight: 48,
      style: FONT,
      y: { domain: data.map((d) => d.label), label: null, padding: 0.25 },
      x: { label: axis, grid: true, zero: true, nice: true, tickFormat: formatNumber },
      marks: [
        plot.barX(shown, { x: 'persons', y: 'label', fill: PALETTE[0] }),
        plot.text(shown, {
          x: 'persons',
          y: 'label',
          text: (d: (typeof shown)[number]) => formatNumber(d.persons ?? 0),
          dx: 6,
          textAnchor: 'start',
        }),
        plot.text(hidden, {
          x: 0,
          y: 'label',
          text: () => '·',
          dx: 10,
          dy: -4,
          fontSize: 56,
          fontWeight: 'bold',
        }),
        plot.ruleX([0]),
      ],
    });
  };
  return <PlotFigure label={label} note={note} draw={draw} signature={JSON.stringify(bars)} />;
}
