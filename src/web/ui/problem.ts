import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { currentLanguage } from '../i18n/i18n';

/**
 * The message of a failed call in the current language. The server's problem documents word their own wait
 * time; an answer without one (e.g. from a proxy) gets the Retry-After time added.
 */
export function problemMessage(error: unknown, t: TFunction, language: string | undefined): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  if (error.code === 'network') return t('errors.network');
  if (error.messages) return error.messages[currentLanguage(language)];
  return error.retryAfterSeconds
    ? `${t('errors.unknown')} ${t('errors.retryAfter', { count: error.retryAfterSeconds })}`
    : t('errors.unknown');
}

export function useProblemMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => problemMessage(error, t, i18n.resolvedLanguage),
    [t, i18n.resolvedLanguage],
  );
}

/** The server's message for one field (problem.errors[].field), in the current language. */
export function useFieldErrors(error: unknown): (field: string) => string | undefined {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (field: string) => {
    if (!(error instanceof ApiError)) return undefined;
    return error.errors.find((e) => e.field === field)?.[language];
  };
}

/** A validation problem found before sending, worded like the server's, in both languages. */
export function clientValidationError(
  t: TFunction,
  field: string,
  key: 'signIn.local.passwordsDiffer',
): ApiError {
  const nl = t(key, { lng: 'nl' });
  const en = t(key, { lng: 'en' });
  return new ApiError(400, 'validation', { nl, en }, [{ field, nl, en }]);
}

/** A field's problem as the server words it (the domain's FieldIssue), found before sending. */
export interface CheckedField {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

/**
 * The problems a form's own check found before a step that asks for confirmation, as the server's validation
 * problem ("Niet alle velden zijn goed ingevuld.", one message per field), so the error summary links to each
 * field; null when there are none and the confirmation may be asked.
 */
export function checkedBeforeConfirming(issues: readonly CheckedField[]): ApiError | null {
  if (issues.length === 0) return null;
  const seen = new Set<string>();
  const errors = issues.filter((i) => !seen.has(i.field) && seen.add(i.field));
  return new ApiError(
    400,
    'validation',
    { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' },
    errors.map(({ field, nl, en }) => ({ field, nl, en })),
  );
}
