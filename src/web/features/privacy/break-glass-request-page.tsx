import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Grant, MyRequests } from '../../../contract/privacy-break-glass';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { TextAreaField, TextField } from '../../ui/form-field';
import { useFormFields } from '../../ui/form-fields';
import { formatDateTime } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { BREAK_GLASS_KEY, MY_REQUESTS_KEY } from './privacy-api';

/**
 * /noodtoegang: break-the-glass. A user without access to a case asks for it with a reason; it is granted at
 * once for a few hours (or, four-eyes, once approved), logged, alerted, and reviewed afterwards. The user
 * sees their own requests of the last 30 days, what came of them, and how many are left.
 */
export function BreakGlassRequestPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: BREAK_GLASS_KEY });
  const request = useVersionedSave({
    initial: { reference: '', reason: '' },
    send: (draft) =>
      apiSend<Grant>('POST', '/api/noodtoegang', { reference: draft.reference.trim(), reason: draft.reason }),
    onSaved: refresh,
    onFailed: refresh,
  });
  const { summary, bind } = useFormFields(
    request.error,
    {
      reference: { id: 'bg-reference', label: t('dataProtection.breakGlass.reference') },
      reason: { id: 'bg-reason', label: t('dataProtection.breakGlass.reason') },
    },
    request,
  );
  const result = request.saved?.result;

  return (
    <Page
      title={t('dataProtection.breakGlass.requestTitle')}
      intro={t('dataProtection.breakGlass.requestIntro')}
      before={<BackLink to="/casussen">{t('nav.casussen')}</BackLink>}
    >
      {result ? (
        <Outcome grant={result} />
      ) : (
        <VersionedForm save={request} fields={summary} submitLabel={t('dataProtection.breakGlass.request')}>
          <TextField
            {...bind('reference')}
            description={t('dataProtection.breakGlass.referenceDescription')}
            autoComplete="off"
            maxLength={40}
            required
          />
          <TextAreaField
            {...bind('reason')}
            description={t('dataProtection.breakGlass.reasonDescription')}
            maxLength={2000}
            required
          />
        </VersionedForm>
      )}
      <MyRequestsSection />
    </Page>
  );
}

/** Granted at once, with the way into the case; or waiting for a second person's approval. */
function Outcome({ grant: g }: { readonly grant: Grant }) {
  const { t } = useTranslation();
  const pending = g.state === 'wacht';
  const until = pending ? g.pendingUntil : g.expiresAt;
  return (
    <Alert type={pending ? 'info' : 'warning'} live>
      <Paragraph>
        {t(pending ? 'dataProtection.breakGlass.pending' : 'dataProtection.breakGlass.granted', {
          reference: g.casusReference ?? '',
          until: until ? formatDateTime(until) : '',
        })}
      </Paragraph>
      {pending ? null : (
        <Paragraph>
          <ButtonLink to={`/casussen/${g.casusId}`} appearance="primary-action">
            {t('dataProtection.breakGlass.openCase', { reference: g.casusReference ?? '' })}
          </ButtonLink>
        </Paragraph>
      )}
    </Alert>
  );
}

/** The requester's own requests: what came of each (waiting, refused with the reason, lapsed) and the limit. */
function MyRequestsSection() {
  const { t } = useTranslation();
  const decisionText = useDecisionText();
  const mine = useQuery({
    queryKey: MY_REQUESTS_KEY,
    queryFn: () => apiGet<MyRequests>('/api/noodtoegang/mijn'),
    refetchInterval: 60_000,
  });
  if (!mine.data) return null;
  const { requests, maxPer30Days } = mine.data;
  return (
    <Section id="bg-mine" title={t('dataProtection.breakGlass.myTitle')}>
      <Paragraph>
        {t('dataProtection.breakGlass.myUsed', { used: requests.length, max: maxPer30Days })}
      </Paragraph>
      {requests.length === 0 ? (
        <Paragraph>{t('dataProtection.breakGlass.myNone')}</Paragraph>
      ) : (
        <Table
          caption={t('dataProtection.breakGlass.myCaption')}
          captionHidden
          head={
            <Tr>
              <Th>{t('dataProtection.breakGlass.case')}</Th>
              <Th>{t('dataProtection.breakGlass.requestedAt')}</Th>
              <Th>{t('dataProtection.breakGlass.status')}</Th>
            </Tr>
          }
        >
          {requests.map((g) => (
            <Tr key={g.id}>
              <Td>{g.casusReference ?? ''}</Td>
              <Td>{formatDateTime(g.requestedAt)}</Td>
              <Td>
                {t(`dataProtection.breakGlass.states.${g.state}`)}
                {g.decision ? ` – ${decisionText(g.decision)}` : ''}
              </Td>
            </Tr>
          ))}
        </Table>
      )}
    </Section>
  );
}

/** "Approved by ... on ...: reason" for a four-eyes decision. */
export function useDecisionText(): (d: NonNullable<Grant['decision']>) => string {
  const { t } = useTranslation();
  return (d) =>
    t('dataProtection.breakGlass.decidedBy', {
      verdict: d.approved
        ? t('dataProtection.breakGlass.verdictApproved')
        : t('dataProtection.breakGlass.verdictRefused'),
      name: d.decidedByName,
      when: formatDateTime(d.decidedAt),
      reason: d.reason,
    });
}

/** The way in from the list of cases. */
export function BreakGlassEntry() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('dataProtection.breakGlass.entryIntro')}{' '}
      <AppLink to="/noodtoegang">{t('dataProtection.breakGlass.entryLink')}</AppLink>
    </Paragraph>
  );
}
