import type { Label } from '../../../contract/primitives';
import type { AnswerJson } from '../../../contract/zelfscan';
import { versionedWith } from '../../ui/form-send';

/** The self-assessment's queries and small helpers shared by its screens. */

export const ZELFSCAN_KEY = ['zelfscan'] as const;
export const roundKey = (id: string) => [...ZELFSCAN_KEY, 'ronde', id] as const;
export const roundPath = (id: string) => `/api/zelfscan/rondes/${id}`;

/** Who may start rounds, answer and close them (the others read). */
export function mayManageZelfscan(role: string | undefined): boolean {
  return role === 'aandachtsfunctionaris' || role === 'beleidsmedewerker';
}

/** A text in the language shown. */
export function inLanguage(label: { nl: string; en: string }, language: string): string {
  return language === 'en' ? label.en || label.nl : label.nl;
}

export type { Label };

/** The answer a 409 carries. */
export const isAnswer = versionedWith<AnswerJson>((v) => typeof v.answer === 'string');
