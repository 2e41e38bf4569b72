import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseSummary } from '../../../contract/casussen';
import { CASE_PHASES, CASE_SITUATIONS } from '../../../domain/casus/types';
import { isOneOf } from '../../../domain/melding/types';
import { useSignedInUser } from '../../session';
import { CheckboxField, SelectField, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { ResultCount } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { type FiltersOf, filterCodec, param, useListParams } from '../../ui/use-list-params';
import { BreakGlassEntry } from '../privacy/break-glass-request-page';
import { useCases } from './casus-api';
import { PhaseBadge, ReviewDue } from './casus-ui';

const FILTERS = filterCodec({
  phase: param.text({ name: 'fase' }),
  situation: param.text({ name: 'situatie' }),
  // Applied while typing, so the spaces typed stay.
  search: param.text({ name: 'zoek', trim: false }),
  overdue: param.flag({ name: 'telaat', on: 'ja' }),
});
type Filters = FiltersOf<typeof FILTERS>;

/**
 * A case number as read out: "C-2026-0001", "2026-1" or "0001" (the number in any year), with spaces for
 * dashes; null when the search is not a number. The server reads signal numbers the same way.
 */
function caseNumber(search: string): { year: string | null; seq: number } | null {
  const m = /^(?:C-?)?(?:(\d{4})-)?(\d{1,9})$/.exec(search.trim().toUpperCase().replace(/\s+/g, '-'));
  return m?.[2] ? { year: m[1] ?? null, seq: Number(m[2]) } : null;
}

function hasNumber(reference: string, n: { year: string | null; seq: number }): boolean {
  const [, year, seq] = reference.split('-');
  return Number(seq) === n.seq && (n.year === null || year === n.year);
}

/** Closed cases only when that phase is asked for: the list is about the work that runs. */
function matches(c: CaseSummary, f: Filters): boolean {
  if (f.phase ? c.phase !== f.phase : c.phase === 'afgesloten') return false;
  if (f.situation && c.situation !== f.situation) return false;
  if (f.overdue && !c.reviewOverdue) return false;
  const q = f.search.trim().toLocaleLowerCase('nl');
  const n = caseNumber(q);
  return (
    q === '' ||
    (n !== null && hasNumber(c.reference, n)) ||
    c.reference.toLocaleLowerCase('nl').includes(q) ||
    c.person.name.toLocaleLowerCase('nl').includes(q)
  );
}

/**
 * /casussen: the cases the user may see (the server decides: the regie municipality's officer and mayor all
 * of the own municipality, a partner the cases it takes part in), the next review first. The list is small
 * (a municipality has tens of cases), so it is filtered here; the filters live in the address bar.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { applied: filters, change: set } = useListParams(FILTERS);
  const cases = useCases();
  const shown = (cases.data ?? [])
    .filter((c) => matches(c, filters))
    .sort((a, b) => a.nextReviewOn.localeCompare(b.nextReviewOn) || a.reference.localeCompare(b.reference));
  // Enter in the search opens the case of a whole number (also a closed one).
  const navigate = useNavigate();
  const openExact = (e: FormEvent) => {
    e.preventDefault();
    const n = caseNumber(filters.search);
    const exact = n?.year ? (cases.data ?? []).find((c) => hasNumber(c.reference, n)) : undefined;
    if (exact) navigate(`/casussen/${exact.id}`);
  };

  return (
    <Page title={t('casus.list.title')} headingId="cases-title" intro={t('casus.list.intro')}>
      <BreakGlassEntry />
      {/* Handed-over cases are no longer in the list: their content-free record is reached from here. */}
      {user.role === 'aandachtsfunctionaris' || user.role === 'burgemeester' ? (
        <Paragraph>
          <AppLink to="/casussen/overdrachten">{t('casus.handover.listTitle')}</AppLink>
        </Paragraph>
      ) : null}
      <section aria-labelledby="case-filters">
        <Heading level={2} id="case-filters">
          {t('casus.list.filtersTitle')}
        </Heading>
        <form className="duiden-filters" onSubmit={openExact} aria-labelledby="case-filters">
          <TextField
            id="cases-search"
            type="search"
            label={t('casus.list.filters.search')}
            description={t('casus.list.filters.searchDescription')}
            value={filters.search}
            onValueChange={(search) => set({ search })}
          />
          <SelectField
            id="cases-phase"
            label={t('casus.list.filters.phase')}
            value={filters.phase}
            onValueChange={(phase) => set({ phase: isOneOf(CASE_PHASES, phase) ? phase : '' })}
            placeholder={t('casus.list.filters.allOpen')}
            options={CASE_PHASES.map((p) => ({ value: p, label: t(`casus.phases.${p}`) }))}
          />
          <SelectField
            id="cases-situation"
            label={t('casus.list.filters.situation')}
            value={filters.situation}
            onValueChange={(situation) =>
              set({ situation: isOneOf(CASE_SITUATIONS, situation) ? situation : '' })
            }
            placeholder={t('casus.list.filters.all')}
            options={CASE_SITUATIONS.map((s) => ({ value: s, label: t(`casus.situations.${s}`) }))}
          />
        </form>
        <CheckboxField
          id="cases-overdue"
          label={t('casus.list.filters.overdue')}
          checked={filters.overdue}
          onCheckedChange={(overdue) => set({ overdue })}
        />
      </section>
      <QueryState query={cases}>
        {() => (
          <div className="duiden-section">
            <ResultCount>{t('casus.list.count', { count: shown.length })}</ResultCount>
            {shown.length === 0 ? (
              <Paragraph>{t('casus.list.none')}</Paragraph>
            ) : (
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
                {shown.map((c) => (
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
            )}
          </div>
        )}
      </QueryState>
    </Page>
  );
}
