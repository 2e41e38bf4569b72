import { describe, expect, it } from 'vitest';
import {
  checkReactionWindow,
  checkSession,
  newReactionToken,
  reactionFigures,
  reactionOpen,
} from '../../../src/domain/deskundigheid/sessions.js';

const base = { heldOn: '2026-03-14', status: 'gehouden', location: '', notes: '', organisationIds: ['g'] };

describe('session rules', () => {
  it.each([
    [{}, []],
    [{ heldOn: '2026-07-01' }, ['heldOn']],
    [{ heldOn: '2026-07-01', status: 'gepland' }, []],
    [{ heldOn: '2026-02-30' }, ['heldOn']],
    [{ status: 'klaar' }, ['status']],
    [{ organisationIds: [] }, ['organisationIds']],
    [{ location: 'x'.repeat(201) }, ['location']],
  ])('%j gives errors on %j', (over, fields) => {
    expect(checkSession({ ...base, ...over }, '2026-06-01').map((e) => e.field)).toEqual(fields);
  });

  it('makes tokens the schema allows, different each time', () => {
    const a = newReactionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32,64}$/);
    expect(newReactionToken()).not.toBe(a);
  });

  it('opens the reaction form only for a held session, within its window', () => {
    const s = {
      status: 'gehouden',
      heldOn: '2026-03-14',
      reactionToken: 't'.repeat(43),
      reactionOpenUntil: '2026-04-13',
    };
    expect(reactionOpen(s, '2026-03-14')).toBe(true);
    expect(reactionOpen(s, '2026-04-13')).toBe(true);
    expect(reactionOpen(s, '2026-04-14')).toBe(false);
    expect(reactionOpen({ ...s, status: 'vervallen' }, '2026-03-20')).toBe(false);
    expect(reactionOpen({ ...s, reactionToken: null, reactionOpenUntil: null }, '2026-03-20')).toBe(false);
    expect(checkReactionWindow(s, '2026-04-01', '2026-03-20')).toBeNull();
    expect(checkReactionWindow(s, '2026-03-19', '2026-03-20')?.field).toBe('openUntil');
    expect(checkReactionWindow(s, '2026-08-01', '2026-03-20')?.field).toBe('openUntil');
    expect(checkReactionWindow({ ...s, status: 'gepland' }, '2026-04-01', '2026-03-20')).not.toBeNull();
  });
});

describe('reaction figures through the disclosure control', () => {
  it('shows nothing below the threshold, and no text', () => {
    const f = reactionFigures({ ja: 3, deels: 1, nee: 0 }, 5);
    expect(f.total).toEqual({ suppressed: 'primary' });
    expect(f.useful.ja).toHaveProperty('suppressed');
    expect(f.showTexts).toBe(false);
  });

  it('publishes large counts and hides a small one with enough others that it cannot be worked out', () => {
    const f = reactionFigures({ ja: 12, deels: 8, nee: 2 }, 5);
    expect(f.total).toEqual({ published: 22 });
    expect(f.useful.nee).toEqual({ suppressed: 'primary' });
    expect(f.useful.deels).toHaveProperty('suppressed');
    expect(f.showTexts).toBe(true);
  });

  it('publishes everything when every count reaches k', () => {
    const f = reactionFigures({ ja: 10, deels: 6, nee: 5 }, 5);
    expect(f.useful).toEqual({ ja: { published: 10 }, deels: { published: 6 }, nee: { published: 5 } });
  });
});
