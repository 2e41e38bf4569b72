import { useTranslation } from 'react-i18next';
import type { PartnerPage, PartnerSummary } from '../../../contract/netwerk-partners';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { NETWORK_TASKS, PARTNER_DOMAINS, TASKS } from '../../../domain/netwerk/partners';
import { useSignedInUser } from '../../session';
import { SelectField, TextField } from '../../ui/form-field';
import { AppLink, ButtonLink } from '../../ui/link';
import { FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams } from '../../ui/use-list-params';
import {
  coveragePage,
  duePage,
  newPartnerPage,
  PARTNERS_PATH,
  partnerPage,
  partnersKey,
  useLabel,
  useLookups,
} from './netwerk-api';

/** Whether the user's role may change the register (the server decides again). */
export function mayManageNetwork(role: Role): boolean {
  return (POLICY['netwerk.manage'] as readonly Role[]).includes(role);
}

const FILTERS = textFilters(['zoek', 'soort', 'domein', 'wijk', 'taak', 'kant']);

/** /netwerk: the partner register, searchable and filtered, paged on the server. */
export function PartnersPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const label = useLabel();
  const lookups = useLookups();
  const params = useListParams(FILTERS);
  const list = useCursorPages<PartnerPage, PartnerSummary>({
    key: partnersKey(params.query),
    path: PARTNERS_PATH,
    query: params.query,
    items: (p) => p.partners,
  });
  const field = useFilterFields(params, {
    error: list.query.error,
    id: (n) => `netwerk-filter-${n}`,
    label: (n) => t(`netwerk.filters.${n}`),
  });
  const kinds = lookups.data?.kinds ?? [];
  const districts = lookups.data?.districts ?? [];
  const kindLabel = (code: string) => label(kinds.find((k) => k.code === code)?.label, code);
  const districtNames = (p: PartnerSummary) =>
    p.citywide
      ? t('netwerk.citywide')
      : p.districtIds.map((id) => districts.find((d) => d.id === id)?.name ?? '').join(', ');
  return (
    <Page
      title={t('netwerk.register.title')}
      headingId="netwerk-register"
      intro={t('netwerk.register.intro')}
      actions={
        mayManageNetwork(user.role) ? (
          <ButtonLink appearance="primary-action" to={newPartnerPage}>
            {t('netwerk.register.new')}
          </ButtonLink>
        ) : null
      }
    >
      <Paragraph>
        <AppLink to={duePage}>{t('netwerk.due.title')}</AppLink>
        {' · '}
        <AppLink to={coveragePage}>{t('netwerk.coverage.title')}</AppLink>
      </Paragraph>
      <FilterForm
        id="netwerk-filters"
        title={t('netwerk.filters.title')}
        error={list.query.error}
        fields={['zoek', 'soort', 'domein', 'wijk', 'taak', 'kant', 'cursor'].map((n) => ({
          field: n,
          id: `netwerk-filter-${n === 'cursor' ? 'zoek' : n}`,
          label: t(`netwerk.filters.${n === 'cursor' ? 'zoek' : (n as 'zoek')}`),
        }))}
        texts={{ apply: t('netwerk.filters.apply'), clear: t('netwerk.filters.clear') }}
        onApply={params.apply}
        onClear={params.clear}
      >
        <TextField {...field('zoek')} description={t('netwerk.filters.zoekHint')} autoComplete="off" />
        <SelectField
          {...field('soort')}
          placeholder={t('netwerk.filters.any')}
          options={kinds.map((k) => ({ value: k.code, label: label(k.label) }))}
        />
        <SelectField
          {...field('domein')}
          placeholder={t('netwerk.filters.any')}
          options={Object.entries(PARTNER_DOMAINS).map(([value, l]) => ({ value, label: label(l) }))}
        />
        <SelectField
          {...field('wijk')}
          placeholder={t('netwerk.filters.any')}
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
        />
        <SelectField
          {...field('taak')}
          placeholder={t('netwerk.filters.any')}
          options={TASKS.map((value) => ({ value, label: label(NETWORK_TASKS[value]) }))}
        />
        <SelectField
          {...field('kant')}
          placeholder={t('netwerk.filters.any')}
          options={[
            { value: 'extern', label: t('netwerk.side.extern') },
            { value: 'intern', label: t('netwerk.side.intern') },
          ]}
        />
      </FilterForm>
      <PagedList
        list={list}
        texts={{
          none: t('netwerk.register.none'),
          shown: (count) => t('netwerk.register.shown', { count }),
          loadMore: t('netwerk.loadMore'),
          loadingMore: t('netwerk.loadingMore'),
        }}
      >
        {(partners) => (
          <Table
            labelledBy="netwerk-register"
            head={
              <Tr>
                <Th>{t('netwerk.columns.name')}</Th>
                <Th>{t('netwerk.columns.kind')}</Th>
                <Th>{t('netwerk.columns.side')}</Th>
                <Th>{t('netwerk.columns.domain')}</Th>
                <Th>{t('netwerk.columns.districts')}</Th>
                <Th>{t('netwerk.columns.tasks')}</Th>
                <Th>{t('netwerk.columns.contacts')}</Th>
                <Th>{t('netwerk.columns.covenant')}</Th>
              </Tr>
            }
          >
            {partners.map((p) => (
              <Tr key={p.id}>
                <Td>
                  <AppLink to={partnerPage(p.id)}>{p.name}</AppLink>
                </Td>
                <Td>{kindLabel(p.kind)}</Td>
                <Td>{p.internal ? t('netwerk.side.intern') : t('netwerk.side.extern')}</Td>
                <Td>{label(PARTNER_DOMAINS[p.domain])}</Td>
                <Td>{districtNames(p)}</Td>
                <Td>{p.tasks.map((x) => label(NETWORK_TASKS[x])).join(', ')}</Td>
                <Td>{p.contacts}</Td>
                <Td>{p.covenant ? p.covenant.title : t('netwerk.noCovenant')}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}
