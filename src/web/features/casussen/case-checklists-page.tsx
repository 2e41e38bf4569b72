import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../contract/casussen';
import { CHECKLIST_ITEM_STATUSES, type ChecklistItemStatus } from '../../../domain/casus/types';
import { apiSend } from '../../api';
import { DataList } from '../../ui/data-list';
import { RadioGroupField, radioId, TextAreaField } from '../../ui/form-field';
import { formatDate, formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
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
 * /casussen/:id/checklists: the checklists a situation brought (VNG/NGB factsheet), each item with its due
 * date (some run from the date of departure, return or death) and who marked it, with a note.
 */
export function CaseChecklistsPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.checklists.pageTitle', { reference: c.reference }));
  const checklists = useChecklists(c.id);
  const label = useLabel();
  const mayChange = c.access === 'regie' && c.phase !== 'afgesloten';
  return (
    <section aria-labelledby="case-checklists" className="duiden-section">
      <Heading level={2} id="case-checklists">
        {t('casus.checklists.title')}
      </Heading>
      <Paragraph>{t('casus.checklists.intro')}</Paragraph>
      {checklists.isPending ? <Loading /> : null}
      {checklists.error ? <LoadError error={checklists.error} /> : null}
      {checklists.data?.length === 0 ? <Paragraph>{t('casus.checklists.none')}</Paragraph> : null}
      {(checklists.data ?? []).map((list) => {
        const open = list.items.filter((i) => i.status === 'open').length;
        const overdue = list.items.filter((i) => i.overdue).length;
        return (
          <section key={list.id} aria-labelledby={`checklist-${list.id}`} className="duiden-section">
            <Heading level={3} id={`checklist-${list.id}`}>
              {label(list.label)}
            </Heading>
            <Paragraph small>
              {t('casus.checklists.created', { at: formatDate(list.createdAt) })}{' '}
              {t('casus.checklists.openCount', { count: open })}
              {overdue > 0 ? ` ${t('casus.checklists.overdueCount', { count: overdue })}` : ''}
            </Paragraph>
            {list.items.map((item) => (
              <ChecklistItemBlock key={item.id} item={item} mayChange={mayChange} />
            ))}
          </section>
        );
      })}
    </section>
  );
}

function ChecklistItemBlock({
  item,
  mayChange,
}: {
  readonly item: ChecklistItem;
  readonly mayChange: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const headingId = `item-${item.id}`;
  return (
    <article className="duiden-case-block" aria-labelledby={headingId}>
      <Heading level={4} id={headingId}>
        {label(item.label)}
      </Heading>
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
      {mayChange ? <ItemForm item={item} /> : null}
    </article>
  );
}

/** Marking an item done, not applicable (with why) or open again; a stale version is answered 409. */
function ItemForm({ item }: { readonly item: ChecklistItem }) {
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
    onSaved: () => reloadCase(queryClient, c.id),
    onConflict: () => void reloadCase(queryClient, c.id),
  });
  const { draft, bind } = save;
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
      submitAppearance="secondary-action"
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
