import { recordAccess } from '../../db/access-log.js';
import { tenantsOfUser } from '../../db/credentials.js';
import type { Queryable } from '../../db/database.js';

export interface AttemptInfo {
  readonly clientIp: string | null;
  readonly requestId: string;
  readonly now: Date;
}

/**
 * Writes a refused sign-in to the access log. For a known user, one entry per tenant they work in, so the
 * privacy officer of each of those tenants sees it; otherwise one entry without a tenant (it is in the sealed
 * chain all the same). The purpose names the reason only: never a user name, password, code, token or claim.
 */
export async function logSignInFailure(
  q: Queryable,
  input: AttemptInfo & { readonly userId: string | null; readonly purpose: string },
): Promise<void> {
  const tenants: Array<string | null> = input.userId ? await tenantsOfUser(q, input.userId) : [];
  if (tenants.length === 0) tenants.push(null);
  for (const tenantId of tenants) {
    await recordAccess(q, input.now, {
      tenantId,
      actorUserId: input.userId,
      action: 'sign_in',
      objectType: 'session',
      purpose: input.purpose,
      result: 'failed',
      clientIp: input.clientIp,
      requestId: input.requestId,
    });
  }
}
