import { Type } from 'typebox';
import { caseSummaryPdf, summaryOptions } from '../../app/casus/summary-pdf.js';
import { Options, PdfQuery } from '../../contract/casus-summary.js';
import { CaseParams } from '../../contract/casussen.js';
import { errorResponses } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { caseContextOf } from './casussen-context.js';
import { failure, sendPdf } from './overleggen-context.js';

const TAG = 'casussen';

/** The case summary for a meeting, as a PDF per recipient organisation. */
export async function casusSummaryRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/casussen/:id/samenvatting/opties',
    {
      config: { access: 'casus.summaryPdf' },
      schema: {
        tags: [TAG],
        summary: 'Who a case summary can be made for, the meetings the case is on, and the legal bases',
        params: CaseParams,
        response: { 200: Options, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await summaryOptions(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.options;
    },
  );

  app.get(
    '/api/casussen/:id/samenvatting.pdf',
    {
      config: { access: 'casus.summaryPdf' },
      schema: {
        tags: [TAG],
        summary:
          'A case summary as a PDF with only what the recipient organisation may see (attachment, no-store). ' +
          'Providing it to a partner is recorded as a disclosure with its legal basis.',
        params: CaseParams,
        querystring: PdfQuery,
        response: { 200: Type.Unknown({ description: 'application/pdf' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await caseSummaryPdf(ctx, request.params.id, request.query);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return sendPdf(reply, r.fileName, r.pdf);
    },
  );
}
