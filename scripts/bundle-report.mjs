// `npm run build:report` (after `vite build`): how much script each key page loads, gzipped, against the budgets.
// A page loads the entry and its static imports, then its screen's chunk (app.tsx: one dynamic import per
// screen) with that chunk's static imports, and the text parts in Dutch. Exits 1 when a budget is exceeded;
// sizes are deterministic, so `npm test` runs it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const dist = fileURLToPath(new URL('../dist/web/', import.meta.url));

// The public pages, which residents open on a phone: at most 150 KB (React and React DOM are about 58 of it,
// i18next 20, React Router 14, react-query 10; the proof-of-work is solved by a few lines of our own).
const PUBLIC_BUDGET = 150 * KB;

/** The pages measured: the manifest keys (paths below src/web) of the screens and text parts they load. */
export const PAGES = [
  {
    page: 'public report form /melden',
    loads: ['features/meldingen/public-report-page.tsx', 'i18n/core.nl.json', 'i18n/melden.nl.json'],
    budget: PUBLIC_BUDGET,
  },
  {
    page: 'report status /melden/status',
    loads: ['features/meldingen/public-status-page.tsx', 'i18n/core.nl.json', 'i18n/melden.nl.json'],
    budget: PUBLIC_BUDGET,
  },
  {
    page: 'public help page /hulp',
    loads: ['features/kennisbank/public-help-page.tsx', 'i18n/core.nl.json', 'i18n/kennisbank.nl.json'],
    budget: PUBLIC_BUDGET,
  },
  {
    page: 'sign-in /inloggen',
    loads: ['features/auth/sign-in-page.tsx', 'i18n/core.nl.json'],
    budget: PUBLIC_BUDGET,
  },
  {
    page: 'officer home /',
    loads: [
      'features/home/home-page.tsx',
      'features/privacy/break-glass-banner.tsx',
      'i18n/core.nl.json',
      'i18n/home.nl.json',
      'i18n/casus.nl.json',
      'i18n/data-protection.nl.json',
    ],
    budget: 300 * KB,
  },
];
export const CHUNK_BUDGET = 250 * KB;

/** The chunks (files) loaded for a page: the entry's and each loaded module's static imports, transitively. */
function chunksOf(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const entry = manifest[key];
    if (!entry)
      throw new Error(
        `bundle-report: ${key} is not in the manifest (renamed? update scripts/bundle-report.mjs)`,
      );
    if (files.has(entry.file)) return;
    files.add(entry.file);
    for (const k of entry.imports ?? []) visit(k);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  for (const key of keys) visit(key);
  return [...files];
}

/** Reads dist/web/.vite/manifest.json; returns the figures per page, the largest chunks and what is over budget. */
export function bundleReport() {
  const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
  const gzip = new Map();
  const sizeOf = (file) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(dist + file), { level: 9 }).length);
    return gzip.get(file);
  };
  const scripts = [...new Set(Object.values(manifest).map((e) => e.file))].filter((f) => f.endsWith('.js'));
  const chunks = scripts.map((file) => ({ file, gzip: sizeOf(file) })).sort((a, b) => b.gzip - a.gzip);
  const pages = PAGES.map(({ page, loads, budget }) => {
    const files = chunksOf(manifest, loads).filter((f) => f.endsWith('.js'));
    return { page, chunks: files.length, gzip: files.reduce((n, f) => n + sizeOf(f), 0), budget };
  });
  const over = [
    ...pages.filter((p) => p.gzip > p.budget).map((p) => `${p.page}: ${kb(p.gzip)} > ${kb(p.budget)}`),
    ...chunks
      .filter((c) => c.gzip > CHUNK_BUDGET)
      .map((c) => `${c.file}: ${kb(c.gzip)} > ${kb(CHUNK_BUDGET)}`),
  ];
  return { pages, largest: chunks.slice(0, 8), chunkCount: chunks.length, over };
}

export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** The report as lines of text, for this script and `npm run bench`. */
export function formatBundleReport(report) {
  const lines = ['Script per page (gzip; entry + static imports + the screen and its texts):'];
  for (const p of report.pages) {
    lines.push(
      `  ${p.page.padEnd(30)} ${kb(p.gzip).padStart(9)}  (${p.chunks} chunks, budget ${kb(p.budget)})`,
    );
  }
  lines.push(`Largest of ${report.chunkCount} chunks (gzip, budget ${kb(CHUNK_BUDGET)} each):`);
  for (const c of report.largest) lines.push(`  ${c.file.padEnd(48)} ${kb(c.gzip).padStart(9)}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = bundleReport();
  for (const line of formatBundleReport(report)) console.log(line);
  if (report.over.length > 0) {
    console.error(`Over budget:\n  ${report.over.join('\n  ')}`);
    process.exit(1);
  }
}
