import fastifyRateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  beginLocalSignIn,
  chooseNewPassword,
  completeTotp,
  type NextStep,
  type Refusal,
} from '../../app/auth/local-sign-in.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../app/auth/passwords.js';
import { loadSecretBox } from '../../app/auth/secret-box.js';
import type { AttemptInfo } from '../../app/auth/sign-in-log.js';
import { LocalSignInStep } from '../../contract/auth.js';
import { errorResponses, Problem } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { HttpProblem, problems } from '../problem.js';
import { databaseStore, routeLimit, tooManyRequests } from '../rate-limit.js';
import { SESSION_COOKIE, setSessionCookie } from '../request-context.js';

/** Refers to the local sign-in in progress (kept server-side in auth_pending, only its hash). */
export const PENDING_COOKIE = '__Host-duiden-pending';

const pendingCookie = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' as const };

const responses = { 200: LocalSignInStep, ...errorResponses, 423: Problem };

/** The problem for a refusal; sets Retry-After for a delay and drops the pending cookie when it expired. */
function refusal(r: Refusal, reply: FastifyReply): HttpProblem {
  switch (r.kind) {
    case 'invalid-credentials':
      return new HttpProblem(
        400,
        'invalid_credentials',
        'De gebruikersnaam of het wachtwoord klopt niet.',
        'The user name or password is incorrect.',
      );
    case 'delayed':
      reply.header('Retry-After', String(r.retryAfterSeconds));
      return new HttpProblem(
        429,
        'too_many_attempts',
        `Te veel mislukte pogingen. Probeer het over ${r.retryAfterSeconds} seconden opnieuw.`,
        `Too many failed attempts. Try again in ${r.retryAfterSeconds} seconds.`,
        [],
        { retryAfterSeconds: r.retryAfterSeconds },
      );
    case 'locked-out':
      return new HttpProblem(
        423,
        'locked_out',
        'Uw account is geblokkeerd na te veel mislukte pogingen. Neem contact op met uw functioneel beheerder.',
        'Your account is locked after too many failed attempts. Contact your administrator.',
      );
    case 'expired':
      clearPending(reply);
      return new HttpProblem(
        400,
        'sign_in_expired',
        'Uw inlogpoging is verlopen. Begin opnieuw met uw gebruikersnaam en wachtwoord.',
        'Your sign-in has expired. Start again with your user name and password.',
      );
  }
}

function clearPending(reply: FastifyReply): void {
  reply.clearCookie(PENDING_COOKIE, pendingCookie);
}

function info(request: FastifyRequest, now: Date): AttemptInfo {
  return { clientIp: request.ip, requestId: request.id, now };
}

export async function localAuthRoutes(root: App, deps: ServerDeps): Promise<void> {
  const { db, config, clock } = deps;
  const secrets = loadSecretBox(config);
  if (!config.localAccounts) return;
  // Per client address, on top of the per-account delays: guessing across many accounts is slowed too.
  await root.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    await app.register(fastifyRateLimit, {
      global: false,
      store: databaseStore(db, clock),
      errorResponseBuilder: (_request, ctx) => tooManyRequests(Math.ceil(ctx.ttl / 1000)),
    });
    const limit = { rateLimit: routeLimit(config.signInRateLimit, 'sign-in') };

    app.post(
      '/api/auth/local/sign-in',
      {
        config: { access: 'auth.signIn', ...limit },
        schema: {
          tags: ['auth'],
          summary: 'Local account, step 1: user name and password; answers the next step',
          body: Type.Object(
            {
              username: Type.String({ minLength: 1, maxLength: 200 }),
              password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }),
            },
            { additionalProperties: false },
          ),
          response: responses,
        },
      },
      async (request, reply): Promise<NextStep> => {
        const r = await beginLocalSignIn(db, request.body, info(request, clock()));
        if (r.kind !== 'next') throw refusal(r, reply);
        reply.setCookie(PENDING_COOKIE, r.pendingToken, { ...pendingCookie, expires: r.expiresAt });
        return r.next;
      },
    );

    app.post(
      '/api/auth/local/new-password',
      {
        config: { access: 'auth.signIn', ...limit },
        schema: {
          tags: ['auth'],
          summary:
            'Local account, after an administrator reset: choose a new password; answers the next step',
          body: Type.Object(
            { password: Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX }) },
            { additionalProperties: false },
          ),
          response: responses,
        },
      },
      async (request, reply): Promise<NextStep> => {
        const now = clock();
        const r = await chooseNewPassword(
          db,
          request.cookies[PENDING_COOKIE],
          request.body.password,
          info(request, now),
        );
        if (r.kind === 'same-as-temporary') {
          throw problems.validation([
            {
              field: 'password',
              nl: 'Kies een ander wachtwoord dan het tijdelijke wachtwoord.',
              en: 'Choose a password other than the temporary one.',
            },
          ]);
        }
        if (r.kind !== 'next') throw refusal(r, reply);
        const token = request.cookies[PENDING_COOKIE] ?? '';
        reply.setCookie(PENDING_COOKIE, token, { ...pendingCookie, expires: r.expiresAt });
        return r.next;
      },
    );

    app.post(
      '/api/auth/local/totp',
      {
        config: { access: 'auth.signIn', ...limit },
        schema: {
          tags: ['auth'],
          summary: 'Local account, last step: the code from the authenticator app; starts the session',
          body: Type.Object(
            { code: Type.String({ minLength: 1, maxLength: 20 }) },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null(), ...errorResponses, 423: Problem },
        },
      },
      async (request, reply) => {
        const r = await completeTotp(
          db,
          {
            pendingToken: request.cookies[PENDING_COOKIE],
            code: request.body.code,
            previousSessionToken: request.cookies[SESSION_COOKIE],
            limits: config.session,
            secrets,
          },
          info(request, clock()),
        );
        if (r.kind === 'wrong-code') {
          throw problems.validation([
            {
              field: 'code',
              nl: 'Deze code klopt niet. Vul de code in die nu in uw app staat.',
              en: 'This code is not correct. Enter the code your app shows now.',
            },
          ]);
        }
        if (r.kind === 'no-membership') {
          clearPending(reply);
          throw new HttpProblem(
            403,
            'no_membership',
            'U heeft geen actieve rol in Duiden. Neem contact op met uw functioneel beheerder.',
            'You have no active role in Duiden. Contact your administrator.',
          );
        }
        if (r.kind !== 'signed-in') throw refusal(r, reply);
        clearPending(reply);
        setSessionCookie(reply, r.session.token, r.session.expiresAt);
        return reply.status(204).send(null);
      },
    );
  });
}
