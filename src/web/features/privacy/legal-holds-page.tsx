import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HoldObjectType, LegalHold } from '../../../contract/privacy-retention';
import { apiGet, apiSend } from '../../api';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useAddForm } from '../../ui/form-send';
import { formatDay, today } from '../../ui/format';
import { BackLink, ListState, Page } from '../../ui/list-page';
import { LoadError } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';

const KEY = ['privacy', 'bewaarplichten'] as const;
const TYPES: readonly HoldObjectType[] = ['signal', 'casus', 'meeting'];
const EMPTY: { objectType: HoldObjectType; reference: string; reason: string; endsOn: string } = {
  objectType: 'casus',
  reference: '',
  reason: '',
  endsOn: '',
};

/** /privacy/bewaarplichten: pause the deletion of one record, with a reason and an end date. */
export function LegalHoldsPage() {
  const { t } = useTranslation();
  const holds = useQuery({
    queryKey: KEY,
    queryFn: () => apiGet<LegalHold[]>('/api/privacy/bewaarplichten'),
  });
  return (
    <Page
      title={t('dataProtection.holds.title')}
      intro={t('dataProtection.holds.intro')}
      before={<BackLink to="/privacy">{t('dataProtection.common.back')}</BackLink>}
    >
      <NewHold />
      <ListState query={holds} none={t('dataProtection.holds.none')}>
        {(list) => <HoldList holds={list} />}
      </ListState>
    </Page>
  );
}

function NewHold() {
  const { t } = useTranslation();
  const {
    draft,
    set,
    add: place,
    added: placed,
    fieldError,
    submit,
  } = useAddForm({
    empty: EMPTY,
    send: (draft: typeof EMPTY) => apiSend<{ id: string }>('POST', '/api/privacy/bewaarplichten', draft),
    confirm: () => true,
    queryKey: KEY,
    // The next hold is likely on the same kind of record.
    keep: ({ objectType }) => ({ objectType }),
  });
  return (
    <Section id="hold-new" title={t('dataProtection.holds.newTitle')}>
      <FormFrame
        labelledBy="hold-new"
        done={placed ? t('dataProtection.holds.placed') : null}
        error={place.error}
        fields={[
          { field: 'reference', id: 'hold-reference', label: t('dataProtection.holds.reference') },
          { field: 'reason', id: 'hold-reason', label: t('dataProtection.holds.reason') },
          { field: 'endsOn', id: 'hold-endsOn', label: t('dataProtection.holds.endsOn') },
        ]}
        submitLabel={t('dataProtection.holds.place')}
        busy={place.isPending}
        submitAppearance="primary-action"
        onSubmit={submit}
      >
        <SelectField
          id="hold-objectType"
          label={t('dataProtection.holds.objectType')}
          value={draft.objectType}
          onValueChange={(v) => set({ objectType: TYPES.find((x) => x === v) ?? 'casus' })}
          options={TYPES.map((x) => ({ value: x, label: t(`dataProtection.common.objectTypes.${x}`) }))}
        />
        <TextField
          id="hold-reference"
          label={t('dataProtection.holds.reference')}
          description={t('dataProtection.holds.referenceDescription')}
          value={draft.reference}
          onValueChange={(reference) => set({ reference })}
          error={fieldError('reference')}
          autoComplete="off"
          maxLength={60}
          required
        />
        <TextAreaField
          id="hold-reason"
          label={t('dataProtection.holds.reason')}
          value={draft.reason}
          onValueChange={(reason) => set({ reason })}
          error={fieldError('reason')}
          maxLength={2000}
          required
        />
        <TextField
          id="hold-endsOn"
          label={t('dataProtection.holds.endsOn')}
          type="date"
          min={today()}
          value={draft.endsOn}
          onValueChange={(endsOn) => set({ endsOn })}
          error={fieldError('endsOn')}
          required
        />
      </FormFrame>
    </Section>
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
