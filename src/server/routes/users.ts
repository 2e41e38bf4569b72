import type { FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import { errorResponses, IdParams, RoleSchema, Uuid } from '../../contract/primitives.js';
import { CreateUser, Organisation, UpdateUser, User } from '../../contract/users.js';
import type { Database, Queryable } from '../../db/database.js';
import { endSessionsOfUser } from '../../db/sessions.js';
import {
  findUser,
  listOrganisationsOfTenant,
  listUsersOfTenant,
  organisationTenant,
  type UserView,
} from '../../db/users.js';
import { sameTenant } from '../../domain/access/policy.js';
import type { App, ServerDeps } from '../deps.js';
import { type HttpProblem, problems } from '../problem.js';
import { actorOf, audit } from '../request-context.js';

export function presentUser(u: UserView): Static<typeof User> {
  return {
    ...u,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    disabledAt: u.disabledAt?.toISOString() ?? null,
    memberships: u.memberships.map((m) => ({ ...m, endedAt: m.endedAt?.toISOString() ?? null })),
  };
}

/** A user the administrator may manage: one with a membership in the administrator's tenant. */
export async function userInTenant(q: Queryable, request: FastifyRequest, id: string): Promise<UserView> {
  const a = actorOf(request);
  const u = await findUser(q, id, a.tenantId);
  if (!u || u.memberships.length === 0) throw problems.notFound();
  return u;
}

async function assertOrganisationInTenant(db: Database, request: FastifyRequest, organisationId: string) {
  const tenant = await organisationTenant(db, organisationId);
  if (!tenant || !sameTenant(actorOf(request), tenant)) {
    throw problems.validation([
      {
        field: 'organisationId',
        nl: 'Kies een organisatie van uw eigen gemeente.',
        en: 'Choose an organisation of your own municipality.',
      },
    ]);
  }
}

function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e.code !== '23505') return null;
  const text = `${e.constraint ?? ''} ${e.message ?? ''}`;
  if (text.includes('username')) return 'username';
  if (text.includes('external_id')) return 'externalId';
  if (text.includes('membership')) return 'role';
  return 'id';
}

function duplicate(field: string): HttpProblem {
  return problems.validation([
    { field, nl: 'Deze waarde is al in gebruik.', en: 'This value is already in use.' },
  ]);
}

