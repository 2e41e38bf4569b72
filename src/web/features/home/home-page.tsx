import { useTranslation } from 'react-i18next';
import { areasFor } from '../../navigation';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { usePageTitle } from '../../ui/use-page-title';
import { RoleSwitcher } from './role-switcher';

/** The start page: who you are here, and what your role can do in the areas that exist. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('home.title'));
  const areas = areasFor(user.role);

  return (
    <>
      <Heading level={1}>{t('home.welcome', { name: user.displayName })}</Heading>
      <DataList
        items={[
          { key: 'organisation', label: t('home.organisation'), value: user.organisationName },
          { key: 'role', label: t('home.role'), value: t(`roles.${user.role}`) },
        ]}
      />
      <Paragraph lead>{t(`home.roleDescription.${user.role}`)}</Paragraph>
      <section aria-labelledby="home-areas">
        <Heading level={2} id="home-areas">
          {t('home.whatYouCanDo')}
        </Heading>
        {areas.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {areas.map((a) => (
              <li key={a.area}>
                <AppLink to={a.path}>{t(`nav.${a.area}`)}</AppLink> – {t(`home.areas.${a.area}`)}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('home.nothingYet')}</Paragraph>
        )}
      </section>
      {user.memberships.length > 1 ? <RoleSwitcher user={user} /> : null}
    </>
  );
}
