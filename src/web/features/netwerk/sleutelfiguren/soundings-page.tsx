import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SoundingCreated, SoundingList } from '../../../../contract/netwerk-key-figures';
import { apiGet, apiSend } from '../../../api';
import { TextField } from '../../../ui/form-field';
import { addDaysTo, formatDate, formatDateTime, formatDay, today } from '../../../ui/format';
import { BackLink, Page } from '../../../ui/list-page';
import { Paragraph } from '../../../ui/paragraph';
import { QueryState } from '../../../ui/query-state';
import { Section } from '../../../ui/section';
import { StatusBadge } from '../../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { useVersionedSave } from '../../../ui/use-versioned-save';
import { VersionedForm } from '../../../ui/versioned-form';
import { soundingsKey } from './sleutelfiguren-api';

/**
 * /sleutelfiguren/peilingen: "peiling na een ingrijpende gebeurtenis". One form asks the contact owner of
 * every active key figure, as an action in their Mijn acties; below, per peiling, whether each did it.
 */
export function SoundingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: soundingsKey,
    queryFn: () => apiGet<SoundingList>('/api/netwerk/peilingen'),
  });
  const empty = { event: '', dueOn: addDaysTo(today(), 7) };
  const save = useVersionedSave({
    initial: empty,
    resetTo: empty,
    send: (d) =>
      apiSend<SoundingCreated>('POST', '/api/netwerk/peilingen', {
        event: d.event,
        dueOn: d.dueOn.trim() === '' ? undefined : d.dueOn,
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: soundingsKey }),
  });
  return (
    <Page
      title={t('sleutelfiguren.sounding.title')}
      intro={t('sleutelfiguren.sounding.intro')}
      before={<BackLink to="/sleutelfiguren">{t('sleutelfiguren.back')}</BackLink>}
    >
      <VersionedForm
        save={save}
        label={t('sleutelfiguren.sounding.title')}
        fields={[
          { field: 'event', id: 'sounding-event', label: t('sleutelfiguren.sounding.event') },
          { field: 'dueOn', id: 'sounding-dueOn', label: t('sleutelfiguren.sounding.dueOn') },
        ]}
        savedMessage={({ result }) =>
          t('sleutelfiguren.sounding.started', { actions: result.actions, keyFigures: result.keyFigures })
        }
        submitLabel={t('sleutelfiguren.sounding.submit')}
      >
        <TextField
          id="sounding-event"
          label={t('sleutelfiguren.sounding.event')}
          description={t('sleutelfiguren.sounding.eventDescription')}
          {...save.bind('event')}
          autoComplete="off"
          required
        />
        <TextField
          id="sounding-dueOn"
          type="date"
          label={t('sleutelfiguren.sounding.dueOn')}
          {...save.bind('dueOn')}
          required
        />
      </VersionedForm>
      <Section id="soundings-list" title={t('sleutelfiguren.sounding.listTitle')}>
        <QueryState query={list}>
          {(l) =>
            l.soundings.length === 0 ? (
              <Paragraph>{t('sleutelfiguren.sounding.none')}</Paragraph>
            ) : (
              l.soundings.map((s) => (
                <Section key={s.id} id={`sounding-${s.id}`} title={s.event} level={3}>
                  <Paragraph>
                    {t('sleutelfiguren.sounding.asked', {
                      date: formatDateTime(s.createdAt),
                      name: s.createdBy,
                      due: formatDay(s.dueOn),
                    })}
                  </Paragraph>
                  <Table
                    labelledBy={`sounding-${s.id}`}
                    head={
                      <Tr>
                        <Th>{t('sleutelfiguren.sounding.columns.owner')}</Th>
                        <Th>{t('sleutelfiguren.sounding.columns.count')}</Th>
                        <Th>{t('sleutelfiguren.sounding.columns.status')}</Th>
                      </Tr>
                    }
                  >
                    {s.owners.map((o) => (
                      <Tr key={o.actionId}>
                        <Td>{o.owner ?? t('common.none')}</Td>
                        <Td>{o.keyFigureCount}</Td>
                        <Td>
                          {o.status === 'gereed' && o.completedAt ? (
                            <StatusBadge status="success">
                              {t('sleutelfiguren.sounding.done', { date: formatDate(o.completedAt) })}
                            </StatusBadge>
                          ) : o.status === 'vervallen' ? (
                            <StatusBadge status="inactive">{t('sleutelfiguren.sounding.voided')}</StatusBadge>
                          ) : (
                            <StatusBadge status="warning">{t('sleutelfiguren.sounding.open')}</StatusBadge>
                          )}
                        </Td>
                      </Tr>
                    ))}
                  </Table>
                </Section>
              ))
            )
          }
        </QueryState>
      </Section>
    </Page>
  );
}
