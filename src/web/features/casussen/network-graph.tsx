import type Cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../contract/casus-network';
import { isFamily } from '../../../domain/casus/network';

// Cytoscape adds a <style> element for its container unless one with this id exists; the CSP forbids inline
// styles, so a harmless marker takes its place and the rule lives in casus.css.
const STYLESHEET_MARKER = '__________cytoscape_stylesheet';

function markStylesheet(): void {
  if (document.getElementById(STYLESHEET_MARKER)) return;
  const marker = document.createElement('meta');
  marker.id = STYLESHEET_MARKER;
  marker.name = 'duiden-graph';
  marker.content = 'styled by casus.css';
  document.head.appendChild(marker);
}

/** The colours of the design tokens, read from the page so the graph follows the theme. */
function token(name: string, fallback: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

/** A graph in the container, styled by the design tokens; a click on a network person calls `onSelect`. */
function createGraph(
  cytoscape: typeof Cytoscape,
  container: HTMLElement,
  onSelect: (personId: string) => void,
): Core {
  markStylesheet();
  const text = token('--duiden-color-text', '#1a1a1a');
  const family = token('--duiden-graph-family', '#cfe3f7');
  const other = token('--duiden-graph-other', '#f3e6c4');
  const subject = token('--duiden-graph-subject', '#154273');
  const edge = token('--duiden-graph-edge', '#5f6b7a');
  const instance = cytoscape({
    container,
    elements: [],
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'text-valign': 'bottom',
          'text-margin-y': 6,
          'font-size': 13,
          color: text,
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          // A white box behind a name, so a line or a relation's label passing beneath does not blur it.
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-padding': '2px',
          width: 34,
          height: 34,
          'border-width': 2,
          'border-color': edge,
        },
      },
      { selector: 'node.family', style: { 'background-color': family, shape: 'ellipse' } },
      { selector: 'node.other', style: { 'background-color': other, shape: 'round-rectangle' } },
      { selector: 'node.care', style: { 'border-width': 6 } },
      {
        selector: 'node.subject',
        style: { 'background-color': subject, width: 48, height: 48, 'font-weight': 'bold' },
      },
      {
        selector: 'edge',
        style: {
          width: 2,
          'line-color': edge,
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 11,
          // Along the line, so labels of lines that meet at a person do not stack on each other.
          'text-rotation': 'autorotate',
          color: text,
          'text-background-color': '#ffffff',
          'text-background-opacity': 1,
          'text-background-padding': '2px',
        },
      },
      { selector: 'edge.between', style: { 'line-style': 'dashed' } },
      { selector: 'node:selected', style: { 'border-color': subject, 'border-width': 6 } },
    ],
  });
  instance.on('tap', 'node', (e) => {
    const id = e.target.id() as string;
    if (id !== 'subject') onSelect(id);
  });
  return instance;
}

/**
 * The network as an interactive graph (Cytoscape.js): the person concerned in the middle, the network around
 * them, and the relations between network persons. Styled only through Cytoscape's stylesheet (no inline
 * styles). A click on a person selects them for editing. The table below the graph holds the same content
 * for keyboard and screen-reader users. Cytoscape is large, so it is read (its own chunk) when the first graph
 * is shown; the figure and its caption are there at once.
 */
export function NetworkGraph({
  network,
  onSelect,
}: {
  readonly network: Network;
  readonly onSelect?: ((personId: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [graph, setGraph] = useState<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    let ended = false;
    let instance: Core | null = null;
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (ended || !container.current) return;
        instance = createGraph(cytoscape, container.current, (id) => select.current?.(id));
        setGraph(instance);
      })
      // Without the library (a lost connection) the graph stays empty; the table below holds the same.
      .catch(() => undefined);
    return () => {
      ended = true;
      instance?.destroy();
    };
  }, []);

  useEffect(() => {
    const instance = graph;
    if (!instance) return;
    const elements: ElementDefinition[] = [
      { data: { id: 'subject', label: network.subject.name }, classes: 'subject' },
      ...network.persons.map((p) => ({
        data: { id: p.id, label: p.name },
        classes: [isFamily(p.relation) ? 'family' : 'other', p.preventiveCare ? 'care' : ''].join(' ').trim(),
      })),
      ...network.persons.map((p) => ({
        data: {
          id: `subject-${p.id}`,
          source: 'subject',
          target: p.id,
          label: p.relationNote || t(`casus.network.relations.${p.relation}`),
        },
      })),
      ...network.relations.map((r) => ({
        data: {
          id: r.id,
          source: r.fromPersonId,
          target: r.toPersonId,
          label: t(`casus.network.links.${r.kind}`),
        },
        classes: 'between',
      })),
    ];
    instance.elements().remove();
    instance.add(elements);
    instance
      .layout({
        name: 'concentric',
        concentric: (n) => (n.id() === 'subject' ? 2 : 1),
        levelWidth: () => 1,
        // Room for a name below each person and a relation on each line between them.
        minNodeSpacing: 110,
        spacingFactor: 1.3,
        avoidOverlap: true,
        animate: false,
      })
      .run();
    instance.fit(undefined, 30);
    // For tests and assistive checks: what the graph holds, as text.
    container.current?.setAttribute(
      'data-nodes',
      network.persons
        .map((p) => p.name)
        .sort()
        .join('|'),
    );
    container.current?.setAttribute('data-edges', String(network.persons.length + network.relations.length));
  }, [graph, network, t]);

  return (
    <figure className="duiden-network-figure">
      <div
        ref={container}
        className="duiden-network-graph"
        role="img"
        aria-label={t('casus.network.graphLabel', {
          name: network.subject.name,
          persons: network.persons.length,
          relations: network.relations.length,
        })}
      />
      <figcaption>
        <span className="duiden-network-legend duiden-network-legend--family">
          {t('casus.network.legendFamily')}
        </span>
        <span className="duiden-network-legend duiden-network-legend--other">
          {t('casus.network.legendOther')}
        </span>
        <span className="duiden-network-legend">{t('casus.network.legendCare')}</span>
        <span className="duiden-network-summary">
          {t('casus.network.graphSummary', {
            persons: network.persons.length,
            relations: network.relations.length,
          })}
        </span>
      </figcaption>
    </figure>
  );
}
