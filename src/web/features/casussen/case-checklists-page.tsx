import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Checklist, ChecklistItem } from '../../../contract/casussen';
import { CHECKLIST_ITEM_STATUSES, type ChecklistItemStatus } from '../../../domain/casus/types';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { RadioGroupField, radioId, TextAreaField } from '../../ui/form-field';
import { formatDate, formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { useLeaveWarning } from '../../ui/use-leave-warning';
import { usePageTitle } from '../../ui/use-page-title';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { useCaseOfPage } from './case-context';
import { casePath, conflictChecklistItem, reloadCase, useChecklists } from './casus-api';
import { useLabel } from './casus-ui';

const STATUS_BADGE = { open: 'neutral', gedaan: 'success', niet_van_toepassing: 'inactive' } as const;

function ItemStatusBadge({ status }: { readonly status: ChecklistItemStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={STATUS_BADGE[status]}>{t(`casus.itemStatuses.${status}`)}</StatusBadge>;
}

/**
 * /casussen/:id/checklists: the checklists a situation brought (VNG/NGB factsheet) as task lists, each item
 * with its status and due date (some run from the date of departure, return or death) and how far the list
 * is. Each item is changed on a page of its own (?punt=<id>), one at a time, so an edit is never lost
 * to a save of another item; leaving an item with unsaved changes asks first.
 */
export function CaseChecklistsPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.checklists.pageTitle', { reference: c.reference }));
  const checklists = useChecklists(c.id);
  const [params, setParams] = useSearchParams();
  const [saved, setSaved] = useState<string | null>(null);
  const itemId = params.get('punt');
  const item = itemId ? checklists.data?.flatMap((l) => l.items).find((i) => i.id === itemId) : undefined;
  const mayChange = c.access === 'regie' && c.phase !== 'afgesloten';
  const toList = (message: string | null) => {
    setSaved(message);
    setParams({}, { replace: false });
  };
  return (
    <section aria-labelledby="case-checklists" className="duiden-section">
      <Heading level={2} id="case-checklists">
        {t('casus.checklists.title')}
      </Heading>
      {checklists.isPending ? <Loading /> : null}
      {checklists.error ? <LoadError error={checklists.error} /> : null}
      {checklists.data && itemId ? (
        item ? (
          <ChecklistItemPage item={item} mayChange={mayChange} onSaved={toList} />
        ) : (
          <Alert type="warning">
            <Paragraph>{t('casus.checklists.itemGone')}</Paragraph>
          </Alert>
        )
      ) : null}
      {checklists.data && !itemId ? (
        <>
          <Paragraph>{t('casus.checklists.intro')}</Paragraph>
          {saved ? (
            <Alert type="ok" live>
              <Paragraph>{saved}</Paragraph>
            </Alert>
          ) : null}
          {checklists.data.length === 0 ? <Paragraph>{t('casus.checklists.none')}</Paragraph> : null}
          {checklists.data.map((list) => (
            <TaskList key={list.id} list={list} />
          ))}
        </>
      ) : null}
    </section>
  );
}

/** One checklist as a task list: its progress in words, then each item with its status tag and term. */
function TaskList({ list }: { readonly list: Checklist }) {
  const { t } = useTranslation();
  const label = useLabel();
  const applicable = list.items.filter((i) => i.status !== 'niet_van_toepassing');
  const done = applicable.filter((i) => i.status === 'gedaan').length;
  const notApplicable = list.items.length - applicable.length;
  const overdue = list.items.filter((i) => i.overdue).length;
  const headingId = `checklist-${list.id}`;
  return (
    <section aria-labelledby={headingId} className="duiden-section">
      <Heading level={3} id={headingId}>
        {label(list.label)}
      </Heading>
      <Paragraph small>
        {t('casus.checklists.created', { at: formatDate(list.createdAt) })}{' '}
        <strong>{t('casus.checklists.progress', { done, total: applicable.length })}</strong>
        {notApplicable > 0 ? ` ${t('casus.checklists.notApplicableCount', { count: notApplicable })}` : ''}
        {overdue > 0 ? ` ${t('casus.checklists.overdueCount', { count: overdue })}` : ''}
      </Paragraph>
      <ul className="duiden-task-list" aria-labelledby={headingId}>
        {list.items.map((item) => (
          <li key={item.id} className="duiden-task-list__item">
            <span className="duiden-task-list__name">
              <AppLink to={`?punt=${encodeURIComponent(item.id)}`}>{label(item.label)}</AppLink>
              <span className="duiden-task-list__hint">
                {item.dueOn ? (
                  <>
                    {t('casus.checklists.due')} <time dateTime={item.dueOn}>{formatDay(item.dueOn)}</time>
                  </>
                ) : (
                  t('casus.checklists.noDue')
                )}
                {item.required ? ` · ${t('casus.checklists.required')}` : ''}
              </span>
            </span>
            <span className="duiden-task-list__status">
              {item.overdue ? (
                <StatusBadge status="danger">{t('casus.list.overdue')}</StatusBadge>
              ) : (
                <ItemStatusBadge status={item.status} />
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One checklist item on its own page: what it asks, its term and last change, and the form to change it. */
function ChecklistItemPage({
  item,
  mayChange,
  onSaved,
}: {
  readonly item: ChecklistItem;
  readonly mayChange: boolean;
  readonly onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  // The item's page takes focus on opening, so a screen reader starts at what is asked.
  useEffect(() => heading.current?.focus(), []);
  return (
    <article className="duiden-case-block" aria-labelledby={`item-${item.id}`}>
      <Paragraph>
        <AppLink to="?">{t('casus.checklists.back')}</AppLink>
      </Paragraph>
      <h3 className="utrecht-heading-3" id={`item-${item.id}`} ref={heading} tabIndex={-1}>
        {label(item.label)}
      </h3>
      <DataList
        items={[
          {
            key: 'status',
            label: t('casus.checklists.status'),
            value: <ItemStatusBadge status={item.status} />,
          },
          ...(item.reason
            ? [
                {
                  key: 'reason',
                  label: item.required ? t('casus.checklists.required') : t('casus.checklists.check'),
                  value: label(item.reason),
                },
              ]
            : []),
          {
            key: 'due',
            label: t('casus.checklists.due'),
            value: item.dueOn ? (
              <>
                <time dateTime={item.dueOn}>{formatDay(item.dueOn)}</time>
                {item.overdue ? (
                  <>
                    {' '}
                    <StatusBadge status="danger">{t('casus.list.overdue')}</StatusBadge>
                  </>
                ) : null}
              </>
            ) : (
              t('casus.checklists.noDue')
            ),
          },
          ...(item.by && item.at
            ? [
                {
                  key: 'by',
                  label: t('casus.checklists.by'),
                  value: t('casus.checklists.byAt', { name: item.by, at: formatDateTime(item.at) }),
                },
              ]
            : []),
          ...(item.note
            ? [
                {
                  key: 'note',
                  label: t('casus.checklists.note'),
                  value: <span className="duiden-prewrap">{item.note}</span>,
                },
              ]
            : []),
        ]}
      />
      {mayChange ? (
        <ItemForm
          item={item}
          onSaved={() => onSaved(t('casus.checklists.savedItem', { item: label(item.label) }))}
        />
      ) : null}
    </article>
  );
}

/** Marking an item done, not applicable (with why) or open again; a stale version is answered 409. */
function ItemForm({ item, onSaved }: { readonly item: ChecklistItem; readonly onSaved: () => void }) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const label = useLabel();
  const save = useVersionedSave({
    initial: { status: item.status as string, note: item.note },
    version: item.version,
    send: (draft, version) =>
      apiSend<{ version: number }>(
        'PATCH',
        `${casePath(c.id)}/checklistpunten/${encodeURIComponent(item.id)}`,
        { version, ...draft },
      ),
    versionOf: (r) => r.version,
    conflict: conflictChecklistItem,
    onSaved: async () => {
      await reloadCase(queryClient, c.id);
      onSaved();
    },
    onConflict: () => void reloadCase(queryClient, c.id),
  });
  const { draft, bind } = save;
  useLeaveWarning(
    draft.status !== item.status || draft.note !== item.note || save.other !== null,
    t('casus.checklists.leaveQuestion'),
  );
  const id = (name: string) => `item-${item.id}-${name}`;
  return (
    <VersionedForm
      save={save}
      fields={[
        { field: 'status', id: radioId(id('status'), 'open'), label: t('casus.checklists.status') },
        { field: 'note', id: id('note'), label: t('casus.checklists.note') },
      ]}
      savedMessage={t('casus.checklists.saved')}
      otherItems={(other) => [
        {
          key: 'status',
          label: t('casus.checklists.status'),
          value: t(`casus.itemStatuses.${other.status}`),
        },
        { key: 'note', label: t('casus.checklists.note'), value: other.note || t('common.none') },
        {
          key: 'by',
          label: t('casus.checklists.by'),
          value:
            other.by && other.at
              ? t('casus.checklists.byAt', { name: other.by, at: formatDateTime(other.at) })
              : t('common.none'),
        },
      ]}
      submitLabel={t('casus.checklists.submit')}
      label={t('casus.checklists.form', { item: label(item.label) })}
    >
      <RadioGroupField
        id={id('status')}
        legend={t('casus.checklists.status')}
        {...bind('status')}
        // A required item (minors concerned) cannot be marked not applicable.
        options={CHECKLIST_ITEM_STATUSES.filter((s) => !item.required || s !== 'niet_van_toepassing').map(
          (s) => ({ value: s, label: t(`casus.itemStatuses.${s}`) }),
        )}
      />
      <TextAreaField
        id={id('note')}
        label={t('casus.checklists.note')}
        description={t('casus.checklists.noteDescription')}
        rows={2}
        {...bind('note')}
        maxLength={2000}
        optional={draft.status !== 'niet_van_toepassing'}
      />
    </VersionedForm>
  );
}
