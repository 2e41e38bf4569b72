import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../ui/paragraph';
import { useCaseAttention } from './casus-api';
import { HomeCaseList, ReviewDue } from './casus-ui';

/**
 * On the officer's home page: the cases with checklist items whose term has passed or falls within a week,
 * as links by reference (no names on the start page), the earliest term first.
 */
export function ChecklistTermsDue() {
  const { t } = useTranslation();
  const attention = useCaseAttention(true);
  if (!attention.data) return null;
  return (
    <HomeCaseList
      id="home-checklists"
      title={t('casus.home.checklistsTitle')}
      none={t('casus.home.checklistsNone')}
      cases={attention.data.checklistTerms}
      path={(c) => `/casussen/${c.id}/checklists`}
      detail={(c) => (
        <>
          {t('casus.home.checklistItems', { count: c.openItems })}{' '}
          <ReviewDue day={c.dueOn} overdue={c.overdue} />
        </>
      )}
    />
  );
}

/** On the officer's home page: the running cases that have no regisseur yet, the first by reference. */
export function CasesWithoutRegisseur() {
  const { t } = useTranslation();
  const attention = useCaseAttention(true);
  if (!attention.data) return null;
  const more = attention.data.withoutRegisseurTotal - attention.data.withoutRegisseur.length;
  return (
    <HomeCaseList
      id="home-regisseur"
      title={t('casus.home.withoutRegisseurTitle')}
      none={t('casus.home.withoutRegisseurNone')}
      cases={attention.data.withoutRegisseur}
    >
      {more > 0 ? <Paragraph>{t('casus.home.withoutRegisseurMore', { count: more })}</Paragraph> : null}
    </HomeCaseList>
  );
}
