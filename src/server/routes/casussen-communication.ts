import { Type } from 'typebox';
import {
  addBriefing,
  changeSpokesline,
  checkBriefingText,
  readCommunication,
} from '../../app/casus/communication.js';
import {
  BriefingBody,
  CheckBody,
  Communication,
  Finding,
  SpokeslineBody,
} from '../../contract/casus-communication.js';
import { CaseParams } from '../../contract/casussen.js';
import { errorResponses, Problem, Uuid } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { HttpProblem } from '../problem.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';

/** The woordvoeringslijn per case and the log of closed-session council briefings. */
export async function casusCommunicationRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/casussen/:id/communicatie',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary:
          'The woordvoeringslijn (for everyone in the case) and the council briefings (officer and mayor)',
        params: CaseParams,
        response: { 200: Communication, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readCommunication(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.communication;
    },
  );

  app.put(
    '/api/casussen/:id/woordvoeringslijn',
    {
      config: { access: 'casus.communication' },
      schema: {
        tags: [TAG],
        summary: 'Saves the woordvoeringslijn agreed in the local triangle. Needs the version last read.',
        params: CaseParams,
        body: SpokeslineBody,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await changeSpokesline(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return { version: r.version };
    },
  );

  app.post(
    '/api/casussen/:id/raadsinformatie/controle',
    {
      config: { access: 'casus.communication' },
      schema: {
        tags: [TAG],
        summary:
          "Finds the case's known identifiers (name, birth date, address, postcode, network names, ...) in a " +
          'text, without saving it',
        params: CaseParams,
        body: CheckBody,
        response: { 200: Type.Object({ findings: Type.Array(Finding) }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await checkBriefingText(ctx, request.params.id, request.body.text);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return { findings: r.findings };
    },
  );

  app.post(
    '/api/casussen/:id/raadsinformatie',
    {
      config: { access: 'casus.communication' },
      schema: {
        tags: [TAG],
        summary:
          'Logs a closed-session council briefing with the anonymised text used. When the text contains an ' +
          'identifier known in the case, it answers 422 with the findings and saves only with confirmed: true.',
        params: CaseParams,
        body: BriefingBody,
        response: { 201: Type.Object({ id: Uuid }), 422: Problem, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await addBriefing(ctx, request.params.id, {
        briefedOn: request.body.briefedOn,
        text: request.body.text,
        confirmed: request.body.confirmed ?? false,
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      if (!r.saved) {
        throw new HttpProblem(
          422,
          'identifiers_found',
          'De tekst bevat gegevens die de persoon kunnen herkenbaar maken. Pas de tekst aan, of bevestig dat u hem toch wilt opslaan.',
          'The text contains details that can identify the person. Change the text, or confirm that you want to save it anyway.',
          [
            {
              field: 'text',
              nl: 'De tekst bevat herkenbare gegevens uit de casus.',
              en: 'The text contains identifying details from the case.',
            },
          ],
          { findings: r.findings },
        );
      }
      return reply.status(201).send({ id: r.id });
    },
  );
}
