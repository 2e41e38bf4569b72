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
