import type { Database } from '../../db/database.js';
import { findPublicMunicipality, type MeldpuntSettings } from '../../db/meldpunt-settings.js';

export type PublicMunicipality = MeldpuntSettings & { name: string };

/**
 * The public form looks up the chosen municipality (and its deadline settings) on every report. They
 * change rarely, so each instance keeps them for a few seconds: a change made on this instance applies at
 * once (clear()), one made on another instance within `ttlMs`.
 */
export class PublicMunicipalities {
  private readonly entries = new Map<string, { at: number; value: PublicMunicipality | null }>();

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
    private readonly ttlMs = 10_000,
  ) {}

  async find(id: string): Promise<PublicMunicipality | null> {
    const now = this.clock().getTime();
    const hit = this.entries.get(id);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = await findPublicMunicipality(this.db, id);
    // Unknown ids are not kept: a client must not be able to fill the memory with them.
    if (value) this.entries.set(id, { at: now, value });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
