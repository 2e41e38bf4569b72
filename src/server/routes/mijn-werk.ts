import { myWork } from '../../app/mijn-werk/my-work.js';
import { MyWork } from '../../contract/mijn-werk.js';
import { errorResponses } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';

/** The home page's "Mijn werk": what is due for the signed-in membership, grouped by deadline. */
export async function myWorkRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/mijn-werk',
    {
      config: { access: 'home.myWork' },
      schema: {
        tags: ['mijn-werk'],
        summary:
          'What is due for the signed-in membership, overdue, today, this week and next week, by kind ' +
          '(meetings, signal deadlines, case reviews, checklist items, family follow-ups, own actions): ' +
          'references only, at most a few per kind and group with the number of the rest',
        response: { 200: MyWork, ...errorResponses },
      },
    },
    async (request) => myWork(requestContextOf(deps, request, 'overleg')),
  );
}
