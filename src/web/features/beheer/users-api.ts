import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../contract/auth';
import type { Organisation, User } from '../../../contract/users';
import { apiGet } from '../../api';
import { SESSION_KEY } from '../../session';

export const usersKey = ['users'] as const;
export const userKey = (id: string) => ['users', id] as const;
export const organisationsKey = ['organisations'] as const;

export function useUsers() {
  return useQuery({ queryKey: usersKey, queryFn: () => apiGet<User[]>('/api/users') });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: () => apiGet<User>(`/api/users/${encodeURIComponent(id)}`),
  });
}

export function useOrganisations() {
  return useQuery({
    queryKey: organisationsKey,
    queryFn: () => apiGet<Organisation[]>('/api/organisations'),
    staleTime: 5 * 60_000,
  });
}

/**
 * After a change to one user: keep the answer as that user's data and read the list again when shown. A
 * change to the administrator's own account (e.g. a role added) also changes their session's roles.
 */
export function storeUser(queryClient: QueryClient, user: User): void {
  queryClient.setQueryData(userKey(user.id), user);
  void queryClient.invalidateQueries({ queryKey: usersKey, exact: true });
  if (queryClient.getQueryData<SessionInfo>(SESSION_KEY)?.user?.id === user.id) {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }
}

export type UserStatus = 'active' | 'locked' | 'disabled';

export function isLocked(user: User, now: Date = new Date()): boolean {
  return user.lockedOut || (user.lockedUntil !== null && new Date(user.lockedUntil) > now);
}

export function userStatus(user: User, now: Date = new Date()): UserStatus {
  if (user.disabledAt) return 'disabled';
  return isLocked(user, now) ? 'locked' : 'active';
}

export const STATUS_BADGE = { active: 'success', locked: 'warning', disabled: 'inactive' } as const;

/** Whether a value (e.g. the `current` member of a 409 problem) is a user. */
export function isUser(value: unknown): value is User {
  if (typeof value !== 'object' || value === null) return false;
  const u = value as Partial<User>;
  return typeof u.id === 'string' && typeof u.version === 'number' && Array.isArray(u.memberships);
}

/**
 * What the user page knows of the user and the version its changes are based on. The version only moves with
 * this page's own changes (and after a conflict, to the version the administrator has now seen), so a
 * change made elsewhere in the meantime is answered with 409 instead of being overwritten.
 */
export interface UserChanges {
  readonly user: User;
  readonly baseVersion: number;
  /** Keep a user returned by one of this page's own changes. */
  readonly accept: (user: User) => void;
  /** Read the user again after a change that returns no user, and accept that version. */
  readonly reload: () => Promise<void>;
}
