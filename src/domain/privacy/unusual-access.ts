/**
 * Unusual access: a plain threshold rule on how users use the system, never about the people in it. A user
 * who opens more than `threshold` different records (persons, signals, cases) within `windowMinutes` is
 * listed for the privacy officer to look at; nothing is concluded automatically and nobody is blocked.
 */
export interface AccessEvent {
  readonly userId: string;
  readonly at: Date;
  /** Which record was opened (a person, a signal, a case); only used to count different ones. */
  readonly recordKey: string;
}

export interface UnusualAccess {
  readonly userId: string;
  readonly windowStart: Date;
  readonly windowEnd: Date;
  /** How many different records were opened in that window. */
  readonly distinctRecords: number;
}

/**
 * For every user, the busiest window (sliding, starting at each of their accesses) if it has more different
 * records than the threshold. One finding per user: the privacy officer then reads the log itself.
 */
export function findUnusualAccess(
  events: readonly AccessEvent[],
  windowMinutes: number,
  threshold: number,
): UnusualAccess[] {
  const byUser = new Map<string, AccessEvent[]>();
  for (const e of events) {
    const list = byUser.get(e.userId) ?? [];
    list.push(e);
    byUser.set(e.userId, list);
  }
  const windowMs = windowMinutes * 60_000;
  const found: UnusualAccess[] = [];
  for (const [userId, list] of byUser) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
    let best: UnusualAccess | null = null;
    // Two pointers: the window [list[i].at, list[i].at + window) with a count per record key.
    const counts = new Map<string, number>();
    let j = 0;
    for (let i = 0; i < list.length; i += 1) {
      const start = list[i] as AccessEvent;
      const end = start.at.getTime() + windowMs;
      while (j < list.length && (list[j] as AccessEvent).at.getTime() < end) {
        const key = (list[j] as AccessEvent).recordKey;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        j += 1;
      }
      if (counts.size > threshold && (!best || counts.size > best.distinctRecords)) {
        best = {
          userId,
          windowStart: start.at,
          windowEnd: (list[j - 1] as AccessEvent).at,
          distinctRecords: counts.size,
        };
      }
      const key = start.recordKey;
      const left = (counts.get(key) ?? 1) - 1;
      if (left === 0) counts.delete(key);
      else counts.set(key, left);
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.windowStart.getTime() - a.windowStart.getTime());
}
