import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicStatusResult } from '../../../contract/meldingen';
import { apiSend } from '../../api';
import { DataList } from '../../ui/data-list';
import { TextField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { StatusBadge } from '../../ui/status-badge';
import { usePageTitle } from '../../ui/use-page-title';
import { AcuteDangerNotice } from './public-report-page';

/** The reference and the status code are typed as they were given, not as words to complete or correct. */
const CODE_INPUT = {
  autoComplete: 'off',
  autoCapitalize: 'characters',
  spellCheck: false,
  required: true,
} as const;

/**
 * /melden/status: with the reference and the private status code, the reporter sees the coarse status
 * (ontvangen, in behandeling, afgerond) and the feedback the meldpunt chose to send. Nothing else.
 */
export function PublicStatusPage() {
  const { t } = useTranslation();
  usePageTitle(t('melden.status.title'));
  const status = useDraft({ reference: '', statusCode: '' });
  const check = useMutation({
    mutationFn: () =>
      apiSend<PublicStatusResult>('POST', '/api/public/meldingen/status', {
        reference: status.draft.reference.trim() || undefined,
        statusCode: status.draft.statusCode.trim() || undefined,
      }),
  });
  const { summary, bind } = useFormFields(
    check.error,
    {
      reference: { id: 'status-reference', label: t('melden.status.reference') },
      statusCode: { id: 'status-code', label: t('melden.status.statusCode') },
    },
    status,
  );

  return (
    <>
      <Heading level={1}>{t('melden.status.title')}</Heading>
      <AcuteDangerNotice />
      <Paragraph lead>{t('melden.status.intro')}</Paragraph>
      <FormFrame
        label={t('melden.status.title')}
        error={check.error}
        fields={summary}
        busy={check.isPending}
        onSubmit={() => check.mutate()}
        submitLabel={t('melden.status.submit')}
        submitAppearance="primary-action"
        moreActions={null}
      >
        <TextField
          {...bind('reference')}
          {...CODE_INPUT}
          description={t('melden.status.referenceDescription')}
          maxLength={40}
        />
        <TextField
          {...bind('statusCode')}
          {...CODE_INPUT}
          description={t('melden.status.statusCodeDescription')}
          maxLength={80}
        />
      </FormFrame>
      {check.data ? <StatusResult result={check.data} /> : null}
      <Paragraph>
        <AppLink to="/melden">{t('melden.status.toForm')}</AppLink>
      </Paragraph>
    </>
  );
}

const BADGE = { ontvangen: 'neutral', in_behandeling: 'warning', afgerond: 'success' } as const;

function StatusResult({ result }: { readonly result: PublicStatusResult }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="status-result" className="duiden-section">
      <h2 className="utrecht-heading-2" id="status-result" ref={heading} tabIndex={-1}>
        {t('melden.status.resultTitle', { reference: result.reference })}
      </h2>
      <DataList
        items={[
          { key: 'municipality', label: t('melden.status.municipality'), value: result.municipality },
          { key: 'receivedOn', label: t('melden.status.receivedOn'), value: formatDay(result.receivedOn) },
          {
            key: 'status',
            label: t('melden.status.status'),
            value: (
              <StatusBadge status={BADGE[result.status]}>
                {t(`meldpunt.publicStatuses.${result.status}`)}
              </StatusBadge>
            ),
          },
        ]}
      />
      <Heading level={3}>{t('melden.status.feedbackTitle')}</Heading>
      {result.feedback.length === 0 ? (
        <Paragraph>{t('melden.status.noFeedback')}</Paragraph>
      ) : (
        <ul className="duiden-timeline">
          {result.feedback.map((f) => (
            <li key={`${f.at}-${f.message}`} className="duiden-timeline__item">
              <Paragraph small>
                <time dateTime={f.at}>{formatDateTime(f.at)}</time>
              </Paragraph>
              <Paragraph>{f.message}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
