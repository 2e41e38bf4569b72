import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Changed } from '../../../contract/casussen';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { formatDate, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { usePageTitle } from '../../ui/use-page-title';
import { ExclusionForm, ExclusionLine } from '../meldingen/statistics-exclusion';
import { useCaseOfPage } from './case-context';
import {
  type CaseChangeProps,
  ClosureForm,
  PhaseForm,
  phaseOptions,
  ReviewForm,
  SituationForm,
  situationOptions,
} from './case-decisions';
import { CaseParticipantsChange, ParticipantsValue } from './case-participants';
import { CaseTimeline } from './case-timeline';
import { conflictCase, reloadCase } from './casus-api';
import { PhaseBadge, ReviewDue } from './casus-ui';

/** The changes of a case, each on a page of its own: /casussen/:id?wijzigen=<change>. */
const CHANGES = ['fase', 'situatie', 'evaluatie', 'deelnemer', 'afsluiten'] as const;
type CaseChange = (typeof CHANGES)[number];

function isChange(value: string | null): value is CaseChange {
  return CHANGES.some((c) => c === value);
}

const CHANGE_HEADING = 'case-change';

/**
 * /casussen/:id: the case as a summary list (phase, situation, review, participants), then the timeline of
 * everything in the case. The regie changes each row on a page of its own (?wijzigen=…, reached by the row's
 * "Wijzigen" link), and closes the case on its own confirmation page; after a save the overview says what
 * the change did. The mayor and partners read the same list without links.
 */
export function CaseOverviewPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const [params, setParams] = useSearchParams();
  const [saved, setSaved] = useState<ReactNode>(null);
  const mayChange = c.access === 'regie' && c.phase !== 'afgesloten';
  const asked = params.get('wijzigen');
  const change = mayChange && isChange(asked) ? asked : null;
  // The last change page opened, so the way back lands on its "Wijzigen" link again.
  const [lastChange, setLastChange] = useState<CaseChange | null>(null);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (change) {
      setSaved(null);
      setLastChange(change);
    }
  }, [change]);
  useEffect(() => {
    if (change) return;
    if (saved) message.current?.focus();
    else if (lastChange) document.getElementById(`change-${lastChange}`)?.focus();
  }, [change, saved, lastChange]);
  const toOverview = (done: ReactNode) => {
    setSaved(done);
    setParams({}, { replace: false });
  };
  const title = change ? changeTitle(change, t) : null;
  usePageTitle(
    title
      ? t('casus.overview.changePageTitle', { change: title, reference: c.reference })
      : t('casus.overview.pageTitle', { reference: c.reference }),
  );
  if (change && title) {
    return <ChangePage change={change} title={title} onDone={toOverview} />;
  }
  return (
    <>
      <Heading level={2} id="case-overview" className="duiden-visually-hidden">
        {t('casus.tabs.overview')}
      </Heading>
      {saved ? (
        <div ref={message} tabIndex={-1}>
          <Alert type="ok" live>
            <Paragraph>{saved}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <CaseSummary mayChange={mayChange} />
      {c.phase === 'afgesloten' ? <Closure /> : null}
      <CaseStatistics />
      {mayChange ? (
        <section aria-labelledby="case-close" className="duiden-section duiden-case-close">
          <Heading level={2} id="case-close">
            {t('casus.decisions.closeTitle')}
          </Heading>
          <Paragraph>{t('casus.overview.closeHint')}</Paragraph>
          <Paragraph>
            <AppLink to="?wijzigen=afsluiten" id="change-afsluiten">
              {t('casus.overview.closeLink')}
            </AppLink>
          </Paragraph>
        </section>
      ) : null}
      <CaseTimeline events={c.timeline} />
    </>
  );
}

function changeTitle(change: CaseChange, t: TFunction): string {
  switch (change) {
    case 'fase':
      return t('casus.decisions.phaseTitle');
    case 'situatie':
      return t('casus.decisions.situationTitle');
    case 'evaluatie':
      return t('casus.decisions.reviewTitle');
    case 'deelnemer':
      return t('casus.overview.participantsTitle');
    case 'afsluiten':
      return t('casus.decisions.closeTitle');
  }
}

/** A row's "Wijzigen" link, its hidden words naming the row for screen readers. */
function ChangeLink({ change, what }: { readonly change: CaseChange; readonly what: string }) {
  const { t } = useTranslation();
  return (
    <AppLink to={`?wijzigen=${change}`} id={`change-${change}`}>
      {t('casus.overview.change')}
      <span className="duiden-visually-hidden"> {what}</span>
    </AppLink>
  );
}

/** Phase, situation, the review and who takes part, each row with its change for the regie. */
function CaseSummary({ mayChange }: { readonly mayChange: boolean }) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const link = (change: CaseChange, what: string, possible = true) =>
    mayChange && possible ? <ChangeLink change={change} what={what} /> : undefined;
  const closed = c.phase === 'afgesloten';
  return (
    <section aria-labelledby="case-summary" className="duiden-section">
      <Heading level={2} id="case-summary">
        {t('casus.overview.summaryTitle')}
      </Heading>
      <DataList
        items={[
          {
            key: 'phase',
            label: t('casus.layout.phase'),
            value: <PhaseBadge phase={c.phase} />,
            action: link('fase', t('casus.overview.changePhase'), phaseOptions(c).length > 0),
          },
          {
            key: 'situation',
            label: t('casus.layout.situation'),
            value: t(`casus.situations.${c.situation}`),
            action: link('situatie', t('casus.overview.changeSituation'), situationOptions(c).length > 0),
          },
          ...(closed
            ? []
            : [
                {
                  key: 'next',
                  label: t('casus.review.next'),
                  value: <ReviewDue day={c.nextReviewOn} overdue={c.reviewOverdue} />,
                  action: link('evaluatie', t('casus.overview.changeReview')),
                },
              ]),
          { key: 'opened', label: t('casus.review.opened'), value: formatDate(c.openedAt) },
          ...(c.departedOn
            ? [{ key: 'departed', label: t('casus.review.departedOn'), value: formatDay(c.departedOn) }]
            : []),
          {
            key: 'participants',
            label: t('casus.participants.title'),
            value: <ParticipantsValue />,
            action: link('deelnemer', t('casus.overview.changeParticipants')),
          },
        ]}
      />
    </section>
  );
}

