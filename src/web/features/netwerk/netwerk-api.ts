import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  NetworkContact,
  NetworkCoverage,
  NetworkLookups,
  Partner,
} from '../../../contract/netwerk-partners';
import type { NetworkLabel } from '../../../domain/netwerk/partners';
import { apiGet } from '../../api';
import { conflictCurrent, versionedWith } from '../../ui/form-send';

/** The netwerk area's calls, query keys and addresses. */

export const API = '/api/netwerk';
export const PARTNERS_PATH = `${API}/partners`;
export const partnerPath = (id: string) => `${PARTNERS_PATH}/${id}`;
export const contactPath = (id: string) => `${API}/contactpersonen/${id}`;
export const logPath = (id: string) => `${contactPath(id)}/contactmomenten`;

export const netwerkKey = ['netwerk'] as const;
export const lookupsKey = ['netwerk', 'keuzelijsten'] as const;
export const partnersKey = (query: string) => ['netwerk', 'partners', query] as const;
export const partnerKey = (id: string) => ['netwerk', 'partner', id] as const;
export const dueKey = (query: string) => ['netwerk', 'contactonderhoud', query] as const;
export const logKey = (id: string) => ['netwerk', 'contactmomenten', id] as const;

/** The screens' addresses. */
export const netwerkPage = '/netwerk';
export const newPartnerPage = '/netwerk/partners/nieuw';
export const partnerPage = (id: string) => `/netwerk/partners/${id}`;
export const duePage = '/netwerk/contactonderhoud';
export const coveragePage = '/netwerk/dekking';

export function useLookups() {
  return useQuery({ queryKey: lookupsKey, queryFn: () => apiGet<NetworkLookups>(`${API}/keuzelijsten`) });
}

export function usePartner(id: string) {
  return useQuery({ queryKey: partnerKey(id), queryFn: () => apiGet<Partner>(partnerPath(id)) });
}

export function useCoverage() {
  return useQuery({
    queryKey: ['netwerk', 'dekking'],
    queryFn: () => apiGet<NetworkCoverage>(`${API}/dekking`),
  });
}

/** A label of the domain's lists in the language shown. */
export function useLabel() {
  const { i18n } = useTranslation();
  return (l: NetworkLabel | undefined, fallback = ''): string =>
    l ? (i18n.language === 'en' ? l.en : l.nl) : fallback;
}

const isPartner = versionedWith<Partner>((v) => Array.isArray(v.contactPersons));
export const conflictPartner = (error: unknown) => conflictCurrent(error, isPartner);
const isContact = versionedWith<NetworkContact>((v) => typeof v.upkeep === 'object');
export const conflictContact = (error: unknown) => conflictCurrent(error, isContact);
