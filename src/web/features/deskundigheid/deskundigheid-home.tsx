import { useTranslation } from 'react-i18next';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { useSignedInUser } from '../../session';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';

/**
 * The parts of deskundigheidsbevordering, each with the access rule of the API it reads, so the front door
 * shows a role only what it can open (the server decides again). A part adds its section here, once it has
 * real screens.
 */
type Section = { to: string; title: string; intro: string; rule: keyof typeof POLICY };

export const DESKUNDIGHEID_SECTIONS: readonly Section[] = [
  // The curriculum, the catalogue and the people register.
  {
    to: '/deskundigheid/leerplan',
    title: 'deskundigheid.sections.curriculum.title',
    intro: 'deskundigheid.sections.curriculum.intro',
    rule: 'deskundigheid.read',
  },
  {
    to: '/deskundigheid/aanbod',
    title: 'deskundigheid.sections.catalogue.title',
    intro: 'deskundigheid.sections.catalogue.intro',
    rule: 'deskundigheid.read',
  },
  {
    to: '/deskundigheid/personen',
    title: 'deskundigheid.sections.people.title',
    intro: 'deskundigheid.sections.people.intro',
    rule: 'deskundigheid.people',
  },
  // Sessions (src/web/features/deskundigheid/session*): the list and the import of attendance lists.
  {
    to: '/deskundigheid/sessies',
    title: 'deskundigheidSessies.section.title',
    intro: 'deskundigheidSessies.section.intro',
    rule: 'deskundigheid.read',
  },
  {
    to: '/deskundigheid/sessies/import',
    title: 'deskundigheidSessies.importSection.title',
    intro: 'deskundigheidSessies.importSection.intro',
    rule: 'deskundigheid.peopleManage',
  },
  {
    to: '/deskundigheid/dekking',
    title: 'deskundigheidDekking.section.title',
    intro: 'deskundigheidDekking.section.intro',
    rule: 'deskundigheid.coverage',
  },
];

export function deskundigheidSectionsFor(role: Role): Section[] {
  return DESKUNDIGHEID_SECTIONS.filter((s) => (POLICY[s.rule] as readonly Role[]).includes(role));
}

export function DeskundigheidHome() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Page title={t('deskundigheid.home.title')} intro={t('deskundigheid.home.intro')}>
      <ul className="duiden-link-list">
        {deskundigheidSectionsFor(user.role).map((s) => (
          <li key={s.to}>
            <AppLink to={s.to}>{t(s.title as never)}</AppLink>
            <Paragraph>{t(s.intro as never)}</Paragraph>
          </li>
        ))}
      </ul>
    </Page>
  );
}
