import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contract/users';
import { ROLES } from '../../../domain/access/roles';
import { apiSend } from '../../api';
import { SelectField, TextField } from '../../ui/form-field';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { useVersionedSave, type Versioned, type VersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { storeUser, useOrganisations } from './users-api';

const EMPTY = { displayName: '', email: '', username: '', externalId: '', organisationId: '', role: '' };

/** Leaves out what was not filled in: the server then reports a missing required field by name. */
function filled(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

/**
 * How a user is named and found: the name, the e-mail address and the id at the identity provider, the same
 * when creating a user and when changing one. What comes between (the username) is the children.
 */
export function UserNameFields({
  save,
  prefix,
  children,
}: {
  readonly save: VersionedSave<
    { readonly displayName: string; readonly email: string; readonly externalId: string },
    unknown,
    Versioned
  >;
  /** The ids of the inputs start with it. */
  readonly prefix: string;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${prefix}-displayName`}
        label={t('beheer.fields.displayName')}
        {...save.bind('displayName')}
        autoComplete="off"
        required
      />
      <TextField
        id={`${prefix}-email`}
        type="email"
        label={t('beheer.fields.email')}
        optional
        {...save.bind('email')}
        autoComplete="off"
      />
      {children}
      <TextField
        id={`${prefix}-externalId`}
        label={t('beheer.fields.externalId')}
        optional
        description={t('beheer.fields.externalIdDescription')}
        {...save.bind('externalId')}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}

export function CreateUserForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const create = useVersionedSave({
    initial: EMPTY,
    resetTo: EMPTY,
    send: (values) =>
      apiSend<User>('POST', '/api/users', {
        displayName: values.displayName.trim(),
        email: filled(values.email),
        username: filled(values.username),
        externalId: filled(values.externalId),
        organisationId: filled(values.organisationId),
        role: filled(values.role),
      }),
    onSaved: (user) => storeUser(queryClient, user),
  });
  const { bind } = create;

  const label = (field: keyof typeof EMPTY) => t(`beheer.fields.${field}`);
  const fields = (Object.keys(EMPTY) as Array<keyof typeof EMPTY>).map((field) => ({
    field,
    id: `new-user-${field}`,
    label: label(field),
  }));

  return (
    <Section id="new-user" title={t('beheer.createTitle')} className={null}>
      <Paragraph>{t('beheer.createIntro')}</Paragraph>
      <VersionedForm
        save={create}
        fields={fields}
        savedMessage={({ result }) => (
          <AppLink to={`/beheer/gebruikers/${result.id}`}>
            {t('beheer.created', { name: result.displayName })}
          </AppLink>
        )}
        submitLabel={t('beheer.createSubmit')}
      >
        <UserNameFields save={create} prefix="new-user">
          <TextField
            id="new-user-username"
            label={label('username')}
            optional
            description={t('beheer.fields.usernameDescription')}
            {...bind('username')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
          />
        </UserNameFields>
        <SelectField
          id="new-user-organisationId"
          label={label('organisationId')}
          {...bind('organisationId')}
          placeholder={t('beheer.choose')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <SelectField
          id="new-user-role"
          label={label('role')}
          {...bind('role')}
          placeholder={t('beheer.choose')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          required
        />
      </VersionedForm>
    </Section>
  );
}
