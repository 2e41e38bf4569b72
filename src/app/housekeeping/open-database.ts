import { type Config, ConfigError } from '../../config.js';
import { type Database, openDatabase } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import { inspectLoginRole, pendingMigrations } from '../../db/roles.js';
import { prepareFiguresQueue } from '../analyse/figures-job.js';
import { prepareRetentionQueue } from '../privacy/retention-job.js';

export const APP_ROLE = 'duiden_app';

/**
 * The advisory lock under which one instance at a time prepares the database. Not the migrations' own key
 * (src/db/migrate.ts), which they take on another connection while this one is held.
 */
export const PREPARE_LOCK = 4283720;

/**
 * As the owner: the migrations and the job queues' schema (`npm run migrate`, or at start with an owner URL).
 * Several instances starting on one database at once take turns for all of it: the migrations lock each one
 * themselves, but the job queue's installer (pg-boss) creates its schema without a lock of its own.
 */
export async function prepareDatabase(owner: Database): Promise<string[]> {
  return owner.exclusively(PREPARE_LOCK, async () => {
    const applied = await migrate(owner);
    await prepareRetentionQueue(owner, APP_ROLE);
    await prepareFiguresQueue(owner, APP_ROLE);
    return applied;
  });
}

export interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Opens the database for the running application and leaves it as the application role:
 * - DATABASE_URL and DATABASE_OWNER_URL: migrates through the owner's connection, which is then closed; the
 *   application keeps only its own login.
 * - DATABASE_URL only, a login that cannot act as the owner: the owner migrated already (`npm run migrate`);
 *   checks that nothing is pending.
 * - DATABASE_URL only, the owner's login (evaluation): migrates with it, as before, with a warning;
 *   refused in production, where the login that serves requests must not be able to switch off the log's guards.
 * - The embedded database (PGlite): one user, so the same steps run but the role change protects nothing
 *   against code in the process; refused in production.
 */
export async function openAppDatabase(config: Config, log: Log): Promise<Database> {
  if (!config.databaseUrl && config.production) {
    throw new ConfigError(
      'NODE_ENV=production needs PostgreSQL (DATABASE_URL): the embedded database runs everything as one user.',
    );
  }
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    let checkPending = false;
    let applied: string[] = [];
    if (config.databaseOwnerUrl) {
      const owner = await openDatabase({ databaseUrl: config.databaseOwnerUrl, poolSize: 2 });
      try {
        applied = await prepareDatabase(owner);
      } finally {
        await owner.close();
      }
    } else if (db.kind === 'postgres') {
      const login = await inspectLoginRole(db);
      if (login.owner !== null && login.ownerPowers.length === 0) checkPending = true;
      else applied = await prepareDatabase(db);
    } else {
      applied = await prepareDatabase(db);
    }
    if (applied.length > 0) log.info(`Migraties uitgevoerd: ${applied.join(', ')}`);

    if (db.kind === 'postgres') {
      const login = await inspectLoginRole(db);
      if (login.ownerPowers.length > 0) {
        const why =
          `The application's database login can act as the owner (${login.ownerPowers.join('; ')}), so it ` +
          "could switch off the access log's guards. Give DATABASE_URL a login role that is only a member of " +
          'duiden_app, and run the migrations with DATABASE_OWNER_URL or `npm run migrate` (README, Productie).';
        if (config.production) throw new ConfigError(why);
        log.warn(`Let op / Warning: ${why} Allowed outside production (evaluation).`);
      }
    }
    await db.switchToAppRole(APP_ROLE);
    if (checkPending) {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) {
        throw new ConfigError(
          `Migrations not applied yet (${pending.join(', ')}): run \`npm run migrate\` with DATABASE_OWNER_URL, ` +
            'or set DATABASE_OWNER_URL for the server.',
        );
      }
    }
    return db;
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
