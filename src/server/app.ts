import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { resolveSession } from '../app/auth/sessions.js';
import { decide, isPolicyKey, POLICY } from '../domain/access/policy.js';
import type { App, ServerDeps } from './deps.js';
import { strictDateFormats } from './formats.js';
import { unsafeInput } from './input-guard.js';
import { RequestMetrics } from './metrics.js';
import { HttpProblem, problemDocument, problemLanguage, problems } from './problem.js';
import { audit, CSRF_COOKIE, clearSessionCookie, SESSION_COOKIE } from './request-context.js';
import { registerRoutes } from './routes/index.js';
import { originAccepted, originRefused, registerSecurityHeaders, setSecurityHeaders } from './security.js';
import { fillInKeyword, type SchemaError, toFieldErrors } from './validation-messages.js';

export interface RouteAccess {
  readonly method: string;
  readonly url: string;
  readonly access: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with the access rule it declared (for the route-access test and docs). */
    routeTable: readonly RouteAccess[];
    /** Set when the instance shuts down: readiness answers 503 so a proxy moves on before the server closes. */
    readiness: { draining: boolean };
    /** Request counts and durations per route pattern, for GET /api/metrics. */
    requestMetrics: RequestMetrics;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(deps: ServerDeps): Promise<App> {
  const { db, config, clock } = deps;
  const app = Fastify({
    // Production logs are JSON lines (pino) with the request id; a request is logged by its method and route
    // pattern only: never its path with ids, its query (a search for a name), headers or the client address.
    logger: deps.logger
      ? {
          level: 'info',
          ...(deps.logStream ? { stream: deps.logStream } : {}),
          serializers: {
            req: (request: FastifyRequest) => ({
              method: request.method,
              route: request.routeOptions?.url ?? 'unmatched',
            }),
            res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
          },
        }
      : false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.production,
    genReqId: () => randomUUID(),
    // A path parameter over maxParamLength (414) or a malformed one (400), before any route is found.
    frameworkErrors: (error, request, reply) => {
      setSecurityHeaders(request, reply);
      return sendProblem(
        reply,
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? problems.uriTooLong() : problems.badRequest(),
        request,
      );
    },
    // What Node refuses before there is a request (headers or URL too large, a malformed request line).
    clientErrorHandler: answerClientError,
    ajv: {
      // verbose: each error carries the schema it failed on, so a required field's own words are found.
      customOptions: {
        allErrors: true,
        removeAdditional: false,
        coerceTypes: 'array',
        useDefaults: true,
        verbose: true,
      },
      // ajv-formats for the rest; date and date-time strict (src/server/formats.ts); the `fillIn` annotation.
      plugins: [[addFormats as never, { mode: 'fast' }], strictDateFormats as never, fillInKeyword as never],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Every route must declare its access rule; a route without one stops the server from starting.
  const routeTable: RouteAccess[] = [];
  app.decorate('routeTable', routeTable);
  app.decorate('readiness', { draining: false });
  app.decorate('requestMetrics', new RequestMetrics());
  app.addHook('onResponse', async (request, reply) => {
    app.requestMetrics.observe(
      request.method,
      request.routeOptions.url,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
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
          'JSON API of Duiden. Every operation names its access rule (x-access). Errors are application/problem+json: `title` in the language of Accept-Language (Dutch by default, English when preferred), `message` and the per-field `errors` in Dutch and English.',
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

  // Rules for all input, after the schema and before any handler (src/server/input-guard.ts).
  app.addHook('preHandler', async (request) => {
    for (const [part, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const errors = unsafeInput(value);
      if (errors.length > 0) throw problems.validation(toFieldErrors(errors, part));
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
    } else if (error.statusCode === 413) {
      p = problems.tooLarge();
    } else if (error.statusCode === 415) {
      p = problems.mediaType();
    } else if (error.statusCode === 414) {
      p = problems.uriTooLong();
    } else if (error.statusCode === 404) {
      p = problems.notFound();
    } else if (error.code?.startsWith('FST_ERR_CTP') || (error.statusCode ?? 500) < 500) {
      // Malformed JSON, an empty body with a JSON content type, a poisoned prototype, another 4xx of
      // the framework: the client's request, answered without the framework's words.
      const status =
        error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      const bad = problems.badRequest();
      p = new HttpProblem(status, bad.code, bad.nl, bad.en);
    } else {
      request.log.error({ err: error }, 'unhandled error');
      p = problems.internal();
    }
    return sendProblem(reply, p, request);
  });

  // An unknown route is 404; an /api path that exists for another method is 405 with Allow.
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) {
      const allowed = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => {
        const found = app.findRoute({ method: method as 'GET', url: path });
        return found !== null && !('*' in (found.params ?? {}));
      });
      if (allowed.length > 0) {
        reply.header('Allow', allowed.join(', '));
        return sendProblem(reply, problems.methodNotAllowed(), request);
      }
    }
    return sendProblem(reply, problems.notFound(), request);
  });

  await registerRoutes(app, deps);

  if (deps.webDir && existsSync(join(deps.webDir, 'index.html'))) {
    // No caching by default: index.html and everything else answer no-store (src/server/security.ts).
    await app.register(fastifyStatic, { root: deps.webDir, serve: false, cacheControl: false });
    const webDir = deps.webDir;
    // Hashed assets (a new name for every build) are cached for a year; they hold no personal data. Only a
    // file that exists gets the header: a missing one is a 404 problem with no-store.
    app.get('/assets/*', { config: { access: 'web.static' }, schema: { hide: true } }, (request, reply) => {
      const rest = (request.params as { '*': string })['*'];
      return reply.sendFile(join('assets', rest), webDir, {
        cacheControl: true,
        maxAge: 365 * 24 * 3600 * 1000,
        immutable: true,
      });
    });
    // The single-page app: every other GET outside /api gets index.html.
    app.get('/*', { config: { access: 'web.static' }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return sendProblem(reply, problems.notFound(), request);
      return reply.sendFile('index.html', webDir);
    });
  }
  return app;
}

function sendProblem(reply: FastifyReply, p: HttpProblem, request: FastifyRequest) {
  const lang = problemLanguage(request.headers['accept-language']);
  return reply
    .status(p.status)
    .type('application/problem+json; charset=utf-8')
    .header('Content-Language', lang)
    .header('Vary', 'Accept-Language')
    .send(problemDocument(p, request.id, lang));
}

/**
 * Node's clientError: the request could not be parsed (header fields or the URL too large, a malformed
 * request line, a timeout), so there is no request object and no Accept-Language: a Dutch problem
 * document (with the English in `message`) written to the socket, without echoing anything sent.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const p =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problems.headersTooLarge()
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problems.timeout()
        : problems.badRequest();
  const body = JSON.stringify(problemDocument(p, randomUUID(), 'nl'));
  if (socket.writable) {
    socket.write(
      [
        `HTTP/1.1 ${p.status} ${STATUS_CODES[p.status] ?? ''}`,
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Content-Language: nl',
        'Cache-Control: no-store',
        'X-Content-Type-Options: nosniff',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy(error);
}
