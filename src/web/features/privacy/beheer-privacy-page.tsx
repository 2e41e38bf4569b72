import { useTranslation } from 'react-i18next';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { usePageTitle } from '../../ui/use-page-title';
import { PrivacySettingsForm } from './privacy-settings-form';
import { RetentionRules } from './retention-page';

/** /beheer/privacy: the functioneel beheerder configures the retention terms and privacy settings. */
export function BeheerPrivacyPage() {
  const { t } = useTranslation();
  usePageTitle(t('dataProtection.retention.beheerTitle'));
  return (
    <>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t('beheer.backToUsers')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('dataProtection.retention.beheerTitle')}</Heading>
      <Paragraph>{t('dataProtection.retention.beheerIntro')}</Paragraph>
      <RetentionRules />
      <PrivacySettingsForm />
    </>
  );
}
