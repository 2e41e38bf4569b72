import { useTranslation } from 'react-i18next';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { usePageTitle } from '../../ui/use-page-title';

export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <Heading level={1}>{t('forbidden.title')}</Heading>
      <Paragraph>{t('forbidden.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('forbidden.home')}</AppLink>
      </Paragraph>
    </>
  );
}
