import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgreementChoices, AgreementPage, AgreementSummary } from '../../../contract/regio';
import { REGIO_TASKS } from '../../../domain/regio/agreements';
import { apiGet, apiSend } from '../../api';
import { areasFor } from '../../navigation';
import { useSignedInUser } from '../../session';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { useAddForm } from '../../ui/form-send';
import { formatDay } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { AGREEMENT_BADGE, AGREEMENTS_KEY } from './regio-api';

/**
 * /regio: regional cooperation. The agreements the region or the municipality takes part in (which task of
 * which municipality the region, or a larger municipality, works on its behalf), paged on the server; for the
 * region's functioneel beheerder the form to record one; and the way to the region's figures, which come from
 * the fenomeenanalyse with its disclosure control (never counted here).
 */
export function RegioPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const list = useCursorPages<AgreementPage, AgreementSummary>({
    key: [...AGREEMENTS_KEY, 'lijst'],
    path: '/api/regio/afspraken',
    items: (p) => p.agreements,
  });
  const mayManage = list.query.data?.pages[0]?.mayManage ?? false;
  const readsAnalysis = areasFor(user.role).some((a) => a.area === 'analyse');
  return (
    <Page title={t('regio.title')} headingId="regio-title" intro={t('regio.intro')}>
      <Section id="regio-figures" title={t('regio.figures.title')}>
        <Paragraph>{t('regio.figures.intro')}</Paragraph>
        {readsAnalysis ? (
          <Paragraph>
            <AppLink to="/analyse">{t('regio.figures.link')}</AppLink>
          </Paragraph>
        ) : (
          <Paragraph>{t('regio.figures.notYours')}</Paragraph>
        )}
      </Section>
      <Section id="regio-agreements" title={t('regio.list.title')}>
        <PagedList
          list={list}
          texts={{
            none: t('regio.list.none'),
            shown: (count) => t('regio.list.shown', { count }),
            loadMore: t('regio.list.loadMore'),
            loadingMore: t('regio.list.loadingMore'),
          }}
        >
          {(items) => (
            <Table
              labelledBy="regio-agreements"
              head={
                <Tr>
                  <Th>{t('regio.fields.municipality')}</Th>
                  <Th>{t('regio.fields.task')}</Th>
                  <Th>{t('regio.fields.worker')}</Th>
                  <Th>{t('regio.fields.status')}</Th>
                  <Th>{t('regio.fields.term')}</Th>
                </Tr>
              }
            >
              {items.map((a) => (
                <Tr key={a.id}>
                  <Td>
                    <AppLink to={`/regio/afspraken/${a.id}`}>{a.municipality.name}</AppLink>
                  </Td>
                  <Td>{t(`regio.tasks.${a.task}`)}</Td>
                  <Td>{a.actingMunicipality?.name ?? a.region.name}</Td>
                  <Td nowrap>
                    <StatusBadge status={AGREEMENT_BADGE[a.status]}>
                      {t(`regio.status.${a.status}`)}
                    </StatusBadge>
                  </Td>
                  <Td nowrap>
                    {a.endsOn
                      ? t('regio.list.term', { from: formatDay(a.startsOn), until: formatDay(a.endsOn) })
                      : t('regio.list.termOpen', { from: formatDay(a.startsOn) })}
                  </Td>
                </Tr>
              ))}
            </Table>
          )}
        </PagedList>
      </Section>
      {mayManage ? <AddAgreement /> : null}
    </Page>
  );
}

const EMPTY = {
  municipalityId: '',
  task: '',
  actingMunicipalityId: '',
  covenantId: '',
  startsOn: '',
  endsOn: '',
  note: '',
};

function AddAgreement() {
  const { t } = useTranslation();
  const choices = useQuery({
    queryKey: [...AGREEMENTS_KEY, 'keuzes'],
    queryFn: () => apiGet<AgreementChoices>('/api/regio/afspraken/keuzes'),
  });
  const { draft, set, add, added, submit } = useAddForm({
    empty: EMPTY,
    send: (d: typeof EMPTY) =>
      apiSend('POST', '/api/regio/afspraken', {
        municipalityId: d.municipalityId || undefined,
        task: d.task || undefined,
        actingMunicipalityId: d.actingMunicipalityId || null,
        covenantId: d.covenantId || null,
        startsOn: d.startsOn,
        endsOn: d.endsOn || null,
        note: d.note,
      }),
    confirm: (_, d) => choices.data?.municipalities.find((m) => m.id === d.municipalityId)?.name ?? '',
    queryKey: AGREEMENTS_KEY,
  });
  const { summary, bind } = useFormFields(
    add.error,
    {
      municipalityId: { id: 'agreement-municipality', label: t('regio.fields.municipality') },
      task: { id: 'agreement-task', label: t('regio.fields.task') },
      actingMunicipalityId: { id: 'agreement-acting', label: t('regio.fields.acting') },
      covenantId: { id: 'agreement-covenant', label: t('regio.fields.covenant') },
      startsOn: { id: 'agreement-starts', label: t('regio.fields.startsOn') },
      endsOn: { id: 'agreement-ends', label: t('regio.fields.endsOn') },
      note: { id: 'agreement-note', label: t('regio.fields.note') },
    },
    { draft, set },
  );
  const municipalities = (choices.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }));
  return (
    <Section id="agreement-add" title={t('regio.add.title')}>
      <FormFrame
        labelledBy="agreement-add"
        intro={t('regio.add.intro')}
        done={added !== null ? t('regio.add.added', { name: added }) : null}
        error={add.error}
        fields={summary}
        submitLabel={t('regio.add.submit')}
        busy={add.isPending}
        onSubmit={submit}
      >
        <SelectField
          {...bind('municipalityId')}
          options={municipalities}
          placeholder={t('regio.add.choose')}
        />
        <SelectField
          {...bind('task')}
          options={REGIO_TASKS.map((task) => ({ value: task, label: t(`regio.tasks.${task}`) }))}
          placeholder={t('regio.add.choose')}
        />
        <SelectField
          {...bind('actingMunicipalityId')}
          description={t('regio.add.actingDescription')}
          options={municipalities}
          placeholder={t('regio.add.none')}
          optional
        />
        <SelectField
          {...bind('covenantId')}
          options={(choices.data?.covenants ?? []).map((c) => ({
            value: c.id,
            label: `${c.title} (${c.tenant})`,
          }))}
          placeholder={t('regio.add.none')}
          optional
        />
        <TextField {...bind('startsOn')} type="date" required />
        <TextField {...bind('endsOn')} type="date" optional />
        <TextAreaField {...bind('note')} maxLength={2000} optional />
      </FormFrame>
    </Section>
  );
}