export async function userRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;

  app.get(
    '/api/organisations',
    {
      config: { access: 'organisation.listOwn' },
      schema: {
        tags: ['beheer'],
        summary:
          'The organisations of the own municipality or region (the tenant and its registered partners)',
        response: { 200: Type.Array(Organisation), ...errorResponses },
      },
    },
    async (request) => listOrganisationsOfTenant(db, actorOf(request).tenantId),
  );

  app.get(
    '/api/users',
    {
      config: { access: 'user.list' },
      schema: {
        tags: ['beheer'],
        summary: 'Users with a membership in the own municipality or region',
        response: { 200: Type.Array(User), ...errorResponses },
      },
    },
    async (request) => {
      const users = await listUsersOfTenant(db, actorOf(request).tenantId);
      await audit(db, clock(), request, {
        action: 'read',
        objectType: 'user_list',
        purpose: 'beheer',
        result: 'ok',
      });
      return users.map(presentUser);
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: 'user.read' },
      schema: {
        tags: ['beheer'],
        summary: 'One user',
        params: IdParams,
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => {
      const u = await userInTenant(db, request, request.params.id);
      await audit(db, clock(), request, {
        action: 'read',
        objectType: 'user',
        objectId: u.id,
        purpose: 'beheer',
        result: 'ok',
      });
      return presentUser(u);
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: 'user.create' },
      schema: {
        tags: ['beheer'],
        summary: 'Creates a user with one membership in the own municipality or region',
        body: CreateUser,
        response: { 201: User, ...errorResponses },
      },
    },
    async (request, reply) => {
      const b = request.body;
      await assertOrganisationInTenant(db, request, b.organisationId);
      try {
        const id = await db.tx(async (q) => {
          const r = await q.query<{ id: string }>(
            `INSERT INTO app_user (display_name, email, username, external_id) VALUES ($1, $2, $3, $4) RETURNING id`,
            [b.displayName.trim(), b.email ?? null, b.username ?? null, b.externalId ?? null],
          );
          const userId = r.rows[0]?.id as string;
          await q.query('INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
            userId,
            b.organisationId,
            b.role,
          ]);
          await audit(q, clock(), request, {
            action: 'create',
            objectType: 'user',
            objectId: userId,
            purpose: 'beheer',
            result: 'ok',
          });
          return userId;
        });
        const u = await userInTenant(db, request, id);
        return reply.status(201).send(presentUser(u));
      } catch (err) {
        const field = uniqueViolation(err);
        if (field) throw duplicate(field);
        throw err;
      }
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'user.update' },
      schema: {
        tags: ['beheer'],
        summary: 'Changes a user; disabling ends all of their sessions at once. Needs the version last read.',
        params: IdParams,
        body: UpdateUser,
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => {
      const b = request.body;
      const current = await userInTenant(db, request, request.params.id);
      const now = clock();
      try {
        await db.tx(async (q) => {
          const r = await q.query(
            `UPDATE app_user SET
               display_name = COALESCE($3, display_name),
               email = CASE WHEN $4::boolean THEN $5 ELSE email END,
               external_id = CASE WHEN $6::boolean THEN $7 ELSE external_id END,
               disabled_at = CASE WHEN $8::boolean IS NULL THEN disabled_at
                                  WHEN $8::boolean THEN COALESCE(disabled_at, $9) ELSE NULL END,
               version = version + 1
             WHERE id = $1 AND version = $2`,
            [
              current.id,
              b.version,
              b.displayName?.trim() ?? null,
              b.email !== undefined,
              b.email ?? null,
              b.externalId !== undefined,
              b.externalId ?? null,
              b.disabled ?? null,
              now,
            ],
          );
          if (r.rowCount === 0) throw problems.conflict(presentUser(current));
          if (b.disabled === true) await endSessionsOfUser(q, current.id, now, 'user-disabled');
          await audit(q, now, request, {
            action: b.disabled === true ? 'disable' : 'update',
            objectType: 'user',
            objectId: current.id,
            purpose: 'beheer',
            result: 'ok',
          });
        });
      } catch (err) {
        const field = uniqueViolation(err);
        if (field) throw duplicate(field);
        throw err;
      }
      return presentUser(await userInTenant(db, request, current.id));
    },
  );

  app.post(
    '/api/users/:id/memberships',
    {
      config: { access: 'user.update' },
      schema: {
        tags: ['beheer'],
        summary: 'Gives a user another role in an organisation of the own municipality or region',
        params: IdParams,
        body: Type.Object({ organisationId: Uuid, role: RoleSchema }, { additionalProperties: false }),
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => {
      const u = await userInTenant(db, request, request.params.id);
      await assertOrganisationInTenant(db, request, request.body.organisationId);
      try {
        await db.tx(async (q) => {
          await q.query(
            `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3)
             ON CONFLICT (user_id, organisation_id, role) DO UPDATE SET ended_at = NULL`,
            [u.id, request.body.organisationId, request.body.role],
          );
          await audit(q, clock(), request, {
            action: 'grant_role',
            objectType: 'user',
            objectId: u.id,
            purpose: 'beheer',
            result: 'ok',
          });
        });
      } catch (err) {
        if (uniqueViolation(err)) throw duplicate('role');
        throw err;
      }
      return presentUser(await userInTenant(db, request, u.id));
    },
  );

  app.delete(
    '/api/users/:id/memberships/:membershipId',
    {
      config: { access: 'user.update' },
      schema: {
        tags: ['beheer'],
        summary: 'Ends one membership; sessions acting in it end on their next request',
        params: Type.Object({ id: Uuid, membershipId: Uuid }),
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => {
      const u = await userInTenant(db, request, request.params.id);
      const m = u.memberships.find((x) => x.id === request.params.membershipId);
      if (!m) throw problems.notFound();
      await db.tx(async (q) => {
        await q.query('UPDATE membership SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL', [
          m.id,
          clock(),
        ]);
        await audit(q, clock(), request, {
          action: 'revoke_role',
          objectType: 'user',
          objectId: u.id,
          purpose: 'beheer',
          result: 'ok',
        });
      });
      return presentUser(await userInTenant(db, request, u.id));
    },
  );
}
