import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyError } from 'fastify';
import { resolveSession } from '../app/auth/sessions.js';
import { decide, isPolicyKey, POLICY } from '../domain/access/policy.js';
import type { App, ServerDeps } from './deps.js';
import { HttpProblem, problems } from './problem.js';
import { audit, CSRF_COOKIE, clearSessionCookie, SESSION_COOKIE } from './request-context.js';
import { registerRoutes } from './routes/index.js';
import { originAccepted, originRefused, registerSecurityHeaders } from './security.js';
import { type SchemaError, toFieldErrors } from './validation-messages.js';

export interface RouteAccess {
  readonly method: string;
  readonly url: string;
  readonly access: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with the access rule it declared (for the route-access test and docs). */
    routeTable: readonly RouteAccess[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(deps: ServerDeps): Promise<App> {
  const { db, config, clock } = deps;
  const app = Fastify({
    logger: deps.logger
      ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] }
      : false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.production,
    genReqId: () => crypto.randomUUID(),
    ajv: {
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true },
      plugins: [[addFormats as never, { mode: 'fast' }]],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Every route must declare its access rule; a route without one stops the server from starting.
  const routeTable: RouteAccess[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const key = route.config?.access;
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url, access: key });
    if (!isPolicyKey(key)) {
      throw new Error(`Route ${route.method} ${route.url} has no access rule (config.access)`);
    }
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionExpiresAt', null);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Duiden API',
        version: '0.1.0',
        description:
          'JSON API of Duiden. Every operation names its access rule (x-access). Errors are application/problem+json with a Dutch and an English message.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      const key = route.config?.access;
      const rule = key ? POLICY[key] : undefined;
      const transformed = { ...(schema ?? {}) } as Record<string, unknown>;
      transformed['x-access'] = { key, allowed: rule };
      return { schema: transformed as never, url };
    },
  });
  registerSecurityHeaders(app);

  // Who is calling, and may they call this route? Runs before the body is parsed.
  app.addHook('onRequest', async (request, reply) => {
    const key = request.routeOptions.config.access;
    // The 404 handler has no rule; the web app's files need no session lookup.
    if (!key || key === 'web.static') return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const s = await resolveSession(db, token, config.session, clock());
      if (s.state === 'active') {
        request.actor = s.actor;
        request.csrfToken = s.csrfToken;
        request.sessionExpiresAt = s.expiresAt;
      } else {
        clearSessionCookie(reply);
      }
    }
    const decision = decide(key, request.actor);
    if (decision !== 'allow') {
      await audit(db, clock(), request, {
        action: 'access_denied',
        objectType: 'route',
        objectId: `${request.method} ${request.routeOptions.url}`,
        purpose: key,
        result: 'denied',
      });
      throw decision === 'unauthenticated' ? problems.unauthenticated() : problems.forbidden();
    }
    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      const sent = request.headers['x-csrf-token'];
      const expected = request.actor ? request.csrfToken : request.cookies[CSRF_COOKIE];
      const originOk = originAccepted(origin, config.publicOrigin, config.production);
      if (!originOk || !expected || sent !== expected) {
        await audit(db, clock(), request, {
          action: 'csrf_refused',
          objectType: 'route',
          objectId: `${request.method} ${request.routeOptions.url}`,
          purpose: key,
          result: 'denied',
        });
        throw !originOk && origin
          ? originRefused(origin.slice(0, 200), config.publicOrigin)
          : problems.csrf();
      }
    }
  });

  app.setErrorHandler(async (error: FastifyError | HttpProblem, request, reply) => {
    let p: HttpProblem;
    if (error instanceof HttpProblem) {
      p = error;
    } else if (error.validation) {
      p = problems.validation(
        toFieldErrors(error.validation as SchemaError[], error.validationContext ?? 'body'),
      );
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      p = new HttpProblem(413, 'too_large', 'Het verzoek is te groot.', 'The request is too large.');
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      p = new HttpProblem(
        415,
        'media_type',
        'Dit soort inhoud wordt niet aangenomen.',
        'This content type is not accepted.',
      );
    } else if (error.statusCode === 400 || error.code?.startsWith('FST_ERR_CTP')) {
      p = new HttpProblem(
        400,
        'bad_request',
        'Het verzoek kon niet worden gelezen.',
        'The request could not be read.',
      );
    } else {
      request.log.error({ err: error }, 'unhandled error');
      p = new HttpProblem(
        500,
        'internal',
        'Er ging iets mis aan onze kant. Uw gegevens zijn niet verloren; probeer het opnieuw.',
        'Something went wrong on our side. Your data is not lost; please try again.',
      );
    }
    return sendProblem(reply, p, request.id);
  });

  app.setNotFoundHandler(async (request, reply) => sendProblem(reply, problems.notFound(), request.id));

  await registerRoutes(app, deps);

  if (deps.webDir && existsSync(join(deps.webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: deps.webDir, serve: false });
    const webDir = deps.webDir;
    // Hashed assets may be cached; they hold no personal data.
    app.get('/assets/*', { config: { access: 'web.static' }, schema: { hide: true } }, (request, reply) => {
      const rest = (request.params as { '*': string })['*'];
      reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      return reply.sendFile(join('assets', rest), webDir);
    });
    // The single-page app: every other GET outside /api gets index.html.
    app.get('/*', { config: { access: 'web.static' }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return sendProblem(reply, problems.notFound(), request.id);
      return reply.sendFile('index.html', webDir);
    });
  }
  return app;
}

function sendProblem(reply: import('fastify').FastifyReply, p: HttpProblem, requestId: string) {
  return reply
    .status(p.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `urn:duiden:problem:${p.code}`,
      title: p.en,
      status: p.status,
      code: p.code,
      message: { nl: p.nl, en: p.en },
      errors: p.fields,
      requestId,
      ...p.extra,
    });
}
