import type { AgreementStatus } from '../../../domain/regio/agreements';
import type { BadgeStatus } from '../../ui/status-badge';

/** The query keys and paths of the regional cooperation screens. */
export const AGREEMENTS_KEY = ['regio', 'afspraken'] as const;
export const agreementKey = (id: string) => [...AGREEMENTS_KEY, id] as const;
export const agreementPath = (id: string) => `/api/regio/afspraken/${encodeURIComponent(id)}`;

/** The badge of each status: the word carries the meaning, the colour only supports it. */
export const AGREEMENT_BADGE: Record<AgreementStatus, BadgeStatus> = {
  gepland: 'neutral',
  actief: 'success',
  verlopen: 'warning',
  beeindigd: 'inactive',
};
