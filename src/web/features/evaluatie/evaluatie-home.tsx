import { useTranslation } from 'react-i18next';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { useSignedInUser } from '../../session';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';

/**
 * The sections of the evaluatie, each with the access rule of the API it reads, so the landing page shows a
 * role only the sections it can open (the server decides again). A part of the evaluatie adds its sections here.
 */
export const EVALUATIE_SECTIONS = [
  {
    to: '/evaluatie/resultaten',
    title: 'evaluatieResultaten.results.title',
    intro: 'evaluatieResultaten.home.results',
    rule: 'evaluatie.results',
  },
  {
    to: '/evaluatie/doelen',
    title: 'evaluatieResultaten.goals.title',
    intro: 'evaluatieResultaten.home.goals',
    rule: 'evaluatie.goalsRead',
  },
  {
    to: '/evaluatie/werkzame-elementen',
    title: 'evaluatieResultaten.elements.title',
    intro: 'evaluatieResultaten.home.elements',
    rule: 'evaluatie.workingElements',
  },
  {
    to: '/evaluatie/interventies',
    title: 'evaluatie.register.title',
    intro: 'evaluatie.home.interventions',
    rule: 'evaluatie.interventionsRead',
  },
] as const satisfies ReadonlyArray<{ to: string; title: string; intro: string; rule: keyof typeof POLICY }>;

export function evaluatieSectionsFor(role: Role) {
  return EVALUATIE_SECTIONS.filter((s) => (POLICY[s.rule] as readonly Role[]).includes(role));
}

export function EvaluatieHome() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Page title={t('evaluatieResultaten.home.title')} intro={t('evaluatieResultaten.home.intro')}>
      <ul className="duiden-link-list">
        {evaluatieSectionsFor(user.role).map((s) => (
          <li key={s.to}>
            <AppLink to={s.to}>{t(s.title)}</AppLink>
            <Paragraph>{t(s.intro)}</Paragraph>
          </li>
        ))}
      </ul>
    </Page>
  );
}
