import { useTranslation } from 'react-i18next';
import type { Training, TrainingPage } from '../../../contract/deskundigheid-curriculum';
import { TRAINING_LEVELS } from '../../../domain/deskundigheid/curriculum';
import { useSignedInUser } from '../../session';
import { SelectField, TextField } from '../../ui/form-field';
import { AppLink, ButtonLink } from '../../ui/link';
import { BackLink, FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams } from '../../ui/use-list-params';
import {
  mayDo,
  newTrainingPage,
  TRAININGS_PATH,
  trainingPage,
  trainingsKey,
  useLookups,
} from './deskundigheid-api';

const FILTERS = textFilters(['zoek', 'niveau', 'doelgroep']);

/** The length of a training in hours and minutes ("6 uur", "1 uur 30 min"). */
export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number | null) => {
    if (minutes === null) return '—';
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return [
      h ? t('deskundigheid.hours', { count: h }) : '',
      m ? t('deskundigheid.minutes', { count: m }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
}

/** /deskundigheid/aanbod: the training on offer, searchable, by level and target group, paged on the server. */
export function CatalogueListPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const lookups = useLookups();
  const duration = useDuration();
  const params = useListParams(FILTERS);
  const list = useCursorPages<TrainingPage, Training>({
    key: trainingsKey(params.query),
    path: TRAININGS_PATH,
    query: params.query,
    items: (p) => p.trainings,
  });
  const field = useFilterFields(params, {
    error: list.query.error,
    id: (n) => `aanbod-filter-${n}`,
    label: (n) => t(`deskundigheid.catalogue.filters.${n}`),
  });
  return (
    <Page
      title={t('deskundigheid.catalogue.title')}
      headingId="aanbod-titel"
      intro={t('deskundigheid.catalogue.intro')}
      before={<BackLink to="/deskundigheid">{t('deskundigheid.backHome')}</BackLink>}
      actions={
        mayDo('deskundigheid.manage', user.role) ? (
          <ButtonLink appearance="primary-action" to={newTrainingPage}>
            {t('deskundigheid.catalogue.new')}
          </ButtonLink>
        ) : null
      }
    >
      <FilterForm
        id="aanbod-filters"
        title={t('deskundigheid.catalogue.filters.title')}
        error={list.query.error}
        fields={['zoek', 'niveau', 'doelgroep', 'cursor'].map((n) => ({
          field: n,
          id: `aanbod-filter-${n === 'cursor' ? 'zoek' : n}`,
          label: t(`deskundigheid.catalogue.filters.${n === 'cursor' ? 'zoek' : (n as 'zoek')}`),
        }))}
        texts={{ apply: t('deskundigheid.filters.apply'), clear: t('deskundigheid.filters.clear') }}
        onApply={params.apply}
        onClear={params.clear}
      >
        <TextField {...field('zoek')} autoComplete="off" />
        <SelectField
          {...field('niveau')}
          placeholder={t('deskundigheid.filters.any')}
          options={TRAINING_LEVELS.map((l) => ({ value: l, label: t(`deskundigheid.levels.${l}`) }))}
        />
        <SelectField
          {...field('doelgroep')}
          placeholder={t('deskundigheid.filters.any')}
          options={(lookups.data?.targetGroups ?? []).map((g) => ({ value: g.id, label: g.name }))}
        />
      </FilterForm>
      <PagedList
        list={list}
        texts={{
          none: t('deskundigheid.catalogue.none'),
          shown: (count) => t('deskundigheid.catalogue.shown', { count }),
          loadMore: t('deskundigheid.loadMore'),
          loadingMore: t('deskundigheid.loadingMore'),
        }}
      >
        {(trainings) => (
          <Table
            labelledBy="aanbod-titel"
            head={
              <Tr>
                <Th>{t('deskundigheid.training.title')}</Th>
                <Th>{t('deskundigheid.training.provider')}</Th>
                <Th>{t('deskundigheid.training.format')}</Th>
                <Th>{t('deskundigheid.training.level')}</Th>
                <Th>{t('deskundigheid.training.duration')}</Th>
                <Th>{t('deskundigheid.training.validMonths')}</Th>
                <Th>{t('deskundigheid.training.recommendedFor')}</Th>
              </Tr>
            }
          >
            {trainings.map((x) => (
              <Tr key={x.id}>
                <Td>
                  <AppLink to={trainingPage(x.id)}>{x.title}</AppLink>
                </Td>
                <Td>{x.provider}</Td>
                <Td>{t(`deskundigheid.formats.${x.format}`)}</Td>
                <Td>{t(`deskundigheid.levels.${x.level}`)}</Td>
                <Td>{duration(x.durationMinutes)}</Td>
                <Td>
                  {x.validMonths === null
                    ? t('deskundigheid.training.noRefresher')
                    : t('deskundigheid.months', { count: x.validMonths })}
                </Td>
                <Td>{x.recommendedFor.map((g) => g.name).join(', ') || '—'}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}
