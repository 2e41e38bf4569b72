import { useTranslation } from 'react-i18next';
import type { CasePage, CaseSummary } from '../../../contract/casussen';
import { CASE_LIST_SORTS } from '../../../domain/casus/case-list';
import { CASE_PHASES, CASE_SITUATIONS, type CasePhase } from '../../../domain/casus/types';
import { useSignedInUser } from '../../session';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../ui/form-field';
import { AppLink } from '../../ui/link';
import { FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Table, Td, Th, Tr } from '../../ui/table';
import {
  type FiltersOf,
  filterCodec,
  type ListParams,
  param,
  useListParams,
  useOpenWhenSearched,
} from '../../ui/use-list-params';
import { useOrganisations } from '../beheer/users-api';
import { useRegisseurs } from '../overleggen/overleggen-api';
import { BreakGlassEntry } from '../privacy/break-glass-request-page';
import { casesKey } from './casus-api';
import { PhaseBadge, ReviewDue } from './casus-ui';

/** The list is about the work that runs: closed cases only when that phase is ticked. */
const OPEN_PHASES = CASE_PHASES.filter((p) => p !== 'afgesloten');

/**
 * The filters by the API's names (so a refusal of the server names the field of the form), written in the
 * address bar under Dutch names: "/casussen?telaat=ja" from the home page keeps working. The server filters,
 * orders and pages (GET /api/casussen).
 */
const FILTERS = filterCodec({
  q: param.text({ name: 'zoek' }),
  phase: { ...param.list(CASE_PHASES, { otherwise: OPEN_PHASES }), name: 'fase' },
  situation: param.text({ name: 'situatie' }),
  regisseurId: param.text({ name: 'regisseur' }),
  organisationId: param.text({ name: 'organisatie' }),
  sort: param.text({ name: 'volgorde', otherwise: CASE_LIST_SORTS[0] }),
  reviewOverdue: param.flag({ name: 'telaat', on: 'ja' }),
});
type Filters = FiltersOf<typeof FILTERS>;
type FilterName = keyof Filters;

/** The filters as the API's query string. */
function apiQuery(f: Filters): string {
  const p = new URLSearchParams();
  for (const [name, value] of Object.entries(f)) {
    if (Array.isArray(value)) for (const v of value) p.append(name, v);
    else if (value === true) p.set(name, 'true');
    else if (typeof value === 'string' && value !== '') p.set(name, value);
  }
  return p.toString();
}

/** The roles that read persons also find a case by the person's name (the server decides the same). */
const officerOrMayor = (role: string) => role === 'aandachtsfunctionaris' || role === 'burgemeester';

/**
 * /casussen: the cases the user may see (the server decides: the regie municipality's officer and mayor all
 * of the own municipality, a partner the open cases it takes part in), the next review first. Filters, search
 * and order live in the address bar; the server pages by cursor ("Meer laden").
 */
export function CasesPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const filters = useListParams(FILTERS, { searched: true });
  const query = apiQuery(filters.applied);
  const list = useCursorPages({
    key: [...casesKey, 'lijst', query],
    path: '/api/casussen',
    query,
    items: (p: CasePage) => p.items,
  });
  // A search for a whole case number opens that case (also a closed one).
  const exactId = list.query.data?.pages[0]?.exactId ?? null;
  useOpenWhenSearched(exactId ? `/casussen/${exactId}` : null);

  return (
    <Page title={t('casus.list.title')} headingId="cases-title" intro={t('casus.list.intro')}>
      <BreakGlassEntry />
      {/* Handed-over cases are no longer in the list: their content-free record is reached from here. */}
      {officerOrMayor(user.role) ? (
        <Paragraph>
          <AppLink to="/casussen/overdrachten">{t('casus.handover.listTitle')}</AppLink>
        </Paragraph>
      ) : null}
      <CaseFilters filters={filters} error={list.query.error} byName={officerOrMayor(user.role)} />
      <div className="duiden-section">
        <PagedList
          list={list}
          texts={{
            none: t('casus.list.none'),
            shown: (count) => t('casus.list.shown', { count }),
            loadMore: t('casus.list.loadMore'),
            loadingMore: t('casus.list.loadingMore'),
          }}
        >
          {(items) => <CasesTable items={items} />}
        </PagedList>
      </div>
    </Page>
  );
}

