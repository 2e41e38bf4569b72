import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldObjectType, LegalHold } from '../../../contract/privacy-retention';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDay, today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';

const KEY = ['privacy', 'bewaarplichten'] as const;
const TYPES: readonly HoldObjectType[] = ['signal', 'casus', 'meeting'];

/** /privacy/bewaarplichten: pause the deletion of one record, with a reason and an end date. */
export function LegalHoldsPage() {
  const { t } = useTranslation();
  usePageTitle(t('dataProtection.holds.title'));
  const holds = useQuery({
    queryKey: KEY,
    queryFn: () => apiGet<LegalHold[]>('/api/privacy/bewaarplichten'),
  });
  return (
    <>
      <Paragraph>
        <AppLink to="/privacy">{t('dataProtection.common.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('dataProtection.holds.title')}</Heading>
      <Paragraph>{t('dataProtection.holds.intro')}</Paragraph>
      <NewHold />
      {holds.isPending ? <Loading /> : null}
      {holds.error ? <LoadError error={holds.error} /> : null}
      {holds.data ? <HoldList holds={holds.data} /> : null}
    </>
  );
}

function NewHold() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [objectType, setObjectType] = useState<HoldObjectType>('casus');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const place = useMutation({
    mutationFn: () =>
      apiSend<{ id: string }>('POST', '/api/privacy/bewaarplichten', {
        objectType,
        reference,
        reason,
        endsOn,
      }),
    onSuccess: () => {
      setReference('');
      setReason('');
      setEndsOn('');
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const fieldError = useFieldErrors(place.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!place.isPending) place.mutate();
  };
  return (
    <section aria-labelledby="hold-new" className="duiden-section">
      <Heading level={2} id="hold-new">
        {t('dataProtection.holds.newTitle')}
      </Heading>
      {place.isSuccess ? (
        <Alert type="ok" live>
          <Paragraph>{t('dataProtection.holds.placed')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={place.error}
        fields={[
          { field: 'reference', id: 'hold-reference', label: t('dataProtection.holds.reference') },
          { field: 'reason', id: 'hold-reason', label: t('dataProtection.holds.reason') },
          { field: 'endsOn', id: 'hold-endsOn', label: t('dataProtection.holds.endsOn') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="hold-new">
        <SelectField
          id="hold-objectType"
          label={t('dataProtection.holds.objectType')}
          value={objectType}
          onValueChange={(v) => setObjectType(TYPES.find((x) => x === v) ?? 'casus')}
          options={TYPES.map((x) => ({ value: x, label: t(`dataProtection.common.objectTypes.${x}`) }))}
        />
        <TextField
          id="hold-reference"
          label={t('dataProtection.holds.reference')}
          description={t('dataProtection.holds.referenceDescription')}
          value={reference}
          onValueChange={setReference}
          error={fieldError('reference')}
          autoComplete="off"
          maxLength={60}
          required
        />
        <TextAreaField
          id="hold-reason"
          label={t('dataProtection.holds.reason')}
          value={reason}
          onValueChange={setReason}
          error={fieldError('reason')}
          maxLength={2000}
          required
        />
        <TextField
          id="hold-endsOn"
          label={t('dataProtection.holds.endsOn')}
          type="date"
          min={today()}
          value={endsOn}
          onValueChange={setEndsOn}
          error={fieldError('endsOn')}
          required
        />
        <Button type="submit" appearance="primary-action" busy={place.isPending}>
          {t('dataProtection.holds.place')}
        </Button>
      </form>
    </section>
  );
}

function HoldList({ holds }: { readonly holds: readonly LegalHold[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lift = useMutation({
    mutationFn: (h: LegalHold) =>
      apiSend<void>('POST', `/api/privacy/bewaarplichten/${h.id}/opheffen`, { version: h.version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
  if (holds.length === 0) return <Paragraph>{t('dataProtection.holds.none')}</Paragraph>;
  const day = today();
  return (
    <>
      {lift.error ? <LoadError error={lift.error} /> : null}
      <Table
        caption={t('dataProtection.holds.listCaption')}
        head={
          <Tr>
            <Th>{t('dataProtection.holds.columns.what')}</Th>
            <Th>{t('dataProtection.holds.columns.reason')}</Th>
            <Th>{t('dataProtection.holds.columns.until')}</Th>
            <Th>{t('dataProtection.holds.columns.by')}</Th>
            <Th>{t('dataProtection.holds.columns.status')}</Th>
          </Tr>
        }
      >
        {holds.map((h) => {
          const what = `${t(`dataProtection.common.objectTypes.${h.objectType}`)} ${h.label ?? t('dataProtection.holds.gone')}`;
          const active = !h.liftedAt && h.endsOn >= day;
          return (
            <Tr key={h.id}>
              <Td nowrap>{what}</Td>
              <Td>{h.reason}</Td>
              <Td nowrap>{formatDay(h.endsOn)}</Td>
              <Td>{h.createdByName}</Td>
              <Td>
                {active ? (
                  <>
                    {t('dataProtection.holds.active')}{' '}
                    <Button
                      busy={lift.isPending}
                      aria-label={t('dataProtection.holds.liftLabel', { what })}
                      onClick={() => !lift.isPending && lift.mutate(h)}
                    >
                      {t('dataProtection.holds.lift')}
                    </Button>
                  </>
                ) : h.liftedAt ? (
                  t('dataProtection.holds.lifted')
                ) : (
                  t('dataProtection.holds.ended')
                )}
              </Td>
            </Tr>
          );
        })}
      </Table>
    </>
  );
}
