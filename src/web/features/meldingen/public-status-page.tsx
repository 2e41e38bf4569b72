import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicStatusResult } from '../../../contract/meldingen';
import { apiSend } from '../../api';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/form-field';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { StatusBadge } from '../../ui/status-badge';
import { usePageTitle } from '../../ui/use-page-title';
import { AcuteDangerNotice } from './public-report-page';

/**
 * /melden/status: with the reference and the private status code, the reporter sees the coarse status
 * (ontvangen, in behandeling, afgerond) and the feedback the meldpunt chose to send. Nothing else.
 */
export function PublicStatusPage() {
  const { t } = useTranslation();
  usePageTitle(t('melden.status.title'));
  const [reference, setReference] = useState('');
  const [statusCode, setStatusCode] = useState('');
  const check = useMutation({
    mutationFn: () =>
      apiSend<PublicStatusResult>('POST', '/api/public/meldingen/status', {
        reference: reference.trim() || undefined,
        statusCode: statusCode.trim() || undefined,
      }),
  });
  const fieldError = useFieldErrors(check.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check.isPending) check.mutate();
  };

  return (
    <>
      <Heading level={1}>{t('melden.status.title')}</Heading>
      <AcuteDangerNotice />
      <Paragraph lead>{t('melden.status.intro')}</Paragraph>
      <ErrorSummary
        error={check.error}
        fields={[
          { field: 'reference', id: 'status-reference', label: t('melden.status.reference') },
          { field: 'statusCode', id: 'status-code', label: t('melden.status.statusCode') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-label={t('melden.status.title')}>
        <TextField
          id="status-reference"
          label={t('melden.status.reference')}
          description={t('melden.status.referenceDescription')}
          value={reference}
          onValueChange={setReference}
          error={fieldError('reference')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
        />
        <TextField
          id="status-code"
          label={t('melden.status.statusCode')}
          description={t('melden.status.statusCodeDescription')}
          value={statusCode}
          onValueChange={setStatusCode}
          error={fieldError('statusCode')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={80}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={check.isPending}>
            {t('melden.status.submit')}
          </Button>
        </ButtonGroup>
      </form>
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
