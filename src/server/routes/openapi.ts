import type { App } from '../deps.js';

/** The OpenAPI 3.1 document, generated from the same schemas that validate requests. */
export async function openapiRoutes(app: App): Promise<void> {
  app.get(
    '/api/openapi.json',
    { config: { access: 'api.docs' }, schema: { hide: true } },
    async (_request, reply) => {
      reply.header('Cache-Control', 'no-cache');
      return app.swagger();
    },
  );
}
