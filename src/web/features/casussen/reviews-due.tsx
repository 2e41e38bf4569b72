import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useReviewsDue } from './casus-api';
import { HomeCaseList, ReviewDue } from './casus-ui';

/**
 * On the officer's home page: the cases whose review date has passed, as links by reference (no names on
 * the start page), the oldest first.
 */
export function ReviewsDue() {
  const { t } = useTranslation();
  const due = useReviewsDue(true);
  if (!due.data) return null;
  return (
    <HomeCaseList
      id="home-reviews"
      title={t('casus.home.title')}
      none={t('casus.home.none')}
      cases={due.data}
      detail={(c) => (
        <>
          {t('casus.home.dueSince')} <ReviewDue day={c.nextReviewOn} overdue />
        </>
      )}
    >
      <Paragraph>
        <AppLink to="/casussen?telaat=ja">{t('casus.home.allLink')}</AppLink>
      </Paragraph>
    </HomeCaseList>
  );
}
