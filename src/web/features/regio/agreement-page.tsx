import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AgreementDetail, AgreementSaved } from '../../../contract/regio';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { OtherVersion } from '../../ui/form-conflict';
import { TextAreaField } from '../../ui/form-field';
import { useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { conflictCurrent, useFormSend, versionedWith } from '../../ui/form-send';
import { formatDateTime, formatDay } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { AGREEMENT_BADGE, AGREEMENTS_KEY, agreementKey, agreementPath } from './regio-api';

const isAgreement = versionedWith<AgreementDetail>(
  (v) => typeof v.task === 'string' && typeof v.startsOn === 'string',
);

/**
 * /regio/afspraken/:id: one agreement: which task of which municipality is worked by whom, its term and
 * covenant, how much open work runs under it; for the region's functioneel beheerder the form to end it,
 * which hands that work back to the municipality.
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const agreement = useQuery({
    queryKey: agreementKey(id),
    queryFn: () => apiGet<AgreementDetail>(agreementPath(id)),
  });
  // What ending did stays on the page after the form has gone (an ended agreement has none).
  const [ended, setEnded] = useState<number | null>(null);
  return (
    <QueryState query={agreement}>
      {(a) => (
        <Page
          title={t('regio.detail.title', { task: t(`regio.tasks.${a.task}`), name: a.municipality.name })}
          before={<BackLink to="/regio">{t('regio.detail.back')}</BackLink>}
        >
          {ended !== null ? (
            <Alert type="ok" live>
              <Paragraph>{t('regio.end.done', { count: ended })}</Paragraph>
            </Alert>
          ) : null}
          <AgreementFacts agreement={a} />
          {a.mayManage && a.status !== 'beeindigd' ? <EndAgreement agreement={a} onEnded={setEnded} /> : null}
        </Page>
      )}
    </QueryState>
  );
}

function AgreementFacts({ agreement: a }: { readonly agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const none = t('regio.detail.none');
  return (
    <DataList
      items={[
        {
          key: 'status',
          label: t('regio.fields.status'),
          value: (
            <StatusBadge status={AGREEMENT_BADGE[a.status]}>{t(`regio.status.${a.status}`)}</StatusBadge>
          ),
        },
        { key: 'region', label: t('regio.fields.region'), value: a.region.name },
        { key: 'municipality', label: t('regio.fields.municipality'), value: a.municipality.name },
        { key: 'task', label: t('regio.fields.task'), value: t(`regio.tasks.${a.task}`) },
        {
          key: 'worker',
          label: t('regio.fields.worker'),
          value: a.actingMunicipality?.name ?? a.region.name,
        },
        { key: 'covenant', label: t('regio.fields.covenant'), value: a.covenant?.title ?? none },
        { key: 'startsOn', label: t('regio.fields.startsOn'), value: formatDay(a.startsOn) },
        { key: 'endsOn', label: t('regio.fields.endsOn'), value: a.endsOn ? formatDay(a.endsOn) : none },
        { key: 'openWork', label: t('regio.fields.openWork'), value: String(a.openWork) },
        { key: 'note', label: t('regio.fields.note'), value: a.note || none },
        ...(a.endedOn
          ? [
              { key: 'endedOn', label: t('regio.fields.endedOn'), value: formatDay(a.endedOn) },
              {
                key: 'endReason',
                label: t('regio.fields.endReason'),
                value: `${a.endReason ?? ''} (${a.endedByName ?? ''})`,
              },
            ]
          : []),
        {
          key: 'saved',
          label: t('regio.fields.saved'),
          value: t('regio.detail.saved', { at: formatDateTime(a.updatedAt), by: a.updatedBy ?? '' }),
        },
      ]}
    />
  );
}

function EndAgreement({
  agreement: a,
  onEnded,
}: {
  readonly agreement: AgreementDetail;
  readonly onEnded: (handedBack: number) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  // After a 409 the next send is based on the version now saved, shown beside the form that keeps the reason.
  const [basedOn, setBasedOn] = useState(a.version);
  const form = useFormSend<AgreementSaved, true, void>({
    send: () =>
      apiSend<AgreementSaved>('POST', `${agreementPath(a.id)}/beeindigen`, { version: basedOn, reason }),
    onSent: (saved) => {
      onEnded(saved.handedBack ?? 0);
      return true;
    },
    afterSent: () => queryClient.invalidateQueries({ queryKey: AGREEMENTS_KEY }),
    onError: (error) => {
      const now = conflictCurrent(error, isAgreement);
      if (now) setBasedOn(now.version);
    },
  });
  const current = conflictCurrent(form.mutation.error, isAgreement);
  const { summary, field } = useFormFields(form.mutation.error, {
    reason: { id: 'agreement-end-reason', label: t('regio.end.reason') },
  });
  return (
    <Section id="agreement-end" title={t('regio.end.title')}>
      <FormFrame
        labelledBy="agreement-end"
        intro={t('regio.end.intro', { count: a.openWork })}
        conflict={
          current ? (
            <OtherVersion
              version={current.version}
              items={[
                {
                  key: 'status',
                  label: t('regio.fields.status'),
                  value: t(`regio.status.${current.status}`),
                },
              ]}
            />
          ) : null
        }
        {...form.frame}
        fields={summary}
        submitLabel={t('regio.end.submit')}
        danger
      >
        <TextAreaField
          {...field('reason')}
          value={reason}
          onValueChange={setReason}
          maxLength={2000}
          required
        />
      </FormFrame>
    </Section>
  );
}
