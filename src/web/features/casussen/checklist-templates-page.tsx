import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../../api';
import { Heading } from '../../ui/heading';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useLabel } from './casus-ui';
import { SwitchCells } from './catalogue-page';
import { AddTemplateItem } from './checklist-templates-form';

export const CHECKLIST_KINDS = ['dreigende_uitreis', 'uitgereisd', 'terugkeerder', 'overleden'] as const;
export const DATE_ANCHORS = ['departedOn', 'returnedOn', 'deceasedOn', 'situationSince'] as const;
export type DateAnchor = (typeof DATE_ANCHORS)[number];

interface Label {
  readonly nl: string;
  readonly en: string;
}

export interface TemplateItem {
  readonly id: string | null;
  readonly code: string;
  readonly text: Label;
  readonly due: { readonly anchor: DateAnchor; readonly months: number; readonly days: number } | null;
  readonly sort: number;
  readonly origin: 'factsheet' | 'aangepast' | 'eigen';
  readonly active: boolean;
  readonly version: number | null;
}

export interface ChecklistTemplate {
  readonly kind: (typeof CHECKLIST_KINDS)[number];
  readonly label: Label;
  readonly items: readonly TemplateItem[];
}

export const templatesKey = ['checklistsjablonen'] as const;

function useTemplates() {
  return useQuery({
    queryKey: templatesKey,
    queryFn: () => apiGet<ChecklistTemplate[]>('/api/casussen/checklistsjablonen'),
  });
}

/**
 * /beheer/checklists: the situation checklists of the factsheet as the municipality keeps them. Beheer adds
 * own items, or switches a factsheet item off (stored as an own item with its code). Checklists already in
 * a case keep the text they were created with.
 */
export function ChecklistTemplatesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const templates = useTemplates();
  return (
    <Page title={t('casus.checklistTemplates.title')} intro={t('casus.checklistTemplates.intro')}>
      <BackLink to="/beheer/gebruikers">{t('casus.catalogue.back')}</BackLink>
      <QueryState query={templates}>
        {(lists) =>
          lists.map((list) => (
            <div className="duiden-section" key={list.kind}>
              <Heading level={2} id={`template-${list.kind}`}>
                {label(list.label)}
              </Heading>
              <Table
                caption={label(list.label)}
                captionHidden
                head={
                  <Tr>
                    <Th>{t('casus.checklistTemplates.columns.item')}</Th>
                    <Th>{t('casus.checklistTemplates.columns.due')}</Th>
                    <Th>{t('casus.checklistTemplates.columns.origin')}</Th>
                    <Th>{t('casus.checklistTemplates.columns.status')}</Th>
                    <Th>{t('casus.checklistTemplates.columns.action')}</Th>
                  </Tr>
                }
              >
                {list.items.map((item) => (
                  <ItemRow key={item.code} kind={list.kind} item={item} />
                ))}
              </Table>
            </div>
          ))
        }
      </QueryState>
      <AddTemplateItem />
    </Page>
  );
}

function ItemRow({ kind, item }: { readonly kind: ChecklistTemplate['kind']; readonly item: TemplateItem }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const text = label(item.text);
  const due = {
    dueAnchor: item.due?.anchor ?? null,
    dueMonths: item.due?.months ?? 0,
    dueDays: item.due?.days ?? 0,
  };
  const toggle = useMutation({
    mutationFn: () =>
      item.id !== null && item.version !== null
        ? apiSend('PATCH', `/api/casussen/checklistsjablonen/${encodeURIComponent(item.id)}`, {
            version: item.version,
            textNl: item.text.nl,
            textEn: item.text.en,
            ...due,
            sort: item.sort,
            active: !item.active,
          })
        : apiSend('POST', '/api/casussen/checklistsjablonen', {
            kind,
            code: item.code,
            textNl: item.text.nl,
            textEn: item.text.en,
            ...due,
            active: false,
          }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
  return (
    <Tr>
      <Td>
        {text}
        <br />
        <span className="duiden-muted">{item.code}</span>
      </Td>
      <Td>
        {item.due
          ? t('casus.checklistTemplates.dueRule', {
              months: item.due.months,
              days: item.due.days,
              anchor: t(`casus.checklistTemplates.anchors.${item.due.anchor}`),
            })
          : t('casus.checklists.noDue')}
      </Td>
      <Td>{t(`casus.checklistTemplates.origins.${item.origin}`)}</Td>
      <SwitchCells active={item.active} name={item.code} toggle={toggle} />
    </Tr>
  );
}
