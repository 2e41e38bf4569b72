import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Which part of src/ may import which (ARCHITECTURE.md, "Folders"). A part is a folder under src/ or a
 * file at its top (config, main). The web app runs in the browser: it reads the API's shapes from
 * src/contract/ as types only, so TypeBox never enters the bundle, and no server package at all.
 */

type Part = 'web' | 'domain' | 'contract' | 'app' | 'db' | 'server' | 'demo' | 'cli' | 'config' | 'main';

interface Rule {
  /** Parts it may import at run time (its own part always). */
  readonly parts: readonly Part[];
  /** Parts it may import with `import type` only. */
  readonly typeOnly?: readonly Part[];
  /** Whether it may import npm packages and Node's own modules; a list names the only ones allowed. */
  readonly packages: boolean | readonly string[];
}

/** npm packages and Node modules the browser never gets: the server's, the database's, TypeBox's. */
const SERVER_ONLY = [
  /^node:/,
  /^typebox(\/|$)/,
  /^fastify(\/|$)/,
  /^@fastify\//,
  /^pg(\/|$)/,
  /^pg-boss(\/|$)/,
  /^@electric-sql\//,
  /^nodemailer(\/|$)/,
  /^pdfkit(\/|$)/,
  /^openid-client(\/|$)/,
  /^@node-rs\//,
  /^altcha-lib(\/|$)/,
  /^file-type(\/|$)/,
  /^ajv/,
];

const RULES: Readonly<Record<Part, Rule>> = {
  domain: { parts: [], packages: ['node:crypto'] },
  contract: { parts: ['domain'], packages: ['typebox'] },
  db: { parts: ['domain'], typeOnly: ['contract'], packages: true },
  app: { parts: ['domain', 'db', 'contract', 'config'], packages: true },
  server: { parts: ['app', 'db', 'domain', 'contract', 'config'], packages: true },
  web: { parts: ['domain'], typeOnly: ['contract'], packages: true },
  demo: { parts: ['db', 'domain', 'app'], packages: true },
  cli: { parts: ['app', 'db', 'domain', 'config'], packages: true },
  config: { parts: [], packages: true },
  main: { parts: ['app', 'server', 'demo', 'config'], packages: true },
};

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function partOf(file: string): Part {
  const [first = ''] = relative(SRC, file).split(/[\\/]/);
  return first.replace(/\.(tsx?|js)$/, '') as Part;
}

interface ImportStatement {
  readonly specifier: string;
  readonly typeOnly: boolean;
}

/** The static imports and re-exports of a file, and its dynamic import()s (never type-only). */
function importsOf(text: string): ImportStatement[] {
  const out: ImportStatement[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gms;
  for (const m of text.matchAll(statement)) {
    const clause = m[3] ?? '';
    // `import { type A, type B }` is as type-only as `import type { A, B }`.
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    const allNamesTyped =
      names
        ?.split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '')
        .every((n) => n.startsWith('type ')) === true;
    out.push({ specifier: m[4] ?? '', typeOnly: m[2] !== undefined || allNamesTyped });
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) {
    out.push({ specifier: m[1] ?? '', typeOnly: false });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    out.push({ specifier: m[1] ?? '', typeOnly: false });
  }
  return out;
}

/** What is wrong with one import of a file, or null when the rules allow it. */
function violation(file: string, imp: ImportStatement): string | null {
  const from = partOf(file);
  const rule = RULES[from];
  if (!rule) return `${from} has no row in the rules table`;
  const { specifier } = imp;
  if (!specifier.startsWith('.')) {
    if (rule.packages === true) {
      if (from === 'web' && SERVER_ONLY.some((p) => p.test(specifier)) && !imp.typeOnly) {
        return `the browser may not get the server package ${specifier}`;
      }
      return null;
    }
    if (rule.packages === false || !rule.packages.includes(specifier)) {
      return `${from} may not import the package ${specifier}`;
    }
    return null;
  }
  const target = resolve(dirname(file), specifier);
  if (!target.startsWith(SRC)) return `${from} may not import outside src/ (${specifier})`;
  const to = partOf(target);
  if (to === from || rule.parts.includes(to)) return null;
  if (rule.typeOnly?.includes(to)) {
    return imp.typeOnly ? null : `${from} may import ${to} only with \`import type\``;
  }
  return `${from} may not import ${to}`;
}

describe('import rules', () => {
  it('every file imports only what its part of src/ may', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const imp of importsOf(readFileSync(file, 'utf8'))) {
        const wrong = violation(file, imp);
        if (wrong) problems.push(`${relative(SRC, file)}: '${imp.specifier}': ${wrong}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches a forbidden import', () => {
    const web = join(SRC, 'web/features/casussen/casus-api.ts');
    expect(violation(web, { specifier: '../../../contract/casussen', typeOnly: false })).toMatch(
      /import type/,
    );
    expect(violation(web, { specifier: '../../../contract/casussen', typeOnly: true })).toBeNull();
    expect(violation(web, { specifier: '../../../server/app', typeOnly: true })).toMatch(
      /may not import server/,
    );
    expect(violation(web, { specifier: 'typebox', typeOnly: false })).toMatch(/server package/);
    const domain = join(SRC, 'domain/casus/phase.ts');
    expect(violation(domain, { specifier: '../../db/casussen.js', typeOnly: true })).toMatch(/may not/);
    const contract = join(SRC, 'contract/casussen.ts');
    expect(violation(contract, { specifier: '../app/casus/load.js', typeOnly: false })).toMatch(/may not/);
  });

  it('reads type-only imports as such', () => {
    expect(importsOf("import type { A } from './a';")).toEqual([{ specifier: './a', typeOnly: true }]);
    expect(importsOf("import { type A, type B } from './a';")).toEqual([
      { specifier: './a', typeOnly: true },
    ]);
    expect(importsOf("import { type A, b } from './a';")).toEqual([{ specifier: './a', typeOnly: false }]);
  });
});
