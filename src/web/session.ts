import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SessionInfo, SessionUser } from '../contract/auth';
import { fetchSession } from './api';

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
}

/** The signed-in user; only for components below RequireSignedIn, which waits for the session. */
export function useSignedInUser(): SessionUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useSignedInUser outside RequireSignedIn');
  return data.user;
}

/**
 * After signing in, out or switching role: forget everything read for the previous user or role, then read
 * the session again (with its new CSRF token). Pages react to the new session (the sign-in page redirects).
 * Queries marked `meta: { public: true }` hold nothing of anyone and stay: a late 401 of the previous page
 * must not remove the sign-in page's own query while it is loading (its observer would wait forever).
 */
export async function resetForNewSession(queryClient: QueryClient): Promise<SessionInfo> {
  queryClient.removeQueries({
    predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && q.meta?.public !== true,
  });
  return queryClient.fetchQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 0 });
}

export function useResetForNewSession(): () => Promise<SessionInfo> {
  const queryClient = useQueryClient();
  return useCallback(() => resetForNewSession(queryClient), [queryClient]);
}
