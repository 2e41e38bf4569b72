import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { amsterdamHour, runInBackground } from '../../src/server/background-step.js';
import type { App } from '../../src/server/deps.js';

/** The background steps of the server (reminders, warnings, meeting mail): never two runs at once, errors logged. */
describe('a background step', () => {
  it('runs again and again, never two at once, logs a failure and goes on, and stops with the server', async () => {
    const errors: string[] = [];
    const app = Fastify({ logger: false }) as unknown as App;
    app.log.error = ((obj: unknown, msg?: string) => {
      errors.push(String(msg ?? obj));
    }) as typeof app.log.error;
    let runs = 0;
    let running = 0;
    let most = 0;
    runInBackground(app, {
      name: 'test step',
      everyMs: 5,
      clock: () => new Date('2026-03-02T09:00:00Z'),
      step: async () => {
        runs += 1;
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 25));
        running -= 1;
        if (runs === 1) throw new Error('boom');
      },
    });
    await app.ready();
    await new Promise((r) => setTimeout(r, 200));
    await app.close();
    const after = runs;
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
    expect(errors).toContain('test step failed');
    // Closed: no run starts afterwards (one in flight at the close may still finish).
    expect(runs).toBe(after);
  });

  it('tells the hour in Amsterdam, summer and winter', () => {
    expect(amsterdamHour(new Date('2026-01-15T06:30:00Z'))).toBe(7);
    expect(amsterdamHour(new Date('2026-07-15T06:30:00Z'))).toBe(8);
    expect(amsterdamHour(new Date('2026-07-15T22:30:00Z'))).toBe(0);
  });
});
