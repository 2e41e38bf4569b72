import { useTranslation } from 'react-i18next';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useReviewsDue } from './casus-api';
import { ReviewDue } from './casus-ui';

/**
 * On the officer's home page: the cases whose review date has passed, as links by reference (no names on
 * the start page), the oldest first.
 */
export function ReviewsDue() {
  const { t } = useTranslation();
  const due = useReviewsDue(true);
  if (!due.data) return null;
  return (
    <section aria-labelledby="home-reviews">
      <Heading level={2} id="home-reviews">
        {t('casus.home.title')}
      </Heading>
      {due.data.length === 0 ? (
        <Paragraph>{t('casus.home.none')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {due.data.map((c) => (
            <li key={c.id}>
              <AppLink to={`/casussen/${c.id}`}>
                {t('casus.layout.title', { reference: c.reference })}
              </AppLink>
              {' – '}
              {t('casus.home.dueSince')} <ReviewDue day={c.nextReviewOn} overdue />
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <AppLink to="/casussen?telaat=ja">{t('casus.home.allLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
