import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../contract/privacy-break-glass';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, TextAreaField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { BackLink, ListState, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { BreakGlassFacts } from './break-glass-facts';
import { useDecisionText } from './break-glass-request-page';

const KEY = ['privacy', 'noodtoegang'] as const;

/** /privacy/noodtoegang: every emergency access, those to review first, each reviewed in words. */
export function BreakGlassReviewsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: KEY, queryFn: () => apiGet<Grant[]>('/api/privacy/noodtoegang') });
  // The reviewed access moves to the other list; the confirmation stays here, announced.
  const [saved, setSaved] = useState(false);
  // Only an access that started is reviewed; a request that was refused or lapsed is listed with the rest.
  const open = (list.data ?? []).filter((g) => !g.review && g.grantedAt);
  const done = (list.data ?? []).filter((g) => g.review || !g.grantedAt);
  return (
    <Page
      title={t('dataProtection.breakGlass.reviewTitle')}
      intro={t('dataProtection.breakGlass.reviewIntro')}
      before={<BackLink to="/privacy">{t('dataProtection.common.back')}</BackLink>}
    >
      <div role="status">
        {saved ? (
          <Alert type="ok">
            <Paragraph>{t('dataProtection.breakGlass.saved')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ListState query={list} none={t('dataProtection.breakGlass.none')}>
        {() => (
          <>
            {open.length > 0 ? (
              <section aria-labelledby="bg-open" className="duiden-section">
                <Heading level={2} id="bg-open">
                  {t('dataProtection.breakGlass.toReview')}
                </Heading>
                {open.map((g) => (
                  <GrantCard key={g.id} grant={g} onSaved={() => setSaved(true)} />
                ))}
              </section>
            ) : null}
            {done.length > 0 ? (
              <section aria-labelledby="bg-done" className="duiden-section">
                <Heading level={2} id="bg-done">
                  {t('dataProtection.breakGlass.reviewed')}
                </Heading>
                {done.map((g) => (
                  <GrantCard key={g.id} grant={g} />
                ))}
              </section>
            ) : null}
          </>
        )}
      </ListState>
    </Page>
  );
}

function GrantCard({ grant: g, onSaved }: { readonly grant: Grant; readonly onSaved?: () => void }) {
  const { t } = useTranslation();
  const decisionText = useDecisionText();
  const headingId = `grant-${g.id}`;
  const status = [
    g.endedAt && g.grantedAt
      ? t('dataProtection.breakGlass.endedEarly', { when: formatDateTime(g.endedAt) })
      : g.active
        ? t('dataProtection.breakGlass.stillActive')
        : g.grantedAt
          ? null
          : t(`dataProtection.breakGlass.states.${g.state}`),
    g.decision ? decisionText(g.decision) : null,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <article aria-labelledby={headingId} className="duiden-section">
      <BreakGlassFacts
        grant={g}
        headingId={headingId}
        more={[
          {
            key: 'period',
            label: t('dataProtection.breakGlass.period'),
            value:
              g.grantedAt && g.expiresAt
                ? t('dataProtection.breakGlass.periodText', {
                    from: formatDateTime(g.grantedAt),
                    to: formatDateTime(g.expiresAt),
                  })
                : t('dataProtection.breakGlass.notStarted'),
          },
          ...(status ? [{ key: 'status', label: t('dataProtection.breakGlass.status'), value: status }] : []),
        ]}
      />
      {!g.grantedAt ? null : g.review ? (
        <>
          <Paragraph>
            {t('dataProtection.breakGlass.reviewedBy', {
              name: g.review.reviewedByName,
              when: formatDateTime(g.review.reviewedAt),
              verdict: g.review.justified
                ? t('dataProtection.breakGlass.verdictJustified')
                : t('dataProtection.breakGlass.verdictNotJustified'),
            })}
          </Paragraph>
          <Paragraph>{g.review.judgement}</Paragraph>
        </>
      ) : (
        <ReviewForm grant={g} onSaved={onSaved} />
      )}
    </article>
  );
}

function ReviewForm({
  grant: g,
  onSaved,
}: {
  readonly grant: Grant;
  readonly onSaved?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [judgement, setJudgement] = useState('');
  const [justified, setJustified] = useState(true);
  const review = useMutation({
    mutationFn: () =>
      apiSend<Grant>('POST', `/api/privacy/noodtoegang/${g.id}/beoordeling`, {
        judgement,
        justified,
        version: g.version,
      }),
    onSuccess: () => onSaved?.(),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const fieldError = useFieldErrors(review.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!review.isPending) review.mutate();
  };
  const id = (f: string) => `review-${g.id}-${f}`;
  return (
    <>
      <ErrorSummary
        error={review.error}
        fields={[
          { field: 'judgement', id: id('judgement'), label: t('dataProtection.breakGlass.judgement') },
        ]}
      />
      <form
        className="duiden-form"
        onSubmit={submit}
        noValidate
        aria-label={t('dataProtection.breakGlass.save')}
      >
        <TextAreaField
          id={id('judgement')}
          label={t('dataProtection.breakGlass.judgement')}
          description={t('dataProtection.breakGlass.judgementDescription')}
          value={judgement}
          onValueChange={setJudgement}
          error={fieldError('judgement')}
          maxLength={4000}
          required
        />
        <CheckboxField
          id={id('justified')}
          label={t('dataProtection.breakGlass.justified')}
          checked={justified}
          onCheckedChange={setJustified}
        />
        <Button type="submit" appearance="primary-action" busy={review.isPending}>
          {t('dataProtection.breakGlass.save')}
        </Button>
      </form>
    </>
  );
}
