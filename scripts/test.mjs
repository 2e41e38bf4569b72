#!/usr/bin/env node
// `npm test`: type-check, lint, unit and database tests, then the browser tests against a built web app.
// Runs on the embedded database unless TEST_DATABASE_URL points at PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/**
 * The browser for the journeys: CHROMIUM_PATH, else Debian's Chromium or another usual place. As root with
 * apt-get (a container, CI) Debian's Chromium is installed when none is found. Returns null when there is
 * none and it cannot be installed here.
 */
function findBrowser() {
  const named = process.env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : null;
  const found = BROWSERS.find((p) => existsSync(p));
  if (found) return found;
  if (!aptInstall('chromium')) return null;
  return BROWSERS.find((p) => existsSync(p)) ?? null;
}

/** As root with apt-get (a container, CI): installs a Debian package; false when that cannot be done here. */
function aptInstall(pkg) {
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.getuid?.() !== 0 || !hasApt) return false;
  console.log(`\n=== Installing ${pkg} (apt-get install ${pkg}) ===`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', pkg],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) return false;
  }
  return true;
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

// On PostgreSQL the suite also runs two production instances behind a real reverse proxy
// (test/server/instances.test.ts): HAProxy from Debian, installed here as root when missing. Without it
// (not root, no apt-get) that file says it is skipped.
if (process.env.TEST_DATABASE_URL && !has('haproxy') && !aptInstall('haproxy')) {
  console.warn('npm test: HAProxy not found and not installable here; the two-instance test is skipped.');
}

const steps = [
  ['Type-check', 'npx', ['tsc', '--noEmit']],
  ['Lint and format', 'npx', ['biome', 'check', '--error-on-warnings', '.']],
  ['Unit and database tests', 'npx', ['vitest', 'run']],
];
const env = { ...process.env };
if (existsSync('e2e') && readdirSync('e2e').some((f) => f.endsWith('.spec.ts'))) {
  // Checked first, so a missing browser is said at once rather than after the other tests.
  const browser = findBrowser();
  if (!browser) {
    console.error(
      process.env.CHROMIUM_PATH
        ? `npm test: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; point it at a Chromium or Chrome executable.`
        : 'npm test: no Chromium found for the browser tests; install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    process.exit(1);
  }
  env.CHROMIUM_PATH = browser;
  steps.push(['Build web app', 'npx', ['vite', 'build']]);
  steps.push(['Bundle budgets', 'node', ['scripts/bundle-report.mjs']]);
  steps.push([`Browser tests (${browser})`, 'npx', ['playwright', 'test']]);
}

const db = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} (${db}) ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(
    `--- ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
