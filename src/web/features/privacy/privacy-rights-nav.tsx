import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/link';

const LINKS = [
  ['/privacy', 'dashboard'],
  ['/privacy/verzoeken', 'requests'],
  ['/privacy/verstrekkingen', 'disclosures'],
  ['/privacy/verwerkingsregister', 'register'],
] as const;

/** The privacy officer's pages for rights and registers, linked to each other. */
export function PrivacyRightsNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('dataProtection.subject.nav.label')}>
      <ul className="utrecht-unordered-list">
        {LINKS.map(([path, key]) => (
          <li key={path} className="utrecht-unordered-list__item">
            <AppLink to={path}>{t(`dataProtection.subject.nav.${key}`)}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
