import { changeFamilyContact, createFamilyContact, readFamilyContacts } from '../../app/casus/family.js';
import { ContactParams, CreateBody, Family, Saved, UpdateBody } from '../../contract/casus-family.js';
import { CaseParams } from '../../contract/casussen.js';
import { errorResponses } from '../../contract/primitives.js';
import type { FAMILY_CONTACT_KINDS } from '../../domain/casus/family.js';
import type { App, ServerDeps } from '../deps.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';

type Body = {
  contactOn: string;
  kind: (typeof FAMILY_CONTACT_KINDS)[number];
  withWhom: string;
  networkPersonId?: string | null | undefined;
  summary: string;
  followUp?: string | undefined;
  followUpDueOn?: string | null | undefined;
  followUpDone?: boolean | undefined;
};
const fields = (b: Body) => ({
  contactOn: b.contactOn,
  kind: b.kind,
  withWhom: b.withWhom,
  networkPersonId: b.networkPersonId ?? null,
  summary: b.summary,
  followUp: b.followUp ?? '',
  followUpDueOn: b.followUpDueOn ?? null,
  followUpDone: b.followUpDone ?? false,
});

/** Familieondersteuning: contacts with the family over time, by whom, with follow-ups. */
export async function casusFamilyRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/casussen/:id/familie',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary: 'The contacts with the family (newest first), with their follow-ups',
        params: CaseParams,
        response: { 200: Family, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readFamilyContacts(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.family;
    },
  );

  app.post(
    '/api/casussen/:id/familie',
    {
      config: { access: 'casus.family' },
      schema: {
        tags: [TAG],
        summary: 'Records a contact with the family, by the user and their organisation',
        params: CaseParams,
        body: CreateBody,
        response: { 201: Saved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await createFamilyContact(ctx, request.params.id, fields(request.body));
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.put(
    '/api/casussen/:id/familie/:contactId',
    {
      config: { access: 'casus.family' },
      schema: {
        tags: [TAG],
        summary:
          'Changes a contact or marks its follow-up done (the regie, or the organisation that recorded it). ' +
          'Needs the version last read.',
        params: ContactParams,
        body: UpdateBody,
        response: { 200: Saved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id, contactId } = request.params;
      const r = await changeFamilyContact(ctx, id, contactId, {
        ...fields(request.body),
        version: request.body.version,
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id: contactId, version: r.version };
    },
  );
}
