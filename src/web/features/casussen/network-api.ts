import { useQuery } from '@tanstack/react-query';
import type { Network } from '../../../contract/casus-network';
import { apiGet } from '../../api';
import { casePath } from './casus-api';

/** The netwerkanalyse API (src/server/routes/casussen-network.ts) as the web app reads it. */

export const networkKey = (id: string) => ['casus', id, 'netwerk'] as const;

export function useNetwork(id: string) {
  return useQuery({ queryKey: networkKey(id), queryFn: () => apiGet<Network>(`${casePath(id)}/netwerk`) });
}
