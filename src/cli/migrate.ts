import { prepareDatabase } from '../app/housekeeping/open-database.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';

/**
 * `npm run migrate`: the migrations and the job queue's schema, as the owner (DATABASE_OWNER_URL, else
 * DATABASE_URL, else the embedded database). The server itself can then run on a login that owns nothing.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const url = config.databaseOwnerUrl ?? config.databaseUrl;
  const db = await openDatabase({ databaseUrl: url, dataDir: config.dataDir, poolSize: 2 });
  try {
    const applied = await prepareDatabase(db);
    console.log(
      applied.length > 0 ? `Migraties uitgevoerd: ${applied.join(', ')}` : 'Geen nieuwe migraties.',
    );
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
