import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response; no-store on everything except the hashed, content-free web assets. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    return payload;
  });
}

/** Also for the answers Fastify sends before any route is found (its onSend hooks do not run there). */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('Content-Security-Policy', CSP);
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  reply.header('Cross-Origin-Resource-Policy', 'same-origin');
  reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (request.protocol === 'https') {
    reply.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  }
  if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a change may come from a page at this Origin. Only the configured PUBLIC_ORIGIN, except in
 * evaluation (not production) on a loopback address: then localhost, 127.0.0.1 and [::1] of the same scheme
 * and port are the same server, and a browser opened at any of them can save.
 */
export function originAccepted(
  origin: string | undefined,
  publicOrigin: string,
  production: boolean,
): boolean {
  if (!origin || origin === publicOrigin) return true;
  if (production) return false;
  try {
    const o = new URL(origin);
    const p = new URL(publicOrigin);
    return (
      LOOPBACK.has(p.hostname) && LOOPBACK.has(o.hostname) && o.port === p.port && o.protocol === p.protocol
    );
  } catch {
    return false;
  }
}

/** The refusal of a page opened at another address than the configured one: reloading would not help. */
export function originRefused(origin: string, publicOrigin: string): HttpProblem {
  return new HttpProblem(
    403,
    'origin',
    `Het verzoek is geweigerd omdat de pagina is geopend via ${origin}, terwijl deze server is ingesteld op ${publicOrigin} (PUBLIC_ORIGIN). Open Duiden via ${publicOrigin}, of laat de beheerder PUBLIC_ORIGIN aanpassen.`,
    `The request was refused because the page was opened at ${origin}, while this server is configured for ${publicOrigin} (PUBLIC_ORIGIN). Open Duiden at ${publicOrigin}, or have the administrator change PUBLIC_ORIGIN.`,
  );
}
