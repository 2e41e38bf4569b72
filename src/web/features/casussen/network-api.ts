import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api';
import { casePath } from './casus-api';

/** The netwerkanalyse API (src/server/routes/casussen-network.ts) as the web app reads it. */

export const NETWORK_RELATIONS = [
  'ouder',
  'broer_zus',
  'neef_nicht',
  'partner',
  'kind',
  'ander_familielid',
  'vriend',
  'anders',
] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];
export const NETWORK_LINK_KINDS = [
  'ouder_van',
  'broer_zus',
  'neef_nicht',
  'partner',
  'ander_familielid',
  'vriend',
  'anders',
] as const;
export type NetworkLinkKind = (typeof NETWORK_LINK_KINDS)[number];

export const isFamily = (r: NetworkRelation): boolean => r !== 'vriend' && r !== 'anders';

export interface NetworkPerson {
  readonly id: string;
  readonly name: string;
  readonly relation: NetworkRelation;
  readonly relationNote: string;
  readonly vulnerability: string;
  readonly preventiveCare: boolean;
  readonly preventiveCareNote: string;
  readonly linkedPerson: { readonly id: string; readonly name: string } | null;
  readonly linkedCase: { readonly id: string; readonly reference: string } | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly version: number;
}

export interface NetworkRelationRecord {
  readonly id: string;
  readonly fromPersonId: string;
  readonly toPersonId: string;
  readonly kind: NetworkLinkKind;
  readonly note: string;
  readonly version: number;
}

export interface Network {
  readonly subject: { readonly id: string; readonly name: string };
  readonly persons: readonly NetworkPerson[];
  readonly relations: readonly NetworkRelationRecord[];
  readonly mayEdit: boolean;
}

export const networkKey = (id: string) => ['casus', id, 'netwerk'] as const;

export function useNetwork(id: string) {
  return useQuery({ queryKey: networkKey(id), queryFn: () => apiGet<Network>(`${casePath(id)}/netwerk`) });
}
