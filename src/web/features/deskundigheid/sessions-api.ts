import { useQuery } from '@tanstack/react-query';
import type { Session, SessionLookups } from '../../../contract/deskundigheid-sessions';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { apiGet } from '../../api';
import { conflictCurrent, versionedWith } from '../../ui/form-send';

/** The sessions part's calls, query keys and addresses. */

export const API = '/api/deskundigheid';
export const SESSIONS_PATH = `${API}/sessies`;
export const sessionPath = (id: string) => `${SESSIONS_PATH}/${id}`;
export const certificatePath = (id: string, personId: string) =>
  `${sessionPath(id)}/deelnemers/${personId}/certificaat`;

export const sessionsKey = ['deskundigheid', 'sessies'] as const;
export const sessionKey = (id: string) => ['deskundigheid', 'sessies', 'een', id] as const;

export const sessionsPage = '/deskundigheid/sessies';
export const newSessionPage = '/deskundigheid/sessies/nieuw';
export const importPage = '/deskundigheid/sessies/import';
export const sessionPage = (id: string) => `/deskundigheid/sessies/${id}`;
export const reactionPage = (token: string) => `/reactie/${token}`;

export function useSessionLookups() {
  return useQuery({
    queryKey: ['deskundigheid', 'sessie-keuzelijsten'],
    queryFn: () => apiGet<SessionLookups>(`${API}/sessie-keuzelijsten`),
  });
}

export function useSession(id: string) {
  return useQuery({ queryKey: sessionKey(id), queryFn: () => apiGet<Session>(sessionPath(id)) });
}

/** Whether the role may record sessions and participants (the server decides again). */
export const mayManageSessions = (role: Role) =>
  (POLICY['deskundigheid.manage'] as readonly Role[]).includes(role);
export const mayImport = (role: Role) =>
  (POLICY['deskundigheid.peopleManage'] as readonly Role[]).includes(role);

const isSession = versionedWith<Session>((v) => Array.isArray(v.people));
export const conflictSession = (error: unknown) => conflictCurrent(error, isSession);

/** A chosen file as the API takes it: its name and its bytes in base64 (the server decides what it is). */
export function fileUpload(file: File): Promise<{ fileName: string; contentBase64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ fileName: file.name, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
