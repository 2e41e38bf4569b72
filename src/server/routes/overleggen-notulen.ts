import { Type } from 'typebox';
import { minutesPdf } from '../../app/overleg/minutes-pdf.js';
import { PdfQuery } from '../../contract/overleggen.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { contextOf, failure, sendPdf } from './overleggen-context.js';

/** The approved minutes as a PDF per recipient. */
export async function notulenRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/overleggen/:id/notulen.pdf',
    {
      config: { access: 'overleg.read' },
      schema: {
        tags: ['overleggen'],
        summary:
          'The approved minutes as a PDF with only what the recipient may see (attachment, no-store). ' +
          'Providing it to a partner is recorded as a disclosure with its legal basis.',
        params: IdParams,
        querystring: PdfQuery,
        response: { 200: Type.Unknown({ description: 'application/pdf' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await minutesPdf(ctx, request.params.id, request.query);
      if (!r.ok) throw await failure(ctx, r, 'overleg_notulen', request.params.id);
      return sendPdf(reply, r.fileName, r.pdf);
    },
  );
}
