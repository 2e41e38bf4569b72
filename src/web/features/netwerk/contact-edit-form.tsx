import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkContact } from '../../../contract/netwerk-partners';
import { FREQUENCY_UNITS } from '../../../domain/netwerk/contact-upkeep';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { OtherVersion } from '../../ui/form-conflict';
import { SelectField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { conflictContact, contactPath, netwerkKey } from './netwerk-api';

export interface ContactDraft {
  readonly name: string;
  readonly role: string;
  readonly email: string;
  readonly phone: string;
  readonly frequencyEvery: string;
  readonly frequencyUnit: string;
}

/** What the contact form sends: the number as a number when it is one, else as typed for the server to name. */
export const contactBody = (d: ContactDraft) => ({
  ...d,
  frequencyEvery: /^\d{1,3}$/.test(d.frequencyEvery.trim())
    ? Number(d.frequencyEvery.trim())
    : d.frequencyEvery,
});

export const CONTACT_FIELD_IDS = (prefix: string) => ({
  name: `${prefix}-name`,
  role: `${prefix}-role`,
  email: `${prefix}-email`,
  phone: `${prefix}-phone`,
  every: `${prefix}-every`,
  unit: `${prefix}-unit`,
});

/** The fields of a contact person: work data only, and the target frequency. */
export function ContactFields({
  prefix,
  draft,
  set,
  fieldError,
}: {
  readonly prefix: string;
  readonly draft: ContactDraft;
  readonly set: (change: Partial<ContactDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const ids = CONTACT_FIELD_IDS(prefix);
  return (
    <>
      <TextField
        id={ids.name}
        label={t('netwerk.contacts.name')}
        value={draft.name}
        onValueChange={(name) => set({ name })}
        error={fieldError('name')}
        maxLength={200}
        autoComplete="off"
      />
      <TextField
        id={ids.role}
        label={t('netwerk.contacts.role')}
        value={draft.role}
        onValueChange={(role) => set({ role })}
        error={fieldError('role')}
        maxLength={200}
        autoComplete="off"
      />
      <TextField
        id={ids.email}
        type="email"
        label={t('netwerk.contacts.email')}
        description={t('netwerk.contacts.reachHint')}
        optional
        value={draft.email}
        onValueChange={(email) => set({ email })}
        error={fieldError('email')}
        maxLength={320}
        autoComplete="off"
      />
      <TextField
        id={ids.phone}
        type="tel"
        label={t('netwerk.contacts.phone')}
        optional
        value={draft.phone}
        onValueChange={(phone) => set({ phone })}
        error={fieldError('phone')}
        maxLength={30}
        autoComplete="off"
      />
      <TextField
        id={ids.every}
        label={t('netwerk.contacts.frequency')}
        description={t('netwerk.contacts.frequencyHint')}
        inputMode="numeric"
        value={draft.frequencyEvery}
        onValueChange={(frequencyEvery) => set({ frequencyEvery })}
        error={fieldError('frequency') ?? fieldError('frequencyEvery')}
        maxLength={3}
        autoComplete="off"
      />
      <SelectField
        id={ids.unit}
        label={t('netwerk.contacts.unit')}
        value={draft.frequencyUnit}
        onValueChange={(frequencyUnit) => set({ frequencyUnit })}
        options={FREQUENCY_UNITS.map((u) => ({ value: u, label: t(`netwerk.units.${u}`) }))}
        error={fieldError('frequencyUnit')}
      />
    </>
  );
}

export function useContactFieldTable(prefix: string) {
  const { t } = useTranslation();
  const ids = CONTACT_FIELD_IDS(prefix);
  return [
    { field: 'name', id: ids.name, label: t('netwerk.contacts.name') },
    { field: 'role', id: ids.role, label: t('netwerk.contacts.role') },
    { field: 'email', id: ids.email, label: t('netwerk.contacts.email') },
    { field: 'phone', id: ids.phone, label: t('netwerk.contacts.phone') },
    { field: 'frequency', id: ids.every, label: t('netwerk.contacts.frequency') },
    { field: 'frequencyEvery', id: ids.every, label: t('netwerk.contacts.frequency') },
    { field: 'frequencyUnit', id: ids.unit, label: t('netwerk.contacts.unit') },
  ];
}

/**
 * Changing a contact person at the version read; on a conflict what was typed stays beside the version now
 * saved, and the next save is based on it.
 */
export function EditContactForm({
  contact,
  onDone,
}: {
  readonly contact: NetworkContact;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ContactDraft>({
    name: contact.name,
    role: contact.role,
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    frequencyEvery: String(contact.frequency.every),
    frequencyUnit: contact.frequency.unit,
  });
  const [version, setVersion] = useState(contact.version);
  const set = (change: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () =>
      apiSend<{ version: number }>('PUT', contactPath(contact.id), { ...contactBody(draft), version }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: netwerkKey });
      onDone();
      return true;
    },
    onError: (error) => {
      const current = conflictContact(error);
      if (current) setVersion(current.version);
    },
  });
  const current = conflictContact(send.mutation.error);
  const prefix = `contact-edit-${contact.id}`;
  const fields = useContactFieldTable(prefix);
  return (
    <FormFrame
      title={t('netwerk.contacts.editTitle', { name: contact.name })}
      labelledBy={`${prefix}-title`}
      fields={fields}
      {...send.frame}
      conflict={
        current ? (
          <OtherVersion
            version={current.version}
            title={t('netwerk.conflict.contactTitle')}
            intro={t('netwerk.conflict.contactIntro')}
            items={[
              { key: 'name', label: t('netwerk.contacts.name'), value: current.name },
              { key: 'role', label: t('netwerk.contacts.role'), value: current.role },
              {
                key: 'frequency',
                label: t('netwerk.contacts.frequency'),
                value: t(`netwerk.frequency.${current.frequency.unit}`, { count: current.frequency.every }),
              },
            ]}
          />
        ) : null
      }
      submitLabel={t('netwerk.form.save')}
      moreActions={
        <Button appearance="subtle" onClick={onDone}>
          {t('netwerk.form.cancel')}
        </Button>
      }
    >
      <ContactFields prefix={prefix} draft={draft} set={set} fieldError={send.fieldError} />
    </FormFrame>
  );
}
