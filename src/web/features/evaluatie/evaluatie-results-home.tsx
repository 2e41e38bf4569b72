import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';

/**
 * The sections of the evaluatie this part adds (measure results, working elements, policy goals), for the
 * evaluatie's landing page; until it is joined with the intervention register, a landing page of its own.
 */
export const EVALUATIE_RESULT_SECTIONS = [
  {
    to: '/evaluatie/resultaten',
    title: 'evaluatieResultaten.results.title',
    intro: 'evaluatieResultaten.home.results',
  },
  {
    to: '/evaluatie/doelen',
    title: 'evaluatieResultaten.goals.title',
    intro: 'evaluatieResultaten.home.goals',
  },
  {
    to: '/evaluatie/werkzame-elementen',
    title: 'evaluatieResultaten.elements.title',
    intro: 'evaluatieResultaten.home.elements',
  },
] as const;

export function EvaluatieResultsHome() {
  const { t } = useTranslation();
  return (
    <Page title={t('evaluatieResultaten.home.title')} intro={t('evaluatieResultaten.home.intro')}>
      <ul className="duiden-link-list">
        {EVALUATIE_RESULT_SECTIONS.map((s) => (
          <li key={s.to}>
            <AppLink to={s.to}>{t(s.title)}</AppLink>
            <Paragraph>{t(s.intro)}</Paragraph>
          </li>
        ))}
      </ul>
    </Page>
  );
}
