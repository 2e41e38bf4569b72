import { useQuery } from '@tanstack/react-query';
import type { KeyFigure, KeyFigureLookups } from '../../../../contract/netwerk-key-figures';
import { apiGet } from '../../../api';
import { isObject } from '../../../ui/form-send';
import type { BadgeStatus } from '../../../ui/status-badge';

/** The queries of the key figures' screens; every read is logged by the server. */
export const keyFiguresKey = ['sleutelfiguren'] as const;
export const keyFigureKey = (id: string) => [...keyFiguresKey, 'detail', id] as const;
export const contactsKey = (id: string) => [...keyFiguresKey, 'contacten', id] as const;
export const soundingsKey = [...keyFiguresKey, 'peilingen'] as const;

export function useKeyFigure(id: string) {
  return useQuery({
    queryKey: keyFigureKey(id),
    queryFn: () => apiGet<KeyFigure>(`/api/netwerk/sleutelfiguren/${encodeURIComponent(id)}`),
  });
}

export function useKeyFigureLookups() {
  return useQuery({
    queryKey: [...keyFiguresKey, 'keuzes'],
    queryFn: () => apiGet<KeyFigureLookups>('/api/netwerk/sleutelfiguren/keuzes'),
    staleTime: 60_000,
  });
}

export function isKeyFigure(value: unknown): value is KeyFigure {
  return isObject(value) && typeof value.community === 'string' && typeof value.version === 'number';
}

export const STATUS_BADGE: Record<KeyFigure['status'], BadgeStatus> = {
  actief: 'success',
  slapend: 'neutral',
  beeindigd: 'inactive',
};

export const UPKEEP_BADGE: Record<NonNullable<KeyFigure['upkeep']>['status'], BadgeStatus> = {
  op_tijd: 'success',
  binnenkort: 'warning',
  gesnoozed: 'neutral',
  achterstallig: 'danger',
};
