import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title of a page ("<page> – Duiden"), also after the language changes. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const full = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = full;
  }, [full]);
}
