import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Paragraph } from './paragraph';
import { useProblemMessage } from './problem';

/** Shown while data loads; announced politely to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph" role="status">
      {t('common.loading')}
    </p>
  );
}

/** Shown when data could not be loaded. */
export function LoadError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  return (
    <Alert type="error" live>
      <Paragraph>
        <strong>{t('errors.loadFailed')}</strong> {message(error)}
      </Paragraph>
    </Alert>
  );
}

/** The part of a react-query result that `QueryState` needs. */
export interface QueryLike<T> {
  readonly isPending: boolean;
  readonly error: unknown;
  readonly data: T | undefined;
}

/**
 * The three states of data being read: a line while it loads, the error when it failed (left out with
 * `showError={false}` where an error summary names it), and the data once it is there.
 */
export function QueryState<T>({
  query,
  showError = true,
  children,
}: {
  readonly query: QueryLike<T>;
  readonly showError?: boolean;
  readonly children: (data: T) => ReactNode;
}) {
  return (
    <>
      {query.isPending ? <Loading /> : null}
      {showError && query.error ? <LoadError error={query.error} /> : null}
      {query.data !== undefined ? children(query.data) : null}
    </>
  );
}
