import { useQuery } from '@tanstack/react-query';
import type { DeskundigheidLookups, TargetGroup, Training } from '../../../contract/deskundigheid-curriculum';
import type { TrainingPerson } from '../../../contract/deskundigheid-people';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { apiGet } from '../../api';
import { conflictCurrent, versionedWith } from '../../ui/form-send';

/** The curriculum, catalogue and people screens' calls, query keys and addresses. */

export const API = '/api/deskundigheid';
export const GROUPS_PATH = `${API}/doelgroepen`;
export const groupPath = (id: string) => `${GROUPS_PATH}/${id}`;
export const TRAININGS_PATH = `${API}/trainingen`;
export const trainingPath = (id: string) => `${TRAININGS_PATH}/${id}`;
export const PEOPLE_PATH = `${API}/personen`;
export const personPath = (id: string) => `${PEOPLE_PATH}/${id}`;

export const deskundigheidKey = ['deskundigheid'] as const;
export const lookupsKey = ['deskundigheid', 'keuzelijsten'] as const;
export const groupsKey = (query: string) => ['deskundigheid', 'doelgroepen', query] as const;
export const trainingsKey = (query: string) => ['deskundigheid', 'trainingen', query] as const;
export const trainingKey = (id: string) => ['deskundigheid', 'training', id] as const;
export const peopleKey = (query: string) => ['deskundigheid', 'personen', query] as const;
export const personKey = (id: string) => ['deskundigheid', 'persoon', id] as const;

/** The screens' addresses. */
export const curriculumPage = '/deskundigheid/leerplan';
export const cataloguePage = '/deskundigheid/aanbod';
export const newTrainingPage = '/deskundigheid/aanbod/nieuw';
export const trainingPage = (id: string) => `/deskundigheid/aanbod/${id}`;
export const peoplePage = '/deskundigheid/personen';
export const newPersonPage = '/deskundigheid/personen/nieuw';
export const personPage = (id: string) => `/deskundigheid/personen/${id}`;

/** Whether the role may keep the rule's records (the server decides again). */
export const mayDo = (rule: keyof typeof POLICY, role: Role): boolean =>
  (POLICY[rule] as readonly Role[]).includes(role);

export function useLookups() {
  return useQuery({
    queryKey: lookupsKey,
    queryFn: () => apiGet<DeskundigheidLookups>(`${API}/keuzelijsten`),
  });
}

export function useTraining(id: string) {
  return useQuery({ queryKey: trainingKey(id), queryFn: () => apiGet<Training>(trainingPath(id)) });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: () => apiGet<TrainingPerson>(personPath(id)) });
}

const isGroup = versionedWith<TargetGroup>((v) => typeof v.requiredLevel === 'string');
export const conflictGroup = (error: unknown) => conflictCurrent(error, isGroup);
const isTraining = versionedWith<Training>((v) => typeof v.provider === 'string');
export const conflictTraining = (error: unknown) => conflictCurrent(error, isTraining);
const isPerson = versionedWith<TrainingPerson>((v) => typeof v.requirement === 'object');
export const conflictPerson = (error: unknown) => conflictCurrent(error, isPerson);
