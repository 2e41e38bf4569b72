#!/usr/bin/env node
// `npm test`: type-check, lint, unit and database tests, then the browser tests against a built web app.
// Runs on the embedded database unless TEST_DATABASE_URL points at PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const steps = [
  ['Type-check', 'npx', ['tsc', '--noEmit']],
  ['Lint and format', 'npx', ['biome', 'check', '--error-on-warnings', '.']],
  ['Unit and database tests', 'npx', ['vitest', 'run']],
];
if (existsSync('e2e') && readdirSync('e2e').some((f) => f.endsWith('.spec.ts'))) {
  steps.push(['Build web app', 'npx', ['vite', 'build']]);
  steps.push(['Browser tests', 'npx', ['playwright', 'test']]);
}

const db = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} (${db}) ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(
    `--- ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
