import { Type } from 'typebox';
import { hashToken, newToken, startSession } from '../../app/auth/sessions.js';
import { DemoUser, SessionInfo } from '../../contract/auth.js';
import { errorResponses, Uuid } from '../../contract/primitives.js';
import { recordAccess } from '../../db/access-log.js';
import { endSession, setSessionMembership } from '../../db/sessions.js';
import { findUser, listDemoUsers } from '../../db/users.js';
import type { App, ServerDeps } from '../deps.js';
import { HttpProblem } from '../problem.js';
import {
  actorOf,
  audit,
  CSRF_COOKIE,
  clearSessionCookie,
  SESSION_COOKIE,
  setCsrfCookie,
  setSessionCookie,
} from '../request-context.js';

export async function authRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, config, clock } = deps;
  const methods = {
    demo: config.demo,
    local: config.localAccounts,
    oidc: config.oidc ? { displayName: config.oidc.displayName } : null,
  };

  app.get(
    '/api/auth/session',
    {
      config: { access: 'auth.session' },
      schema: {
        tags: ['auth'],
        summary:
          'The current session, the CSRF token to send with changes, and the available sign-in methods',
        response: { 200: SessionInfo, ...errorResponses },
      },
    },
    async (request, reply) => {
      const a = request.actor;
      if (!a) {
        // Before sign-in, changes are protected by a double-submit token kept in a cookie.
        let token = request.cookies[CSRF_COOKIE];
        if (!token) {
          token = newToken();
          setCsrfCookie(reply, token);
        }
        return { signedIn: false, csrfToken: token, expiresAt: null, user: null, methods };
      }
      const user = await findUser(db, a.userId, null);
      return {
        signedIn: true,
        csrfToken: request.csrfToken ?? '',
        expiresAt: request.sessionExpiresAt?.toISOString() ?? null,
        user: {
          id: a.userId,
          displayName: a.displayName,
          role: a.role,
          membershipId: a.membershipId,
          organisationId: a.organisationId,
          organisationName: a.organisationName,
          organisationKind: a.organisationKind,
          tenantId: a.tenantId,
          authMethod: a.authMethod,
          memberships: (user?.memberships ?? [])
            .filter((m) => !m.endedAt)
            .map((m) => ({ ...m, endedAt: null })),
        },
        methods,
      };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'auth.signOut' },
      schema: {
        tags: ['auth'],
        summary: 'Ends the current session',
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      await db.tx(async (q) => {
        if (token) await endSession(q, hashToken(token), clock(), 'sign-out');
        await audit(q, clock(), request, { action: 'sign_out', objectType: 'session', result: 'ok' });
      });
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/membership',
    {
      config: { access: 'auth.switchMembership' },
      schema: {
        tags: ['auth'],
        summary: 'Act in another of the own memberships (organisation and role)',
        body: Type.Object({ membershipId: Uuid }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const a = actorOf(request);
      const user = await findUser(db, a.userId, null);
      const target = user?.memberships.find((m) => m.id === request.body.membershipId && !m.endedAt);
      if (!target) {
        throw new HttpProblem(
          400,
          'validation',
          'Kies een van uw eigen rollen.',
          'Choose one of your own roles.',
          [
            {
              field: 'membershipId',
              nl: 'Kies een van uw eigen rollen.',
              en: 'Choose one of your own roles.',
            },
          ],
        );
      }
      const token = request.cookies[SESSION_COOKIE] ?? '';
      await db.tx(async (q) => {
        await setSessionMembership(q, hashToken(token), target.id);
        await audit(q, clock(), request, {
          action: 'switch_membership',
          objectType: 'membership',
          objectId: target.id,
          result: 'ok',
        });
      });
      return reply.status(204).send(null);
    },
  );

  if (!config.demo) return;

  app.get(
    '/api/auth/demo-users',
    {
      config: { access: 'auth.signIn' },
      schema: {
        tags: ['auth'],
        summary: 'Demo mode only: the fictitious demo users',
        response: { 200: Type.Array(DemoUser), ...errorResponses },
      },
    },
    async () => {
      const users = await listDemoUsers(db);
      return users.flatMap((u) => {
        const m = u.memberships[0];
        return m
          ? [{ id: u.id, displayName: u.displayName, role: m.role, organisationName: m.organisationName }]
          : [];
      });
    },
  );

  app.post(
    '/api/auth/demo',
    {
      config: { access: 'auth.signIn' },
      schema: {
        tags: ['auth'],
        summary: 'Demo mode only: sign in as a demo user without a password',
        body: Type.Object({ userId: Uuid }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = clock();
      const started = await db.tx(async (q) => {
        const u = await q.query('SELECT 1 FROM app_user WHERE id = $1 AND is_demo AND disabled_at IS NULL', [
          request.body.userId,
        ]);
        if (u.rowCount === 0) {
          await recordAccess(q, now, {
            action: 'sign_in',
            objectType: 'session',
            purpose: 'demo',
            result: 'failed',
            clientIp: request.ip,
            requestId: request.id,
          });
          return null;
        }
        // A new sign-in in this browser replaces the session it had.
        const previous = request.cookies[SESSION_COOKIE];
        if (previous) await endSession(q, hashToken(previous), now, 'signed-in-again');
        return startSession(q, {
          userId: request.body.userId,
          authMethod: 'demo',
          clientIp: request.ip,
          requestId: request.id,
          now,
          limits: config.session,
        });
      });
      if (!started) {
        throw new HttpProblem(
          400,
          'validation',
          'Kies een van de demogebruikers.',
          'Choose one of the demo users.',
          [{ field: 'userId', nl: 'Kies een van de demogebruikers.', en: 'Choose one of the demo users.' }],
        );
      }
      setSessionCookie(reply, started.token, started.expiresAt);
      return reply.status(204).send(null);
    },
  );
}
