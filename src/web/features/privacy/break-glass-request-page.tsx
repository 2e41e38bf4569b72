import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Grant, MyRequests } from '../../../contract/privacy-break-glass';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { TextAreaField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink, ButtonLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
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
  usePageTitle(t('dataProtection.breakGlass.requestTitle'));
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: BREAK_GLASS_KEY });
  const request = useVersionedSave({
    initial: { reference: '', reason: '' },
    send: (draft) =>
      apiSend<Grant>('POST', '/api/noodtoegang', { reference: draft.reference.trim(), reason: draft.reason }),
    onSaved: refresh,
    onFailed: refresh,
  });
  const { bind } = request;
  const result = request.saved?.result;

  return (
    <>
      <Paragraph>
        <AppLink to="/casussen">{t('nav.casussen')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('dataProtection.breakGlass.requestTitle')}</Heading>
      <Paragraph>{t('dataProtection.breakGlass.requestIntro')}</Paragraph>
      {result ? (
        <Outcome grant={result} />
      ) : (
        <VersionedForm
          save={request}
          fields={[
            { field: 'reference', id: 'bg-reference', label: t('dataProtection.breakGlass.reference') },
            { field: 'reason', id: 'bg-reason', label: t('dataProtection.breakGlass.reason') },
          ]}
          submitLabel={t('dataProtection.breakGlass.request')}
        >
          <TextField
            id="bg-reference"
            label={t('dataProtection.breakGlass.reference')}
            description={t('dataProtection.breakGlass.referenceDescription')}
            {...bind('reference')}
            autoComplete="off"
            maxLength={40}
            required
          />
          <TextAreaField
            id="bg-reason"
            label={t('dataProtection.breakGlass.reason')}
            description={t('dataProtection.breakGlass.reasonDescription')}
            {...bind('reason')}
            maxLength={2000}
            required
          />
        </VersionedForm>
      )}
      <MyRequestsSection />
    </>
  );
}

function Outcome({ grant: g }: { readonly grant: Grant }) {
  const { t } = useTranslation();
  if (g.state === 'wacht') {
    return (
      <Alert type="info" live>
        <Paragraph>
          {t('dataProtection.breakGlass.pending', {
            reference: g.casusReference ?? '',
            until: g.pendingUntil ? formatDateTime(g.pendingUntil) : '',
          })}
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="warning" live>
      <Paragraph>
        {t('dataProtection.breakGlass.granted', {
          reference: g.casusReference ?? '',
          until: g.expiresAt ? formatDateTime(g.expiresAt) : '',
        })}
      </Paragraph>
      <Paragraph>
        <ButtonLink to={`/casussen/${g.casusId}`} appearance="primary-action">
          {t('dataProtection.breakGlass.openCase', { reference: g.casusReference ?? '' })}
        </ButtonLink>
      </Paragraph>
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
    <section aria-labelledby="bg-mine" className="duiden-section">
      <Heading level={2} id="bg-mine">
        {t('dataProtection.breakGlass.myTitle')}
      </Heading>
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
    </section>
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
