import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFiguresJob } from './app/analyse/figures-job.js';
import { stopProtectionWorker } from './app/analyse/protection.js';
import { loadAuditSettings } from './app/audit/audit-settings.js';
import { startSealer } from './app/audit/seal-access-log.js';
import { openAppDatabase } from './app/housekeeping/open-database.js';
import { purgeExpiredAuth } from './app/housekeeping/purge-expired-auth.js';
import { startRetentionJob } from './app/privacy/retention-job.js';
import { ConfigError, loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { buildApp } from './server/app.js';

/** The project's folder (with package.json and dist/web): above src/ here, above build/server/src/ when built. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return join(from, '..');
  }
}
const root = projectRoot(dirname(fileURLToPath(import.meta.url)));

async function main(): Promise<void> {
  const config = loadConfig();
  const clock = () => new Date();
  const audit = loadAuditSettings(config, { generate: true, warn: (m) => console.warn(m) });
  const key = audit.key as Buffer; // generate: true always finds or makes one
  const db = await openAppDatabase(config, { info: (m) => console.log(m), warn: (m) => console.warn(m) });
  if (db.kind === 'pglite') {
    console.warn(
      `Let op: ingebouwde database (PGlite) in ${config.dataDir}, alleen voor evaluatie. PGlite schrijft niet ` +
        'gegarandeerd naar schijf (geen fsync): bij stroomuitval kunnen gegevens verloren gaan. Gebruik in ' +
        'productie PostgreSQL via DATABASE_URL. Alles draait hier als één databasegebruiker: de rolwissel naar ' +
        'duiden_app beschermt niet tegen wie de server of de map beheert. / Embedded database for evaluation ' +
        'only (no fsync: a power loss can lose data; one database user, so the switch to duiden_app does not ' +
        'protect against whoever controls the process or the directory); production uses PostgreSQL.',
    );
  }
  if (!audit.checkpointFile) {
    console.warn(
      'Let op: geen DUIDEN_AUDIT_CHECKPOINT_FILE; een afgeknipt einde van het toegangslog valt dan alleen op met ' +
        '`npm run audit:verify -- --expect-head`. / Warning: no checkpoint file; a cut-off tail of the access log ' +
        'is then only noticed with --expect-head.',
    );
  }
  if (config.demo && (await seedDemo(db, { history: true })))
    console.log('Demogegevens aangemaakt (fictief).');

  const app = await buildApp({
    db,
    config,
    clock,
    webDir: join(root, 'dist', 'web'),
    logger: config.production,
    audit,
  });
  const sealer = startSealer(db, clock, {
    key,
    intervalMs: audit.sealIntervalMs,
    checkpoint: audit.checkpointFile
      ? { file: audit.checkpointFile, intervalMs: audit.checkpointIntervalMs }
      : undefined,
    onError: (err) => app.log.error({ err }, 'sealing the access log failed'),
  });
  // Hourly, on every instance (the deletes are idempotent).
  const housekeeping = setInterval(() => {
    purgeExpiredAuth(db, clock()).catch((err: unknown) => app.log.error({ err }, 'housekeeping failed'));
  }, 3_600_000);
  housekeeping.unref();
  // Daily, once across all instances (pg-boss in the database; also on PGlite): deletes what has expired.
  const retention = await startRetentionJob(db, clock, {
    cron: config.retentionCron,
    onError: (err) => app.log.error({ err }, 'retention job failed'),
  });
  // Nightly, once across all instances: the analysis's kept figures of recent ended periods protected again.
  const figures = await startFiguresJob(db, clock, {
    onError: (err) => app.log.error({ err }, 'refreshing the analysis figures failed'),
  });
  await app.listen({ port: config.port, host: config.host });

  console.log(`\nDuiden draait op ${config.publicOrigin}`);
  if (config.demo) {
    console.log('Demomodus: kies op de inlogpagina "Inloggen als ..." een demogebruiker (één per rol).');
  } else if (config.oidc) {
    console.log(`Inloggen via ${config.oidc.issuer}.`);
  } else {
    console.log('Inloggen met een lokaal account (wachtwoord en tweede factor).');
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: afsluiten...`);
    clearInterval(housekeeping);
    // Readiness says 503 first, so a proxy stops sending before the server stops taking requests; then
    // close() refuses new ones and waits for those in flight.
    app.readiness.draining = true;
    if (config.shutdownDrainMs > 0) await new Promise((done) => setTimeout(done, config.shutdownDrainMs));
    await app.close();
    await retention.stop().catch(() => {});
    await figures.stop().catch(() => {});
    await stopProtectionWorker();
    await sealer.stop();
    // Seal what the last requests wrote and anchor it, so a clean stop leaves the whole log in the chain.
    await sealer.checkpointNow().catch((err: unknown) => console.error('sealing at stop failed', err));
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Configuratiefout: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
