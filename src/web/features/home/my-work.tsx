import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MyWork, WorkGroup, WorkItem, WorkKind, WorkOfKind } from '../../../contract/mijn-werk';
import { apiGet } from '../../api';
import { formatDay, formatDayAndTime } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';

/** Where each kind of work is done. */
function pathOf(i: WorkItem): string {
  switch (i.kind) {
    case 'overleg':
      return `/overleggen/${i.id}`;
    case 'melding':
      return `/meldingen/${i.id}`;
    case 'evaluatie':
      return `/casussen/${i.id}`;
    case 'checklist':
      return `/casussen/${i.id}/checklists`;
    case 'familie':
      return `/casussen/${i.id}/familie`;
    case 'actie':
      return '/acties';
  }
}

/** The full list behind "en N meer", with its filters where the list has them. */
function fullListOf(kind: WorkKind, group: WorkGroup): string {
  switch (kind) {
    case 'overleg':
      return '/overleggen';
    case 'melding':
      return group === 'te_laat' ? '/meldingen?overdue=true&sort=termijn' : '/meldingen?sort=termijn';
    case 'evaluatie':
      return group === 'te_laat' ? '/casussen?telaat=ja' : '/casussen';
    case 'checklist':
    case 'familie':
      return '/casussen';
    case 'actie':
      return '/acties';
  }
}

/**
 * "Mijn werk": what is due for the signed-in membership (GET /api/mijn-werk), by deadline group and by
 * kind, each item a link to where it is done; references only, as the server gives them.
 */
export function MyWorkGroups() {
  const { t } = useTranslation();
  const work = useQuery({ queryKey: ['mijn-werk'], queryFn: () => apiGet<MyWork>('/api/mijn-werk') });
  return (
    <QueryState query={work}>
      {(data) =>
        data.groups.every((g) => g.kinds.length === 0) ? (
          <Paragraph>{t('home.work.nothingAtAll')}</Paragraph>
        ) : (
          data.groups.map((g) => (
            <Section
              key={g.group}
              id={`work-${g.group}`}
              level={3}
              title={t(`home.work.groups.${g.group}`, { day: g.until ? formatDay(g.until) : '' })}
            >
              {g.kinds.length === 0 ? (
                <Paragraph>{t(`home.work.empty.${g.group}`)}</Paragraph>
              ) : (
                g.kinds.map((k) => <KindList key={k.kind} group={g.group} work={k} />)
              )}
            </Section>
          ))
        )
      }
    </QueryState>
  );
}

function KindList({ group, work }: { readonly group: WorkGroup; readonly work: WorkOfKind }) {
  const { t } = useTranslation();
  return (
    <Section
      id={`work-${group}-${work.kind}`}
      within={`work-${group}`}
      level={4}
      title={t(`home.work.kinds.${work.kind}`)}
      className={null}
    >
      <ul className="utrecht-unordered-list">
        {work.items.map((i) => (
          <li key={`${i.kind}-${i.id}`} className="utrecht-unordered-list__item">
            <AppLink to={pathOf(i)}>{linkText(t, i)}</AppLink> – {detailOf(t, i, group === 'te_laat')}
          </li>
        ))}
      </ul>
      {work.more > 0 ? (
        <Paragraph>
          {t('home.work.more', { count: work.more })}:{' '}
          <AppLink to={fullListOf(work.kind, group)}>{t(`home.work.moreLinks.${work.kind}`)}</AppLink>
        </Paragraph>
      ) : null}
    </Section>
  );
}

type T = TFunction;

function linkText(t: T, i: WorkItem): string {
  switch (i.kind) {
    case 'overleg':
      return t('home.work.item.overleg', { title: i.label });
    case 'melding':
      return t('home.work.item.melding', { reference: i.label });
    case 'actie':
      return t('home.work.item.actie', { title: i.label });
    default:
      return t('home.work.item.case', { reference: i.label });
  }
}

function detailOf(t: T, i: WorkItem, late: boolean): string {
  const day = formatDay(i.dueOn);
  switch (i.kind) {
    case 'overleg': {
      const when = i.startsAt ? formatDayAndTime(i.startsAt) : day;
      return i.chair ? `${when}, ${t('home.work.item.chair')}` : when;
    }
    case 'melding':
      return late ? t('home.work.item.dueLate', { day }) : t('home.work.item.dueOn', { day });
    case 'evaluatie':
      return late ? t('home.work.item.reviewLate', { day }) : t('home.work.item.reviewOn', { day });
    case 'checklist':
    case 'familie': {
      const what =
        i.kind === 'checklist'
          ? t('home.work.item.checklist', { count: i.count })
          : t('home.work.item.familie', { count: i.count });
      return `${what}, ${late ? t('home.work.item.dueLate', { day }) : t('home.work.item.dueOn', { day })}`;
    }
    case 'actie':
      return late ? t('home.work.item.actionLate', { day }) : t('home.work.item.actionOn', { day });
  }
}
