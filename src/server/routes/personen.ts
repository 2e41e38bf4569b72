import { Type } from 'typebox';
import { decidePersonLink, type LinkAction } from '../../app/melding/link-person.js';
import { changePerson, readPerson } from '../../app/melding/read-person.js';
import { searchPersons, suggestForSignal } from '../../app/melding/suggest-persons.js';
import {
  CandidateSchema,
  LinkBody,
  LinkResponse,
  PersonPageResponse,
  PersonSchema,
  PersonUpdateBody,
  SuggestionsResponse,
} from '../../contract/meldingen.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import type { Candidate } from '../../db/personen.js';
import type { App, ServerDeps } from '../deps.js';
import { problems } from '../problem.js';
import { actorOf, audit } from '../request-context.js';
import { auditFor, failure, presentPerson } from './meldingen-present.js';

const TAG = 'betrokkenen';

const presentCandidate = (c: Candidate) => ({ ...presentPerson(c), matchedOn: [...c.matchedOn] });

/**
 * Persons (betrokkenen): one record per person, signals linked to it as puzzle pieces by an officer who
 * confirms or rejects each suggestion. No score, rank or prediction anywhere: candidates are listed by
 * name with the details that are similar.
 */
export async function personRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;

  app.get(
    '/api/meldingen/:id/suggesties',
    {
      config: { access: 'persoon.link' },
      schema: {
        tags: [TAG],
        summary:
          'For every person named in the signal: existing persons with a similar name, the same birth date or a similar address (in name order, with the matching details)',
        params: IdParams,
        response: { 200: SuggestionsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const r = await suggestForSignal(db, a, request.params.id);
      if (!r.ok) throw await failure(r, { db, actor: a, now: clock() });
      // Every candidate shown is a read of that person's record.
      await db.tx(async (q) => {
        for (const personId of r.personIds.length > 0 ? r.personIds : [null]) {
          await audit(q, clock(), request, {
            action: 'suggest',
            objectType: 'signal',
            objectId: request.params.id,
            personId,
            purpose: 'meldpunt',
            result: 'ok',
          });
        }
      });
      return {
        subjects: r.subjects.map((s) => ({
          subjectId: s.subjectId,
          linkedPersonId: s.linkedPersonId,
          candidates: s.candidates.map(presentCandidate),
        })),
      };
    },
  );

  app.post(
    '/api/meldingen/:id/betrokkenen/:subjectId/koppeling',
    {
      config: { access: 'persoon.link' },
      schema: {
        tags: [TAG],
        summary:
          'The officer decides on a person named in the signal: confirm a person, create a new person, reject a suggestion, or undo the link. Logged with who and when.',
        params: Type.Object({ id: Uuid, subjectId: Uuid }),
        body: LinkBody,
        response: { 200: LinkResponse, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const b = request.body;
      if ((b.action === 'bevestigen' || b.action === 'afwijzen') && !b.personId) {
        throw problems.validation([{ field: 'personId', nl: 'Kies een persoon.', en: 'Choose a person.' }]);
      }
      const action = (
        b.action === 'bevestigen' || b.action === 'afwijzen'
          ? { action: b.action, personId: b.personId }
          : { action: b.action }
      ) as LinkAction;
      const r = await decidePersonLink(
        db,
        a,
        clock(),
        request.params.id,
        request.params.subjectId,
        { ...action, version: b.version, note: b.note },
        auditFor(request, clock),
      );
      if (!r.ok) throw await failure(r, { db, actor: a, now: clock(), signalId: request.params.id });
      return { id: request.params.id, version: r.version, personId: r.personId };
    },
  );

  app.get(
    '/api/personen',
    {
      config: { access: 'persoon.link' },
      schema: {
        tags: [TAG],
        summary: 'Persons with a similar name, to link a mention by hand (in name order)',
        querystring: Type.Object(
          { naam: Type.String({ minLength: 2, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(CandidateSchema), ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const r = await searchPersons(db, a, request.query.naam);
      if (!r.ok) throw await failure(r, { db, actor: a, now: clock() });
      await db.tx(async (q) => {
        for (const personId of r.persons.length > 0 ? r.persons.map((p) => p.id) : [null]) {
          await audit(q, clock(), request, {
            action: 'search',
            objectType: 'person',
            objectId: personId,
            personId,
            purpose: 'meldpunt',
            result: 'ok',
          });
        }
      });
      return r.persons.map(presentCandidate);
    },
  );

  app.get(
    '/api/personen/:id',
    {
      config: { access: 'persoon.read' },
      schema: {
        tags: [TAG],
        summary:
          'A person with every linked signal you may see, as a timeline, and the history of link decisions',
        params: IdParams,
        response: { 200: PersonPageResponse, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const r = await readPerson(db, a, request.params.id);
      if (!r.ok) throw await failure(r, { db, actor: a, now: clock() });
      await audit(db, clock(), request, {
        action: 'read',
        objectType: 'person',
        objectId: r.person.id,
        personId: r.person.id,
        purpose: 'meldpunt',
        result: 'ok',
      });
      return {
        person: presentPerson(r.person),
        timeline: r.timeline.map((e) => ({
          signalId: e.signalId,
          reference: e.reference,
          kind: e.kind,
          channel: e.channel,
          receivedAt: e.receivedAt.toISOString(),
          status: e.status,
          category: e.category,
          namedAs: e.namedAs,
          relation: e.relation,
          linkedAt: e.linkedAt?.toISOString() ?? null,
          linkedByName: e.linkedByName,
          question: e.question,
          observations: e.observations,
          assumptions: e.assumptions,
        })),
        links: r.links.map((l) => ({
          decision: l.decision,
          at: l.at.toISOString(),
          byName: l.byName,
          reference: l.reference,
          signalId: l.signalId,
          note: l.note,
        })),
      };
    },
  );

  app.patch(
    '/api/personen/:id',
    {
      config: { access: 'persoon.update' },
      schema: {
        tags: [TAG],
        summary: 'Corrects what is recorded about a person; needs the version last read',
        params: IdParams,
        body: PersonUpdateBody,
        response: { 200: PersonSchema, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const r = await changePerson(db, a, clock(), request.params.id, request.body, auditFor(request, clock));
      if (!r.ok) {
        if (r.kind === 'conflict') {
          const current = await readPerson(db, a, request.params.id);
          throw problems.conflict(current.ok ? presentPerson(current.person) : null);
        }
        throw await failure(r, { db, actor: a, now: clock() });
      }
      const page = await readPerson(db, a, request.params.id);
      if (!page.ok) throw problems.notFound();
      return presentPerson(page.person);
    },
  );
}
