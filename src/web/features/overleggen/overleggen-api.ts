import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { SessionUser } from '../../../contract/auth';
import type {
  ActionCounts,
  AgendaCandidate,
  AgendaItemDetail,
  Contribution,
  LegalBasis,
  MeetingAction,
  MeetingDetail,
  MeetingPage,
  MeetingSummary,
  MyActions,
} from '../../../contract/overleggen';
import type { Role } from '../../../domain/access/roles';
import type { MeetingType } from '../../../domain/overleg/types';
import { apiGet, queryString } from '../../api';
import { conflictCurrent, isObject, versionedWith } from '../../ui/form-send';
import { useCursorPages } from '../../ui/paged-results';

export const meetingsKey = ['overleggen'] as const;
export const meetingKey = (id: string) => ['overleg', id] as const;
export const itemsKey = ['agendapunt'] as const;
export const itemKey = (id: string) => [...itemsKey, id] as const;
export const candidatesKey = (id: string) => ['overleg-kandidaten', id] as const;
export const myActionsKey = ['acties-mijn'] as const;
export const actionCountsKey = ['acties-aantallen'] as const;

/** Who plans meetings at all: the officer every kind, the meldpunt the signaleringsoverleg. */
export const ORGANISER_ROLES: readonly Role[] = ['aandachtsfunctionaris', 'meldpunt'];

/** The kinds of meeting a role may plan (src/domain/overleg/access.ts, mayOrganise). */
export function typesToOrganise(role: Role): readonly MeetingType[] {
  if (role === 'aandachtsfunctionaris') return ['signaleringsoverleg', 'weegploeg', 'casusoverleg'];
  if (role === 'meldpunt') return ['signaleringsoverleg'];
  return [];
}

/** Who may chair: the municipality's officer, the mayor, or a meldpunt employee. */
const CHAIR_ROLES: readonly Role[] = ['aandachtsfunctionaris', 'burgemeester', 'meldpunt'];

export interface MeetingFilters {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly type?: string | undefined;
}

/** One page of meetings in the default period (the chairs named in them are offered as chair). */
export function useMeetings(filters: MeetingFilters) {
  const query = queryString({ from: filters.from, to: filters.to, type: filters.type, limit: '100' });
  return useQuery({
    queryKey: [...meetingsKey, query],
    queryFn: () => apiGet<MeetingPage>(`/api/overleggen${query}`),
    select: (page) => page.items,
  });
}

/** The coming or the past meetings of the list, page by page ("Meer laden"). */
export function useMeetingPages(filters: MeetingFilters, when: 'coming' | 'past') {
  const query = queryString({ from: filters.from, to: filters.to, type: filters.type, when }).replace(
    /^\?/,
    '',
  );
  return useCursorPages({
    key: [...meetingsKey, 'pages', query],
    path: '/api/overleggen',
    query,
    items: (page: MeetingPage) => page.items,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: () => apiGet<MeetingDetail>(`/api/overleggen/${encodeURIComponent(id)}`),
    enabled: id !== '',
  });
}

export function useItem(id: string) {
  return useQuery({
    queryKey: itemKey(id),
    queryFn: () => apiGet<AgendaItemDetail>(`/api/agendapunten/${encodeURIComponent(id)}`),
  });
}

/** What may go on the agenda, page by page ("Meer laden"). */
export function useCandidates(meetingId: string) {
  return useCursorPages({
    key: candidatesKey(meetingId),
    path: `/api/overleggen/${encodeURIComponent(meetingId)}/kandidaten`,
    items: (page: { items: AgendaCandidate[]; nextCursor: string | null }) => page.items,
  });
}

/** The officers of the municipality, one of whom the weegploeg or the casusoverleg names regisseur. */
export function useRegisseurs() {
  return useQuery({
    queryKey: ['casus-regisseurs'],
    queryFn: () => apiGet<Array<{ id: string; name: string }>>('/api/casussen/regisseurs'),
    staleTime: 5 * 60_000,
  });
}

export function useLegalBases() {
  return useQuery({
    queryKey: ['overleg-grondslagen'],
    queryFn: () => apiGet<LegalBasis[]>('/api/overleggen/grondslagen'),
    staleTime: 5 * 60_000,
  });
}

/** "Mijn acties" page by page ("Meer laden"); the counts come with every page. */
export function useMyActions(includeDone: boolean) {
  return useCursorPages({
    key: [...myActionsKey, includeDone],
    path: '/api/acties/mijn',
    query: includeDone ? 'includeDone=true' : '',
    items: (page: MyActions) => page.actions,
  });
}

export function useActionCounts(enabled: boolean) {
  return useQuery({
    queryKey: actionCountsKey,
    queryFn: () => apiGet<ActionCounts>('/api/acties/mijn/aantallen'),
    enabled,
  });
}

export interface PersonOption {
  readonly userId: string;
  readonly name: string;
}

/**
 * The people who can be chosen as chair. The API has no list of users for organisers, so these are the
 * signed-in user (when their role may chair) and the chairs of the meetings they see.
 */
export function chairOptions(
  user: SessionUser,
  meetings: readonly MeetingSummary[],
  current?: PersonOption,
): PersonOption[] {
  const out: PersonOption[] = [];
  const add = (p: PersonOption) => {
    if (!out.some((o) => o.userId === p.userId)) out.push(p);
  };
  if (CHAIR_ROLES.includes(user.role)) add({ userId: user.id, name: user.displayName });
  if (current) add(current);
  for (const m of meetings) add({ userId: m.chair.userId, name: m.chair.name });
  return out;
}

/**
 * After a change of a meeting or its agenda: read the meeting, its items and the lists again (the meeting
 * list shows the number of items and the status).
 */
export async function reloadMeeting(queryClient: QueryClient, meetingId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: meetingsKey });
  void queryClient.invalidateQueries({ queryKey: candidatesKey(meetingId) });
  void queryClient.invalidateQueries({ queryKey: itemsKey });
  await queryClient.invalidateQueries({ queryKey: meetingKey(meetingId) });
}

/** After a change of an item: read it and its meeting again. */
export async function reloadItem(queryClient: QueryClient, itemId: string, meetingId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: meetingKey(meetingId) });
  void queryClient.invalidateQueries({ queryKey: meetingsKey });
  void queryClient.invalidateQueries({ queryKey: myActionsKey });
  void queryClient.invalidateQueries({ queryKey: actionCountsKey });
  await queryClient.invalidateQueries({ queryKey: itemKey(itemId) });
}

const isMeeting = versionedWith<MeetingDetail>((v) => isObject(v.minutes) && Array.isArray(v.items));
const isItem = versionedWith<AgendaItemDetail>((v) => Array.isArray(v.contributions));
const isContribution = versionedWith<Contribution>(
  (v) => typeof v.text === 'string' && isObject(v.legalBasis),
);
const isAction = versionedWith<MeetingAction>((v) => typeof v.status === 'string' && isObject(v.owner));

/** The meeting now saved, carried by a 409 answer (likewise an item, a contribution, an action). */
export const conflictMeeting = (error: unknown) => conflictCurrent(error, isMeeting);
export const conflictItem = (error: unknown) => conflictCurrent(error, isItem);
export const conflictContribution = (error: unknown) => conflictCurrent(error, isContribution);
export const conflictAction = (error: unknown) => conflictCurrent(error, isAction);
