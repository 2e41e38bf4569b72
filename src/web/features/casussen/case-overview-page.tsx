import { useTranslation } from 'react-i18next';
import { DataList } from '../../ui/data-list';
import { formatDate, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseOfPage } from './case-context';
import { CaseDecisions } from './case-decisions';
import { CaseParticipants } from './case-participants';
import { CaseTimeline } from './case-timeline';
import { ReviewDue } from './casus-ui';

/** /casussen/:id: who takes part, the review, the closure, and the timeline of everything in the case. */
export function CaseOverviewPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.overview.pageTitle', { reference: c.reference }));
  return (
    <>
      <Heading level={2} id="case-overview" className="duiden-visually-hidden">
        {t('casus.tabs.overview')}
      </Heading>
      <CaseParticipants />
      <Review />
      <CaseDecisions />
      <CaseTimeline events={c.timeline} />
    </>
  );
}

/** The review of a running case, or how a closed case was closed. */
function Review() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const closed = c.phase === 'afgesloten';
  const id = closed ? 'case-closure' : 'case-review';
  return (
    <section aria-labelledby={id} className="duiden-section">
      <Heading level={2} id={id}>
        {closed ? t('casus.closure.title') : t('casus.review.title')}
      </Heading>
      <DataList
        items={
          closed
            ? [
                {
                  key: 'reason',
                  label: t('casus.closure.reason'),
                  value: c.closureReason ? t(`casus.closureReasons.${c.closureReason}`) : t('common.none'),
                },
                { key: 'note', label: t('casus.closure.note'), value: c.closureNote || t('common.none') },
              ]
            : [
                {
                  key: 'next',
                  label: t('casus.review.next'),
                  value: <ReviewDue day={c.nextReviewOn} overdue={c.reviewOverdue} />,
                },
                { key: 'opened', label: t('casus.review.opened'), value: formatDate(c.openedAt) },
                ...(c.departedOn
                  ? [{ key: 'departed', label: t('casus.review.departedOn'), value: formatDay(c.departedOn) }]
                  : []),
              ]
        }
      />
    </section>
  );
}
