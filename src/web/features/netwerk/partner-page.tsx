import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type {
  ContactLogEntry,
  ContactLogPage,
  NetworkContact,
  Partner,
} from '../../../contract/netwerk-partners';
import {
  CONTACT_FORMS,
  FORMS,
  LOG_NOTE_MAX,
  NETWORK_TASKS,
  PARTNER_DOMAINS,
} from '../../../domain/netwerk/partners';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert, DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useAddForm } from '../../ui/form-send';
import { formatDay, today } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import {
  type ContactDraft,
  ContactFields,
  contactBody,
  EditContactForm,
  useContactFieldTable,
} from './contact-edit-form';
import {
  logKey,
  logPath,
  netwerkKey,
  netwerkPage,
  partnerPath,
  useLabel,
  useLookups,
  usePartner,
} from './netwerk-api';
import { EditPartnerForm } from './partner-form';
import { mayManageNetwork } from './partners-page';
import { UpkeepBadge } from './upkeep-badge';

/** /netwerk/partners/:id: a partner's profile, its contact persons with their upkeep, and the contact log. */
export function PartnerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const partner = usePartner(id);
  return (
    <QueryState query={partner}>
      {(p) => (
        <Page
          title={p.name}
          headingId="partner-title"
          before={<BackLink to={netwerkPage}>{t('netwerk.backToRegister')}</BackLink>}
        >
          <PartnerContent partner={p} />
        </Page>
      )}
    </QueryState>
  );
}

function PartnerContent({ partner }: { readonly partner: Partner }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const label = useLabel();
  const lookups = useLookups();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const may = mayManageNetwork(user.role);
  const kind = lookups.data?.kinds.find((k) => k.code === partner.kind);
  const districts = partner.citywide
    ? t('netwerk.citywide')
    : partner.districtIds.map((d) => lookups.data?.districts.find((x) => x.id === d)?.name ?? '').join(', ');
  const added = (location.state as { added?: boolean } | null)?.added === true;
  return (
    <>
      {added ? <DoneAlert>{t('netwerk.partner.added')}</DoneAlert> : null}
      {saved ? <DoneAlert>{t('netwerk.partner.saved')}</DoneAlert> : null}
      {editing ? (
        <EditPartnerForm
          partner={partner}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <Section id="partner-profile" title={t('netwerk.partner.profile')}>
          <DataList
            items={[
              { key: 'kind', label: t('netwerk.form.kind'), value: label(kind?.label, partner.kind) },
              {
                key: 'side',
                label: t('netwerk.columns.side'),
                value: partner.internal ? t('netwerk.side.intern') : t('netwerk.side.extern'),
              },
              {
                key: 'domain',
                label: t('netwerk.form.domain'),
                value: label(PARTNER_DOMAINS[partner.domain]),
              },
              { key: 'districts', label: t('netwerk.form.districts'), value: districts || '—' },
              {
                key: 'tasks',
                label: t('netwerk.form.tasks'),
                value: partner.tasks.map((x) => label(NETWORK_TASKS[x])).join(', ') || '—',
              },
              {
                key: 'covenant',
                label: t('netwerk.columns.covenant'),
                value: partner.covenant ? partner.covenant.title : t('netwerk.noCovenant'),
              },
              { key: 'notes', label: t('netwerk.form.notes'), value: partner.notes || '—' },
            ]}
          />
          {may ? (
            <Button
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('netwerk.partner.edit')}
            </Button>
          ) : null}
        </Section>
      )}
      <ContactPersons partner={partner} may={may} />
    </>
  );
}