function CaseFilters({
  filters,
  error,
  byName,
}: {
  readonly filters: ListParams<Filters>;
  readonly error: unknown;
  readonly byName: boolean;
}) {
  const { t } = useTranslation();
  // Who may not search names searches a case number: the field says so.
  const label = (name: FilterName) =>
    name === 'q' && !byName ? t('casus.list.filters.qNumber') : t(`casus.list.filters.${name}`);
  const field = useFilterFields(filters, { error, id: (name) => `cases-${name}`, label });
  const fieldError = useFieldErrors(error);
  const togglePhase = (phase: CasePhase, on: boolean) =>
    filters.setDraft((d) => ({
      ...d,
      phase: on
        ? CASE_PHASES.filter((x) => x === phase || d.phase.includes(x))
        : d.phase.filter((x) => x !== phase),
    }));

  return (
    <FilterForm
      id="case-filters"
      title={t('casus.list.filtersTitle')}
      error={error}
      fields={[
        { field: 'q', id: 'cases-q', label: label('q') },
        ...CASE_PHASES.map((_, i) => ({
          field: `phase.${i}`,
          id: `cases-phase-${CASE_PHASES[0]}`,
          label: label('phase'),
        })),
        ...(['situation', 'regisseurId', 'organisationId', 'sort', 'reviewOverdue'] as const).map((f) => ({
          field: f,
          id: `cases-${f}`,
          label: label(f),
        })),
      ]}
      texts={{ apply: t('casus.list.filters.apply'), clear: t('casus.list.filters.clear') }}
      onApply={filters.apply}
      onClear={filters.clear}
    >
      <TextField
        {...field('q')}
        type="search"
        description={t('casus.list.filters.searchDescription')}
        autoComplete="off"
        maxLength={200}
      />
      <Fieldset legend={label('phase')} className="duiden-checkbox-group">
        {CASE_PHASES.map((p) => (
          <CheckboxField
            key={p}
            id={`cases-phase-${p}`}
            label={t(`casus.phases.${p}`)}
            checked={filters.draft.phase.includes(p)}
            onCheckedChange={(on) => togglePhase(p, on)}
          />
        ))}
      </Fieldset>
      <div className="duiden-filters">
        <SelectField
          {...field('situation')}
          placeholder={t('casus.list.filters.all')}
          options={CASE_SITUATIONS.map((s) => ({ value: s, label: t(`casus.situations.${s}`) }))}
        />
        {byName ? <RegisseurFilter field={field('regisseurId')} /> : null}
        <OrganisationFilter field={field('organisationId')} />
        <SelectField
          {...field('sort')}
          value={filters.draft.sort || CASE_LIST_SORTS[0]}
          options={CASE_LIST_SORTS.map((s) => ({ value: s, label: t(`casus.list.sorts.${s}`) }))}
        />
      </div>
      <CheckboxField
        id="cases-reviewOverdue"
        label={label('reviewOverdue')}
        checked={filters.draft.reviewOverdue}
        onCheckedChange={filters.set('reviewOverdue')}
        error={fieldError('reviewOverdue')}
      />
    </FilterForm>
  );
}

type FieldProps = ReturnType<ReturnType<typeof useFilterFields<Filters>>>;

/** The officers who can be regisseur (only the officer and the mayor may read that list). */
function RegisseurFilter({ field }: { readonly field: FieldProps }) {
  const { t } = useTranslation();
  const regisseurs = useRegisseurs();
  return (
    <SelectField
      {...field}
      placeholder={t('casus.list.filters.all')}
      options={(regisseurs.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
    />
  );
}

/** The partner organisations of the municipality: cases one of them takes part in now. */
function OrganisationFilter({ field }: { readonly field: FieldProps }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  return (
    <SelectField
      {...field}
      placeholder={t('casus.list.filters.all')}
      options={(organisations.data ?? [])
        .filter((o) => o.kind === 'partner')
        .map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}

/** Six columns; the next review is the default order, so it is always shown. */
function CasesTable({ items }: { readonly items: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table
      labelledBy="cases-title"
      head={
        <Tr>
          <Th>{t('casus.list.columns.reference')}</Th>
          <Th>{t('casus.list.columns.person')}</Th>
          <Th>{t('casus.list.columns.phase')}</Th>
          <Th>{t('casus.list.columns.situation')}</Th>
          <Th>{t('casus.list.columns.regisseur')}</Th>
          <Th>{t('casus.list.columns.nextReview')}</Th>
        </Tr>
      }
    >
      {items.map((c) => (
        <Tr key={c.id}>
          <Td nowrap>
            <AppLink to={`/casussen/${c.id}`}>{c.reference}</AppLink>
          </Td>
          <Td>{c.person.name}</Td>
          <Td>
            <PhaseBadge phase={c.phase} />
          </Td>
          <Td>{t(`casus.situations.${c.situation}`)}</Td>
          <Td>{c.regisseur?.name ?? t('casus.list.noRegisseur')}</Td>
          <Td nowrap>
            {c.phase === 'afgesloten' ? (
              t('common.none')
            ) : (
              <ReviewDue day={c.nextReviewOn} overdue={c.reviewOverdue} />
            )}
          </Td>
        </Tr>
      ))}
    </Table>
  );
}
