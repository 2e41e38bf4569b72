import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SignalDetail } from '../../../contract/meldingen';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { conflictSignal, reloadSignal, signalKey, useSignal } from './meldingen-api';
import { SharingStepsView, SignalContent } from './signal-content';
import { SignalHistory } from './signal-history';
import { PersonsSection } from './signal-persons';
import {
  AnnotationsSection,
  AttachmentsSection,
  CategorySection,
  FeedbackSection,
  type SignalWork,
  StatusSection,
} from './signal-work';
import { StatisticsSection } from './statistics-exclusion';

/**
 * /meldingen/:id (meldpunt, officer, mayor) and /mijn-meldingen/:id (the partner who submitted it): one
 * signal in its parts. The meldpunt and the officer also take its steps, set its category, annotate it,
 * send feedback and decide on the persons it names.
 */
export function SignalPage({ mine = false }: { readonly mine?: boolean }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const signal = useSignal(id);
  const title = signal.data
    ? t('meldpunt.signal.title', {
        kind: t(`meldpunt.kinds.${signal.data.kind}`),
        reference: signal.data.reference,
      })
    : t('meldpunt.signal.titleLoading');
  usePageTitle(title);

  // One h1 from the start, so the focus it gets after navigating stays when the signal has loaded.
  return (
    <>
      <Paragraph>
        {mine ? (
          <AppLink to="/mijn-meldingen">{t('meldpunt.signal.backMine')}</AppLink>
        ) : (
          <AppLink to="/meldingen">{t('meldpunt.signal.back')}</AppLink>
        )}
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {signal.data ? <SignalDetails key={signal.data.id} initial={signal.data} /> : null}
      {signal.isPending ? <Loading /> : null}
      {signal.error ? <LoadError error={signal.error} /> : null}
    </>
  );
}

function SignalDetails({ initial }: { readonly initial: SignalDetail }) {
  const queryClient = useQueryClient();
  const signal = useSignal(initial.id).data ?? initial;
  const [baseVersion, setBaseVersion] = useState(initial.version);

  const changed = useCallback(
    async (version: number) => {
      setBaseVersion(version);
      await reloadSignal(queryClient, initial.id);
    },
    [queryClient, initial.id],
  );
  const failed = useCallback(
    (error: unknown) => {
      // The user's input stays in the form; the page shows the version now saved, and the next change is
      // based on it.
      const current = conflictSignal(error);
      if (!current) return;
      queryClient.setQueryData(signalKey(initial.id), current);
      setBaseVersion(current.version);
    },
    [queryClient, initial.id],
  );
  const work: SignalWork = { signal, baseVersion, changed, failed };
  const full = signal.view === 'full';

  return (
    <>
      {/* Read first: where the signal stands, its deadlines and the next step; then the signal itself. */}
      {full ? <StatusSection work={work} /> : null}
      {full && signal.mayWork ? <CategorySection work={work} /> : null}
      <Contents signal={signal} />
      <Overview signal={signal} />
      <SignalContent signal={signal} />
      <PersonsSection work={work} />
      <SharingStepsView signal={signal} />
      <AttachmentsSection work={work} />
      {full ? <AnnotationsSection work={work} /> : null}
      <FeedbackSection work={work} />
      {full ? <StatisticsSection work={work} /> : null}
      {full ? <SignalHistory signal={signal} /> : null}
    </>
  );
}

/** The sections of this page, to jump to. */
function Contents({ signal }: { readonly signal: SignalDetail }) {
  const { t } = useTranslation();
  const full = signal.view === 'full';
  // The status, the next step and the category stand above this list; it names what follows.
  const links: Array<[string, string]> = [
    ['signal-overview', t('meldpunt.signal.overviewTitle')],
    ['signal-content', t('meldpunt.signal.contentTitle')],
    ['signal-persons', t('meldpunt.persons.title')],
    ...(signal.sharingSteps ? [['signal-sharing', t('meldpunt.sharing.title')] as [string, string]] : []),
    ['signal-attachments', t('meldpunt.attachments.title')],
    ...(full ? [['signal-annotations', t('meldpunt.annotations.title')] as [string, string]] : []),
    ['signal-feedback', full ? t('meldpunt.feedback.title') : t('meldpunt.feedback.titleMine')],
    ...(full ? [['signal-history', t('meldpunt.history.title')] as [string, string]] : []),
  ];
  return (
    <nav aria-label={t('meldpunt.signal.contents')} className="duiden-contents">
      <ul className="utrecht-unordered-list">
        {links.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`} className="utrecht-link utrecht-link--html-a">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Overview({ signal }: { readonly signal: SignalDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const r = signal.reporter;
  const reporter = [t(`meldpunt.reporterKinds.${r.kind}`), r.name, r.organisation, r.role, r.email, r.phone]
    .filter(Boolean)
    .join(', ');
  const full = signal.view === 'full';
  return (
    <section aria-labelledby="signal-overview" className="duiden-section">
      <Heading level={2} id="signal-overview">
        {t('meldpunt.signal.overviewTitle')}
      </Heading>
      {signal.restricted ? (
        <Alert type="warning">
          <Paragraph>{t('meldpunt.signal.restricted')}</Paragraph>
        </Alert>
      ) : null}
      <DataList
        items={[
          { key: 'kind', label: t('meldpunt.signal.kind'), value: t(`meldpunt.kinds.${signal.kind}`) },
          {
            key: 'channel',
            label: t('meldpunt.signal.channel'),
            value: t(`meldpunt.channels.${signal.channel}`),
          },
          {
            key: 'received',
            label: t('meldpunt.signal.receivedAt'),
            value: <time dateTime={signal.receivedAt}>{formatDateTime(signal.receivedAt)}</time>,
          },
          // The full view shows the status and the deadlines above, with the next step.
          ...(full
            ? []
            : [
                {
                  key: 'status',
                  label: t('meldpunt.signal.publicStatus'),
                  value: t(`meldpunt.publicStatuses.${signal.publicStatus}`),
                },
              ]),
          ...(full
            ? [
                {
                  key: 'category',
                  label: t('meldpunt.signal.category'),
                  value: signal.category
                    ? language === 'en'
                      ? signal.category.labelEn
                      : signal.category.labelNl
                    : t('meldpunt.worklist.noCategory'),
                },
              ]
            : []),
          ...(signal.decisionOutcome
            ? [
                {
                  key: 'outcome',
                  label: t('meldpunt.signal.decisionOutcome'),
                  value: t(`meldpunt.outcomes.${signal.decisionOutcome}`),
                },
              ]
            : []),
          ...(signal.closeReason
            ? [
                {
                  key: 'closeReason',
                  label: t('meldpunt.signal.closeReason'),
                  value: t(`meldpunt.closeReasons.${signal.closeReason}`),
                },
              ]
            : []),
          { key: 'reporter', label: t('meldpunt.signal.reporter'), value: reporter },
          {
            key: 'feedbackWanted',
            label: t('meldpunt.signal.feedbackWanted'),
            value: r.feedbackWanted ? t('common.yes') : t('common.no'),
          },
          ...(signal.submittedByOrganisation
            ? [
                {
                  key: 'submittedBy',
                  label: t('meldpunt.signal.submittedBy'),
                  value: signal.submittedByOrganisation,
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
