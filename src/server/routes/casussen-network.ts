import { Type } from 'typebox';
import {
  changeNetworkPerson,
  changeNetworkRelation,
  createNetworkPerson,
  createNetworkRelation,
  readNetwork,
  removeNetworkPerson,
  removeNetworkRelation,
} from '../../app/casus/network.js';
import {
  Created,
  CreatePersonBody,
  CreateRelationBody,
  Network,
  PersonParams,
  RelationParams,
  UpdatePersonBody,
  UpdateRelationBody,
} from '../../contract/casus-network.js';
import { CaseParams, VersionQuery } from '../../contract/casussen.js';
import { errorResponses } from '../../contract/primitives.js';
import type { NETWORK_RELATIONS } from '../../domain/casus/network.js';
import type { App, ServerDeps } from '../deps.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';

/**
 * The netwerkanalyse of a case: persons around the subject with their relation, a vulnerability note in
 * words and whether preventive care is arranged; relations between them; links to their own signals or
 * case, shown only to who may see those.
 */
export async function casusNetworkRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/casussen/:id/netwerk',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary: 'The network analysis: persons around the subject and the relations between them',
        params: CaseParams,
        response: { 200: Network, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readNetwork(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.network;
    },
  );

  const person = (b: {
    name: string;
    relation: (typeof NETWORK_RELATIONS)[number];
    relationNote?: string | undefined;
    vulnerability?: string | undefined;
    preventiveCare: boolean;
    preventiveCareNote?: string | undefined;
    linkedPersonId?: string | null | undefined;
    linkedCasusId?: string | null | undefined;
  }) => ({
    name: b.name,
    relation: b.relation,
    relationNote: b.relationNote ?? '',
    vulnerability: b.vulnerability ?? '',
    preventiveCare: b.preventiveCare,
    preventiveCareNote: b.preventiveCareNote ?? '',
    linkedPersonId: b.linkedPersonId ?? null,
    linkedCasusId: b.linkedCasusId ?? null,
  });

  app.post(
    '/api/casussen/:id/netwerk/personen',
    {
      config: { access: 'casus.network' },
      schema: {
        tags: [TAG],
        summary: 'Adds a person to the network of the case',
        params: CaseParams,
        body: CreatePersonBody,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await createNetworkPerson(ctx, request.params.id, person(request.body));
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.put(
    '/api/casussen/:id/netwerk/personen/:personId',
    {
      config: { access: 'casus.network' },
      schema: {
        tags: [TAG],
        summary: 'Changes a network person. Needs the version last read.',
        params: PersonParams,
        body: UpdatePersonBody,
        response: { 200: Created, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id, personId } = request.params;
      const r = await changeNetworkPerson(ctx, id, personId, {
        ...person(request.body),
        version: request.body.version,
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id: personId, version: r.version };
    },
  );

  app.delete(
    '/api/casussen/:id/netwerk/personen/:personId',
    {
      config: { access: 'casus.network' },
      schema: {
        tags: [TAG],
        summary: 'Removes a network person entered by mistake, with their relations. Needs ?version=.',
        params: PersonParams,
        querystring: VersionQuery,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const { id, personId } = request.params;
      const r = await removeNetworkPerson(ctx, id, personId, request.query.version);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/casussen/:id/netwerk/relaties',
    {
      config: { access: 'casus.network' },
      schema: {
        tags: [TAG],
        summary: 'Records a relation between two persons of the network (one per pair)',
        params: CaseParams,
        body: CreateRelationBody,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await createNetworkRelation(ctx, request.params.id, {
        ...request.body,
        note: request.body.note ?? '',
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.put(
    '/api/casussen/:id/netwerk/relaties/:relationId',
    {
      config: { access: 'casus.network' },
      schema: {
        tags: [TAG],
        summary: 'Changes a relation between two network persons. Needs the version last read.',
        params: RelationParams,
        body: UpdateRelationBody,
        response: { 200: Created, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id, relationId } = request.params;
      const r = await changeNetworkRelation(ctx, id, relationId, {
        ...request.body,
        note: request.body.note ?? '',
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id: relationId, version: r.version };
    },
  );

  app.delete(
    '/api/casussen/:id/netwerk/relaties/:relationId',
    {
      config: { access: 'casus.network' },
      schema: {
        tags: [TAG],
        summary: 'Removes a relation between two network persons. Needs ?version=.',
        params: RelationParams,
        querystring: VersionQuery,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const { id, relationId } = request.params;
      const r = await removeNetworkRelation(ctx, id, relationId, request.query.version);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return reply.status(204).send(null);
    },
  );
}