function ContactPersons({ partner, may }: { readonly partner: Partner; readonly may: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const contact = partner.contactPersons.find((c) => c.id === open) ?? null;
  return (
    <Section id="partner-contacts" title={t('netwerk.contacts.title')}>
      <Alert>{t('netwerk.contacts.workDataOnly')}</Alert>
      {partner.contactPersons.length === 0 ? (
        <p className="utrecht-paragraph">{t('netwerk.contacts.none')}</p>
      ) : (
        <Table
          labelledBy="partner-contacts"
          head={
            <Tr>
              <Th>{t('netwerk.contacts.name')}</Th>
              <Th>{t('netwerk.contacts.role')}</Th>
              <Th>{t('netwerk.contacts.reach')}</Th>
              <Th>{t('netwerk.contacts.frequency')}</Th>
              <Th>{t('netwerk.contacts.last')}</Th>
              <Th>{t('netwerk.contacts.status')}</Th>
              <Th>{t('netwerk.contacts.log')}</Th>
            </Tr>
          }
        >
          {partner.contactPersons.map((c) => (
            <Tr key={c.id}>
              <Td>{c.name}</Td>
              <Td>{c.role}</Td>
              <Td>{[c.email, c.phone].filter(Boolean).join(' · ')}</Td>
              <Td>{t(`netwerk.frequency.${c.frequency.unit}`, { count: c.frequency.every })}</Td>
              <Td>{c.lastContactOn ? formatDay(c.lastContactOn) : t('netwerk.contacts.never')}</Td>
              <Td>
                <UpkeepBadge upkeep={c.upkeep} />
              </Td>
              <Td>
                <Button appearance="subtle" onClick={() => setOpen(c.id)} aria-expanded={open === c.id}>
                  {t('netwerk.contacts.openLog', { name: c.name })}
                </Button>
              </Td>
            </Tr>
          ))}
        </Table>
      )}
      {contact ? <ContactLog key={contact.id} contact={contact} may={may} /> : null}
      {may ? <AddContactForm partnerId={partner.id} /> : null}
    </Section>
  );
}

const emptyContact: ContactDraft = {
  name: '',
  role: '',
  email: '',
  phone: '',
  frequencyEvery: '4',
  frequencyUnit: 'weken',
};

function AddContactForm({ partnerId }: { readonly partnerId: string }) {
  const { t } = useTranslation();
  const form = useAddForm({
    empty: emptyContact,
    send: (d: ContactDraft) =>
      apiSend<{ id: string }>('POST', `${partnerPath(partnerId)}/contactpersonen`, contactBody(d)),
    confirm: (_r, d) => d.name,
    queryKey: netwerkKey,
  });
  const fields = useContactFieldTable('contact');
  return (
    <FormFrame
      title={t('netwerk.contacts.addTitle')}
      labelledBy="contact-add"
      intro={<p className="utrecht-paragraph">{t('netwerk.contacts.addIntro')}</p>}
      done={form.added ? t('netwerk.contacts.added', { name: form.added }) : null}
      error={form.add.error}
      busy={form.add.isPending}
      onSubmit={form.submit}
      fields={fields}
      submitLabel={t('netwerk.contacts.add')}
    >
      <ContactFields prefix="contact" draft={form.draft} set={form.set} fieldError={form.fieldError} />
    </FormFrame>
  );
}

/** The contact log of one contact person, and the form to log a contact. */
function ContactLog({ contact, may }: { readonly contact: NetworkContact; readonly may: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  const list = useCursorPages<ContactLogPage, ContactLogEntry>({
    key: logKey(contact.id),
    path: logPath(contact.id),
    items: (p) => p.entries,
  });
  const headingId = `contact-log-${contact.id}`;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Section id={headingId} title={t('netwerk.log.title', { name: contact.name })} level={3}>
      {saved ? <DoneAlert>{t('netwerk.contacts.saved')}</DoneAlert> : null}
      {may && editing ? (
        <EditContactForm
          contact={contact}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
      {may && !editing ? (
        <Button
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('netwerk.contacts.edit')}
        </Button>
      ) : null}
      {may ? <LogContactForm contact={contact} /> : null}
      <PagedList
        list={list}
        texts={{
          none: t('netwerk.log.none'),
          shown: (count) => t('netwerk.log.shown', { count }),
          loadMore: t('netwerk.loadMore'),
          loadingMore: t('netwerk.loadingMore'),
        }}
      >
        {(entries) => (
          <Table
            labelledBy={headingId}
            head={
              <Tr>
                <Th>{t('netwerk.log.date')}</Th>
                <Th>{t('netwerk.log.form')}</Th>
                <Th>{t('netwerk.log.by')}</Th>
                <Th>{t('netwerk.log.note')}</Th>
              </Tr>
            }
          >
            {entries.map((e) => (
              <Tr key={e.id}>
                <Td nowrap>{formatDay(e.contactedOn)}</Td>
                <Td>{label(CONTACT_FORMS[e.form])}</Td>
                <Td>{e.byName}</Td>
                <Td>{e.note}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Section>
  );
}

interface LogDraft {
  readonly contactedOn: string;
  readonly form: string;
  readonly note: string;
}

function LogContactForm({ contact }: { readonly contact: NetworkContact }) {
  const { t } = useTranslation();
  const label = useLabel();
  const form = useAddForm({
    empty: { contactedOn: today(), form: '', note: '' } as LogDraft,
    send: (d: LogDraft) => apiSend<{ id: string }>('POST', logPath(contact.id), d),
    confirm: () => true,
    queryKey: netwerkKey,
  });
  const fields = [
    { field: 'contactedOn', id: 'log-date', label: t('netwerk.log.date') },
    { field: 'form', id: 'log-form', label: t('netwerk.log.form') },
    { field: 'note', id: 'log-note', label: t('netwerk.log.note') },
  ];
  return (
    <FormFrame
      title={t('netwerk.log.addTitle')}
      titleLevel={3}
      labelledBy={`log-add-${contact.id}`}
      done={form.added ? t('netwerk.log.added') : null}
      error={form.add.error}
      busy={form.add.isPending}
      onSubmit={form.submit}
      fields={fields}
      submitLabel={t('netwerk.log.add')}
    >
      <Alert type="warning">{t('netwerk.log.noCaseContent')}</Alert>
      <TextField
        id="log-date"
        type="date"
        label={t('netwerk.log.date')}
        value={form.draft.contactedOn}
        onValueChange={(contactedOn) => form.set({ contactedOn })}
        error={form.fieldError('contactedOn')}
      />
      <SelectField
        id="log-form"
        label={t('netwerk.log.form')}
        placeholder={t('netwerk.form.choose')}
        value={form.draft.form}
        onValueChange={(f) => form.set({ form: f })}
        options={FORMS.map((f) => ({ value: f, label: label(CONTACT_FORMS[f]) }))}
        error={form.fieldError('form')}
      />
      <TextAreaField
        id="log-note"
        label={t('netwerk.log.note')}
        description={t('netwerk.log.noteHint')}
        optional
        value={form.draft.note}
        onValueChange={(note) => form.set({ note })}
        error={form.fieldError('note')}
        maxLength={LOG_NOTE_MAX}
        rows={2}
      />
    </FormFrame>
  );
}
