import type { Database } from '../../db/database.js';
import { findByStatusCodeHash, type PublicStatusRecord } from '../../db/meldingen.js';
import { normalizeStatusCode, parseReference } from '../../domain/melding/reference.js';
import { hashStatusCode } from './submit-signal.js';

/**
 * The signal a reporter asks about, when the reference and the private status code belong together;
 * null otherwise (without saying which of the two was wrong).
 */
export async function checkPublicStatus(
  db: Database,
  reference: string,
  code: string,
): Promise<PublicStatusRecord | null> {
  const ref = parseReference(reference);
  const canonical = normalizeStatusCode(code);
  if (!ref || !canonical) return null;
  const found = await findByStatusCodeHash(db, hashStatusCode(canonical));
  return found && found.reference === ref ? found : null;
}
