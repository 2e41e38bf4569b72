import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { KeyFigure, KeyFigurePage } from '../../../../contract/netwerk-key-figures';
import { formatDay } from '../../../ui/format';
import { AppLink, ButtonLink } from '../../../ui/link';
import { Page } from '../../../ui/list-page';
import { PagedResults, useCursorPages } from '../../../ui/paged-results';
import { QueryState } from '../../../ui/query-state';
import { StatusBadge } from '../../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { keyFiguresKey, STATUS_BADGE, UPKEEP_BADGE } from './sleutelfiguren-api';

const VIEWS = {
  alle: '',
  mijn: 'mijn=true',
  achterstallig: 'achterstallig=true',
} as const;
type View = keyof typeof VIEWS;
const VIEW_LABEL = { alle: 'all', mijn: 'mine', achterstallig: 'overdue' } as const;

function isView(v: string | null): v is View {
  return v !== null && Object.hasOwn(VIEWS, v);
}

/** The contact cell: where the upkeep stands, or that there is none for a key figure that is not active. */
export function UpkeepText({ keyFigure }: { readonly keyFigure: KeyFigure }) {
  const { t } = useTranslation();
  const u = keyFigure.upkeep;
  if (!u) return <span className="duiden-muted">{t('sleutelfiguren.upkeep.notActive')}</span>;
  return (
    <>
      <StatusBadge status={UPKEEP_BADGE[u.status]}>{t(`sleutelfiguren.upkeep.${u.status}`)}</StatusBadge>
      <br />
      {u.status === 'gesnoozed' && u.snoozedUntil
        ? t('sleutelfiguren.upkeep.snoozedUntil', { date: formatDay(u.snoozedUntil) })
        : u.status === 'achterstallig'
          ? t('sleutelfiguren.upkeep.overdueDays', { count: u.daysOverdue })
          : t('sleutelfiguren.upkeep.due', { date: formatDay(u.dueOn) })}
    </>
  );
}

/**
 * /sleutelfiguren: the municipality's key figures by name, all, the own ones or those whose contact is
 * overdue (the server pages and logs every one shown).
 */
export function KeyFiguresPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = params.get('weergave');
  const view: View = isView(asked) ? asked : 'alle';
  const list = useCursorPages({
    key: [...keyFiguresKey, 'lijst', view],
    path: '/api/netwerk/sleutelfiguren',
    query: VIEWS[view],
    items: (p: KeyFigurePage) => p.keyFigures,
  });

  return (
    <Page
      title={t('sleutelfiguren.title')}
      headingId="kf-title"
      intro={t('sleutelfiguren.intro')}
      actions={
        <>
          <ButtonLink to="/sleutelfiguren/nieuw" appearance="primary-action">
            {t('sleutelfiguren.add')}
          </ButtonLink>
          <ButtonLink to="/sleutelfiguren/peilingen" appearance="secondary-action">
            {t('sleutelfiguren.soundings')}
          </ButtonLink>
        </>
      }
    >
      <nav aria-label={t('sleutelfiguren.views.label')}>
        <ul className="utrecht-unordered-list">
          {(Object.keys(VIEWS) as View[]).map((v) => (
            <li key={v}>
              <AppLink
                to={v === 'alle' ? '/sleutelfiguren' : `/sleutelfiguren?weergave=${v}`}
                aria-current={v === view ? 'page' : undefined}
              >
                {t(`sleutelfiguren.views.${VIEW_LABEL[v]}`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={list.query}>
        {() => (
          <PagedResults
            query={list.query}
            count={list.items.length}
            texts={{
              none: t('sleutelfiguren.none'),
              loadMore: t('sleutelfiguren.loadMore'),
              loadingMore: t('sleutelfiguren.loadingMore'),
            }}
          >
            <Table
              labelledBy="kf-title"
              head={
                <Tr>
                  <Th>{t('sleutelfiguren.columns.name')}</Th>
                  <Th>{t('sleutelfiguren.columns.community')}</Th>
                  <Th>{t('sleutelfiguren.columns.status')}</Th>
                  <Th>{t('sleutelfiguren.columns.owner')}</Th>
                  <Th>{t('sleutelfiguren.columns.upkeep')}</Th>
                  <Th>{t('sleutelfiguren.columns.review')}</Th>
                </Tr>
              }
            >
              {list.items.map((k) => (
                <Tr key={k.id}>
                  <Td>
                    <AppLink to={`/sleutelfiguren/${k.id}`}>{k.name}</AppLink>
                  </Td>
                  <Td className="duiden-cell-text">{k.community}</Td>
                  <Td>
                    <StatusBadge status={STATUS_BADGE[k.status]}>
                      {t(`sleutelfiguren.statuses.${k.status}`)}
                    </StatusBadge>
                  </Td>
                  <Td>{k.contactOwner.name}</Td>
                  <Td>
                    <UpkeepText keyFigure={k} />
                  </Td>
                  <Td nowrap>
                    {formatDay(k.reviewOn)}
                    {k.reviewDue ? (
                      <>
                        <br />
                        <StatusBadge status="warning">{t('sleutelfiguren.reviewDue')}</StatusBadge>
                      </>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </Table>
          </PagedResults>
        )}
      </QueryState>
    </Page>
  );
}
