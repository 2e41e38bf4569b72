import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../contract/privacy-break-glass';
import { ApiError, apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DecisionForm, ReasonField } from '../../ui/decision-form';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { BreakGlassFacts } from './break-glass-facts';
import { BREAK_GLASS_KEY, TO_DECIDE_KEY } from './privacy-api';

/**
 * Four-eyes: the requests for emergency access that wait for this user (an aandachtsfunctionaris or the
 * privacy officer) to approve or refuse, each with a reason. Shown on the home page and the privacy overview
 * only while something waits; the server leaves out the user's own requests.
 */
export function BreakGlassApprovals() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: TO_DECIDE_KEY,
    queryFn: () => apiGet<Grant[]>('/api/noodtoegang/verzoeken'),
    refetchInterval: 60_000,
  });
  const [decided, setDecided] = useState(false);
  const waiting = list.data ?? [];
  if (waiting.length === 0 && !decided) return null;
  return (
    <section aria-labelledby="bg-approvals" className="duiden-section">
      <Heading level={2} id="bg-approvals">
        {t('dataProtection.breakGlass.approvalsTitle')}
      </Heading>
      <div role="status">
        {decided ? (
          <Alert type="ok">
            <Paragraph>{t('dataProtection.breakGlass.decided')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {waiting.length > 0 ? <Paragraph>{t('dataProtection.breakGlass.approvalsIntro')}</Paragraph> : null}
      {waiting.map((g) => (
        <Request key={g.id} grant={g} onDecided={() => setDecided(true)} />
      ))}
    </section>
  );
}

function Request({ grant: g, onDecided }: { readonly grant: Grant; readonly onDecided: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (approve: boolean) =>
      apiSend<Grant>('POST', `/api/noodtoegang/${g.id}/besluit`, { approve, reason, version: g.version }),
    onSuccess: () => onDecided(),
    onError: (error) => {
      // Decided by someone else, or lapsed: the list shows what still waits.
      if (error instanceof ApiError && error.code === 'conflict')
        void queryClient.invalidateQueries({ queryKey: TO_DECIDE_KEY });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: BREAK_GLASS_KEY }),
  });
  const fieldError = useFieldErrors(decide.error);
  const headingId = `request-${g.id}`;
  const reasonId = `request-${g.id}-reason`;
  return (
    <article aria-labelledby={headingId} className="duiden-section">
      <BreakGlassFacts
        grant={g}
        headingId={headingId}
        more={[
          {
            key: 'until',
            label: t('dataProtection.breakGlass.waitingUntil'),
            value: g.pendingUntil ? formatDateTime(g.pendingUntil) : '',
          },
        ]}
      />
      <DecisionForm
        label={t('dataProtection.breakGlass.decisionFormLabel', { name: g.userName })}
        error={decide.error}
        fields={[{ field: 'reason', id: reasonId, label: t('dataProtection.breakGlass.decisionReason') }]}
        onSubmit={() => decide.mutate(true)}
        busy={decide.isPending}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary-action" busy={decide.isPending}>
              {t('dataProtection.breakGlass.approve')}
            </Button>
            <Button busy={decide.isPending} onClick={() => !decide.isPending && decide.mutate(false)}>
              {t('dataProtection.breakGlass.refuse')}
            </Button>
          </ButtonGroup>
        }
      >
        <ReasonField
          id={reasonId}
          label={t('dataProtection.breakGlass.decisionReason')}
          description={t('dataProtection.breakGlass.decisionReasonDescription')}
          value={reason}
          onValueChange={setReason}
          error={fieldError('reason')}
        />
      </DecisionForm>
    </article>
  );
}
