import { describe, expect, it } from 'vitest';
import { originAccepted } from '../../src/server/security.js';

describe('which page may send a change (Origin)', () => {
  it.each([
    [undefined, 'http://localhost:3000', false, true],
    ['http://localhost:3000', 'http://localhost:3000', true, true],
    ['http://127.0.0.1:3000', 'http://localhost:3000', false, true],
    ['http://[::1]:3000', 'http://localhost:3000', false, true],
    ['http://localhost:3000', 'http://127.0.0.1:3000', false, true],
    // Evaluation only: in production the configured address is the only one.
    ['http://127.0.0.1:3000', 'http://localhost:3000', true, false],
    // Another port or scheme is another server.
    ['http://127.0.0.1:3001', 'http://localhost:3000', false, false],
    ['https://127.0.0.1:3000', 'http://localhost:3000', false, false],
    // A configured public name is not widened to loopback, nor loopback to other names.
    ['http://localhost:3000', 'https://duiden.gemeente.nl', false, false],
    ['http://192.168.1.5:3000', 'http://localhost:3000', false, false],
    ['https://evil.example', 'https://duiden.gemeente.nl', true, false],
    ['null', 'http://localhost:3000', false, false],
  ])('Origin %s, PUBLIC_ORIGIN %s, production %s: %s', (origin, configured, production, ok) => {
    expect(originAccepted(origin, configured, production)).toBe(ok);
  });
});
