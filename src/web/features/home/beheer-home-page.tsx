import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NlTexts } from '../../i18n/resources';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';

type SectionKey = keyof NlTexts['home']['beheer']['sections'];
type T = TFunction;

/**
 * The parts of Beheer, each a route in app.tsx: the link is named with its own area's text (the words the
 * Beheer pages used for it before), the description is the landing page's.
 */
const BEHEER_SECTIONS: ReadonlyArray<{ key: SectionKey; path: string; title: (t: T) => string }> = [
  { key: 'gebruikers', path: '/beheer/gebruikers', title: (t) => t('beheer.usersTitle') },
  { key: 'meldpunt', path: '/beheer/meldpunt', title: (t) => t('meldpuntBeheer.link') },
  { key: 'overleggen', path: '/beheer/overleggen', title: (t) => t('overlegBeheer.link') },
  { key: 'maatregelen', path: '/beheer/maatregelen', title: (t) => t('casus.catalogue.link') },
  { key: 'checklists', path: '/beheer/checklists', title: (t) => t('casus.checklistTemplates.link') },
  { key: 'privacy', path: '/beheer/privacy', title: (t) => t('dataProtection.retention.beheerLink') },
];

/** /beheer: the functioneel beheerder's front door, with the way into every part of Beheer. */
export function BeheerHomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.beheer.title')} intro={t('home.beheer.intro')}>
      <nav aria-label={t('home.beheer.navLabel')}>
        <ul className="utrecht-unordered-list">
          {BEHEER_SECTIONS.map((s) => (
            <li key={s.key} className="utrecht-unordered-list__item">
              <AppLink to={s.path}>{s.title(t)}</AppLink> – {t(`home.beheer.sections.${s.key}`)}
            </li>
          ))}
        </ul>
      </nav>
    </Page>
  );
}