/** How a closed case was closed. */
function Closure() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
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

/**
 * One change of the case on its own page: the way back, the heading (which takes focus, so a screen reader
 * starts at what is changed) and the change's own form.
 */
function ChangePage({
  change,
  title,
  onDone,
}: {
  readonly change: CaseChange;
  readonly title: string;
  readonly onDone: (message: ReactNode) => void;
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const props: CaseChangeProps = { c, labelledBy: CHANGE_HEADING, onDone };
  return (
    <article aria-labelledby={CHANGE_HEADING} className="duiden-section">
      <Paragraph>
        <AppLink to="?">{t('casus.overview.back')}</AppLink>
      </Paragraph>
      <h2 className="utrecht-heading-2" id={CHANGE_HEADING} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {change === 'fase' ? <PhaseForm {...props} /> : null}
      {change === 'situatie' ? <SituationForm {...props} /> : null}
      {change === 'evaluatie' ? <ReviewForm {...props} /> : null}
      {change === 'deelnemer' ? <CaseParticipantsChange labelledBy={CHANGE_HEADING} onDone={onDone} /> : null}
      {change === 'afsluiten' ? <ClosureForm {...props} /> : null}
    </article>
  );
}

/** Whether the case counts in the figures of the analysis; the regie changes it, also on a closed case. */
function CaseStatistics() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { exclusion: string | null; reason: string | null }) =>
      apiSend<Changed>('PUT', `/api/casussen/${encodeURIComponent(c.id)}/statistiek`, {
        ...body,
        version: c.version,
      }),
    onSuccess: async () => {
      await reloadCase(queryClient, c.id);
      setSaved(true);
    },
    onError: async (error) => {
      if (conflictCase(error)) await reloadCase(queryClient, c.id);
    },
  });
  return (
    <section aria-labelledby="case-statistics" className="duiden-section">
      <Heading level={2} id="case-statistics">
        {t('statistics.title')}
      </Heading>
      <Paragraph>
        <ExclusionLine state={c.statistics} />
      </Paragraph>
      {c.access === 'regie' ? (
        <ExclusionForm
          idPrefix="case"
          state={c.statistics}
          error={save.error}
          busy={save.isPending}
          done={saved}
          conflict={null}
          onSend={(body) => {
            setSaved(false);
            save.mutate(body);
          }}
        />
      ) : null}
    </section>
  );
}
