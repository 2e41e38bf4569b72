import { useTranslation } from 'react-i18next';
import { DataList } from '../../ui/data-list';
import { formatDate, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseOfPage } from './case-context';
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
      <Participants />
      <Review />
      <CaseTimeline events={c.timeline} />
    </>
  );
}

function Participants() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  return (
    <section aria-labelledby="case-participants" className="duiden-section">
      <Heading level={2} id="case-participants">
        {t('casus.participants.title')}
      </Heading>
      {c.participants.length === 0 ? (
        <Paragraph>{t('casus.participants.none')}</Paragraph>
      ) : (
        <Table
          caption={t('casus.participants.title')}
          captionHidden
          head={
            <Tr>
              <Th>{t('casus.participants.organisation')}</Th>
              <Th>{t('casus.participants.person')}</Th>
              <Th>{t('casus.participants.role')}</Th>
              <Th>{t('casus.participants.period')}</Th>
            </Tr>
          }
        >
          {c.participants.map((p) => (
            <Tr key={p.id}>
              <Td>{p.organisation.name}</Td>
              <Td>{p.user?.name ?? t('common.none')}</Td>
              <Td>{p.role}</Td>
              <Td>
                {p.leftAt
                  ? t('casus.participants.ended', {
                      from: formatDate(p.joinedAt),
                      to: formatDate(p.leftAt),
                    })
                  : t('casus.participants.since', { from: formatDate(p.joinedAt) })}
                {p.leftReason ? (
                  <>
                    <br />
                    <span className="duiden-muted">
                      {t('casus.participants.leftReason', { reason: p.leftReason })}
                    </span>
                  </>
                ) : null}
              </Td>
            </Tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function Review() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  if (c.phase === 'afgesloten') {
    return (
      <section aria-labelledby="case-closure" className="duiden-section">
        <Heading level={2} id="case-closure">
          {t('casus.closure.title')}
        </Heading>
        <DataList
          items={[
            {
              key: 'reason',
              label: t('casus.closure.reason'),
              value: c.closureReason ? t(`casus.closureReasons.${c.closureReason}`) : t('common.none'),
            },
            { key: 'note', label: t('casus.closure.note'), value: c.closureNote || t('common.none') },
          ]}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="case-review" className="duiden-section">
      <Heading level={2} id="case-review">
        {t('casus.review.title')}
      </Heading>
      <DataList
        items={[
          {
            key: 'next',
            label: t('casus.review.next'),
            value: <ReviewDue day={c.nextReviewOn} overdue={c.reviewOverdue} />,
          },
          { key: 'opened', label: t('casus.review.opened'), value: formatDate(c.openedAt) },
          ...(c.departedOn
            ? [{ key: 'departed', label: t('casus.review.departedOn'), value: formatDay(c.departedOn) }]
            : []),
        ]}
      />
    </section>
  );
}
