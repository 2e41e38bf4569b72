import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueContactPage, NetworkContact } from '../../../contract/netwerk-partners';
import { SNOOZE_CHOICES } from '../../../domain/netwerk/contact-upkeep';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { DoneAlert } from '../../ui/alert';
import { SelectField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { addDaysTo, formatDay, today } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { filterCodec, param, useListParams } from '../../ui/use-list-params';
import { API, contactPath, dueKey, netwerkKey, netwerkPage, partnerPage } from './netwerk-api';
import { mayManageNetwork } from './partners-page';
import { UpkeepBadge } from './upkeep-badge';

const FILTERS = filterCodec({
  status: param.text({ otherwise: 'aandacht' }),
  mijn: param.flag(),
});
const STATUSES = ['aandacht', 'achterstallig', 'gesnoozed'] as const;

/**
 * /netwerk/contactonderhoud: the contacts that need attention (due soon or overdue), the earliest due date
 * first, each with a snooze; or only the overdue, or the snoozed.
 */
export function ContactsDuePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const params = useListParams(FILTERS);
  const list = useCursorPages<DueContactPage, NetworkContact>({
    key: dueKey(params.query),
    path: `${API}/contactonderhoud`,
    query: params.query,
    items: (p) => p.contacts,
  });
  const may = mayManageNetwork(user.role);
  // The message outlives the row: a snoozed contact leaves the list it was snoozed in.
  const [snoozed, setSnoozed] = useState<string | null>(null);
  return (
    <Page
      title={t('netwerk.due.title')}
      headingId="netwerk-due"
      before={<BackLink to={netwerkPage}>{t('netwerk.backToRegister')}</BackLink>}
      intro={t('netwerk.due.intro')}
    >
      {snoozed ? <DoneAlert>{snoozed}</DoneAlert> : null}
      <form
        aria-label={t('netwerk.due.filterTitle')}
        onSubmit={params.apply}
        noValidate
        className="duiden-form"
      >
        <SelectField
          id="due-status"
          label={t('netwerk.due.show')}
          value={params.draft.status}
          onValueChange={(status) => params.change({ status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`netwerk.due.filter.${s}`) }))}
        />
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="due-mine">
              {t('netwerk.due.mine')}
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <input
              id="due-mine"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={params.applied.mijn}
              onChange={(e) => params.change({ mijn: e.target.checked })}
            />
          </div>
        </div>
      </form>
      <PagedList
        list={list}
        texts={{
          none: t('netwerk.due.none'),
          shown: (count) => t('netwerk.due.shown', { count }),
          loadMore: t('netwerk.loadMore'),
          loadingMore: t('netwerk.loadingMore'),
        }}
      >
        {(contacts) => (
          <Table
            labelledBy="netwerk-due"
            head={
              <Tr>
                <Th>{t('netwerk.contacts.name')}</Th>
                <Th>{t('netwerk.due.partner')}</Th>
                <Th>{t('netwerk.contacts.last')}</Th>
                <Th>{t('netwerk.contacts.status')}</Th>
                <Th>{t('netwerk.due.owner')}</Th>
                {may ? <Th>{t('netwerk.due.snooze')}</Th> : null}
              </Tr>
            }
          >
            {contacts.map((c) => (
              <Tr key={c.id}>
                <Td>
                  {c.name}, {c.role}
                </Td>
                <Td>
                  <AppLink to={partnerPage(c.organisationId)}>{c.organisationName}</AppLink>
                </Td>
                <Td>{c.lastContactOn ? formatDay(c.lastContactOn) : t('netwerk.contacts.never')}</Td>
                <Td>
                  <UpkeepBadge upkeep={c.upkeep} />
                </Td>
                <Td>{c.ownerName}</Td>
                {may ? (
                  <Td>
                    <SnoozeForm contact={c} onSnoozed={setSnoozed} />
                  </Td>
                ) : null}
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}

/** Snoozes one contact's reminder by one of the offered lengths. */
function SnoozeForm({
  contact,
  onSnoozed,
}: {
  readonly contact: NetworkContact;
  readonly onSnoozed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [days, setDays] = useState<string>(String(SNOOZE_CHOICES[0]));
  const id = `snooze-${contact.id}`;
  const send = useFormSend({
    send: () =>
      apiSend<{ snoozedUntil: string }>('POST', `${contactPath(contact.id)}/uitstellen`, {
        until: addDaysTo(today(), Number(days)),
      }),
    onSent: async (r) => {
      onSnoozed(t('netwerk.due.snoozed', { name: contact.name, date: formatDay(r.snoozedUntil) }));
      await queryClient.invalidateQueries({ queryKey: netwerkKey });
      return true;
    },
  });
  return (
    <FormFrame
      label={t('netwerk.due.snoozeFor', { name: contact.name })}
      fields={[{ field: 'snoozedUntil', id, label: t('netwerk.due.snoozeLength') }]}
      {...send.frame}
      submitLabel={t('netwerk.due.snoozeButton', { name: contact.name })}
      className={null}
    >
      <SelectField
        id={id}
        label={t('netwerk.due.snoozeLength')}
        value={days}
        onValueChange={setDays}
        options={SNOOZE_CHOICES.map((d) => ({
          value: String(d),
          label: t('netwerk.due.days', { count: d }),
        }))}
        error={send.fieldError('snoozedUntil')}
      />
    </FormFrame>
  );
}
