import { useTranslation } from 'react-i18next';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useCaseAttention } from './casus-api';
import { ReviewDue } from './casus-ui';

/**
 * On the officer's home page: the cases with checklist items whose term has passed or falls within a week,
 * as links by reference (no names on the start page), the earliest term first.
 */
export function ChecklistTermsDue() {
  const { t } = useTranslation();
  const attention = useCaseAttention(true);
  if (!attention.data) return null;
  const terms = attention.data.checklistTerms;
  return (
    <section aria-labelledby="home-checklists">
      <Heading level={2} id="home-checklists">
        {t('casus.home.checklistsTitle')}
      </Heading>
      {terms.length === 0 ? (
        <Paragraph>{t('casus.home.checklistsNone')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {terms.map((c) => (
            <li key={c.id}>
              <AppLink to={`/casussen/${c.id}/checklists`}>
                {t('casus.layout.title', { reference: c.reference })}
              </AppLink>
              {' – '}
              {t('casus.home.checklistItems', { count: c.openItems })}{' '}
              <ReviewDue day={c.dueOn} overdue={c.overdue} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** On the officer's home page: the running cases that have no regisseur yet, by reference. */
export function CasesWithoutRegisseur() {
  const { t } = useTranslation();
  const attention = useCaseAttention(true);
  if (!attention.data) return null;
  const cases = attention.data.withoutRegisseur;
  return (
    <section aria-labelledby="home-regisseur">
      <Heading level={2} id="home-regisseur">
        {t('casus.home.withoutRegisseurTitle')}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{t('casus.home.withoutRegisseurNone')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {cases.map((c) => (
            <li key={c.id}>
              <AppLink to={`/casussen/${c.id}`}>
                {t('casus.layout.title', { reference: c.reference })}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
