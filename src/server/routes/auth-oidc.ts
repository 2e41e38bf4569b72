import { Type } from 'typebox';
import { OIDC_CALLBACK_PATH, OidcRelyingParty } from '../../app/auth/oidc-sign-in.js';
import type { App, ServerDeps } from '../deps.js';
import { SESSION_COOKIE, setSessionCookie } from '../request-context.js';

/** Binds a sign-in at the provider to the browser that started it (against login CSRF). */
export const OIDC_COOKIE = '__Host-duiden-oidc';

/** Where the web app shows the sign-in page with a Dutch (and English) message about the failure. */
export const OIDC_FAILED_PATH = '/inloggen?fout=oidc';

const oidcCookie = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' as const };

export async function oidcAuthRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, config, clock } = deps;
  if (!config.oidc) return;
  const rp = new OidcRelyingParty({
    oidc: config.oidc,
    publicOrigin: config.publicOrigin,
    production: config.production,
    fetch: deps.oidcFetch,
  });

  app.get(
    '/api/auth/oidc/start',
    {
      config: { access: 'auth.signIn' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in through the identity provider: redirects the browser there',
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const now = clock();
      try {
        const started = await rp.start(db, now);
        reply.setCookie(OIDC_COOKIE, started.browserToken, { ...oidcCookie, expires: started.expiresAt });
        return reply.redirect(started.url.href, 302);
      } catch (err) {
        request.log.warn({ code: (err as { code?: unknown }).code }, 'identity provider unavailable');
        await rp.logRefusal(db, 'unavailable', { clientIp: request.ip, requestId: request.id, now });
        return reply.redirect(OIDC_FAILED_PATH, 302);
      }
    },
  );

  app.get(
    OIDC_CALLBACK_PATH,
    {
      config: { access: 'auth.signIn' },
      // The URL carries the authorization code: keep it out of the request log (warnings still appear).
      logLevel: 'warn',
      schema: {
        tags: ['auth'],
        summary: "The identity provider's answer: starts the session and redirects to the app",
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const now = clock();
      reply.clearCookie(OIDC_COOKIE, oidcCookie);
      let result: Awaited<ReturnType<typeof rp.callback>>;
      try {
        result = await rp.callback(
          db,
          {
            // The URL as the provider sent the browser to it: the redirect URI plus the answer's parameters.
            currentUrl: new URL(request.url, config.publicOrigin),
            browserToken: request.cookies[OIDC_COOKIE],
            previousSessionToken: request.cookies[SESSION_COOKIE],
            limits: config.session,
          },
          { clientIp: request.ip, requestId: request.id, now },
        );
      } catch (err) {
        // Whatever went wrong, the browser lands on the sign-in page with a message, not on a JSON error.
        request.log.error({ err }, 'OpenID Connect callback failed');
        await rp
          .logRefusal(db, 'error', { clientIp: request.ip, requestId: request.id, now })
          .catch(() => undefined);
        return reply.redirect(OIDC_FAILED_PATH, 302);
      }
      if (result.kind === 'refused') {
        request.log.warn({ reason: result.reason, code: result.errorCode }, 'OpenID Connect sign-in refused');
        return reply.redirect(OIDC_FAILED_PATH, 302);
      }
      setSessionCookie(reply, result.session.token, result.session.expiresAt);
      return reply.redirect('/', 302);
    },
  );
}
