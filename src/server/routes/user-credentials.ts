import { Type } from 'typebox';
import { hashPassword, temporaryPassword } from '../../app/auth/passwords.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import { ResetCredentialsResult } from '../../contract/users.js';
import { deletePendingOfUser, setTemporaryPassword, unlockAccount } from '../../db/credentials.js';
import { endSessionsOfUser } from '../../db/sessions.js';
import type { App, ServerDeps } from '../deps.js';
import { problems } from '../problem.js';
import { audit } from '../request-context.js';
import { userInTenant } from './users.js';

/** Administration of local sign-in: unlocking and resetting the credentials of a user of the own tenant. */
export async function userCredentialRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, config, clock } = deps;
  if (!config.localAccounts) return;

  app.post(
    '/api/users/:id/unlock',
    {
      config: { access: 'user.unlock' },
      schema: {
        tags: ['beheer'],
        summary: 'Lifts the delay or lockout after failed sign-in attempts of a local account',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const u = await userInTenant(db, request, request.params.id);
      await db.tx(async (q) => {
        await unlockAccount(q, u.id);
        await audit(q, clock(), request, {
          action: 'unlock',
          objectType: 'user',
          objectId: u.id,
          purpose: 'beheer',
          result: 'ok',
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/reset-credentials',
    {
      config: { access: 'user.resetCredentials' },
      schema: {
        tags: ['beheer'],
        summary:
          'Gives a local account a temporary password (shown once; a new one must be chosen at the next ' +
          'sign-in), optionally a new second factor, and ends its sessions',
        params: IdParams,
        body: Type.Object({ resetTotp: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: ResetCredentialsResult, ...errorResponses },
      },
    },
    async (request) => {
      const u = await userInTenant(db, request, request.params.id);
      if (!u.username) {
        throw problems.validation([
          {
            field: 'username',
            nl: 'Deze gebruiker heeft geen gebruikersnaam voor lokaal inloggen. Geef eerst een gebruikersnaam op.',
            en: 'This user has no user name for local sign-in. Set a user name first.',
          },
        ]);
      }
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      const now = clock();
      await db.tx(async (q) => {
        await setTemporaryPassword(q, { id: u.id, passwordHash, resetTotp: request.body.resetTotp });
        // A sign-in in progress with the old password cannot be finished, and no session outlives the reset.
        await deletePendingOfUser(q, u.id);
        await endSessionsOfUser(q, u.id, now, 'credentials-reset');
        await audit(q, now, request, {
          action: request.body.resetTotp ? 'reset_credentials_and_totp' : 'reset_credentials',
          objectType: 'user',
          objectId: u.id,
          purpose: 'beheer',
          result: 'ok',
        });
      });
      return { temporaryPassword: password };
    },
  );
}
