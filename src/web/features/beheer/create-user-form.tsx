import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contract/users';
import { ROLES } from '../../../domain/access/roles';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { storeUser, useOrganisations } from './users-api';

const EMPTY = { displayName: '', email: '', username: '', externalId: '', organisationId: '', role: '' };

/** Leaves out what was not filled in: the server then reports a missing required field by name. */
function filled(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

export function CreateUserForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<User | null>(null);
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const create = useMutation({
    mutationFn: () =>
      apiSend<User>('POST', '/api/users', {
        displayName: values.displayName.trim(),
        email: filled(values.email),
        username: filled(values.username),
        externalId: filled(values.externalId),
        organisationId: filled(values.organisationId),
        role: filled(values.role),
      }),
    onSuccess: (user) => {
      storeUser(queryClient, user);
      setCreated(user);
      setValues(EMPTY);
    },
  });
  const fieldError = useFieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (create.isPending) return;
    setCreated(null);
    create.mutate();
  };

  const label = (field: keyof typeof EMPTY) => t(`beheer.fields.${field}`);
  const fields = (Object.keys(EMPTY) as Array<keyof typeof EMPTY>).map((field) => ({
    field,
    id: `new-user-${field}`,
    label: label(field),
  }));

  return (
    <section aria-labelledby="new-user">
      <Heading level={2} id="new-user">
        {t('beheer.createTitle')}
      </Heading>
      <Paragraph>{t('beheer.createIntro')}</Paragraph>
      {created ? (
        <Alert type="ok" live>
          <Paragraph>
            <AppLink to={`/beheer/gebruikers/${created.id}`}>
              {t('beheer.created', { name: created.displayName })}
            </AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={create.error} fields={fields} />
      <form className="duiden-form" onSubmit={submit} noValidate>
        <TextField
          id="new-user-displayName"
          label={label('displayName')}
          value={values.displayName}
          onValueChange={set('displayName')}
          error={fieldError('displayName')}
          autoComplete="off"
          required
        />
        <TextField
          id="new-user-email"
          type="email"
          label={label('email')}
          optional
          value={values.email}
          onValueChange={set('email')}
          error={fieldError('email')}
          autoComplete="off"
        />
        <TextField
          id="new-user-username"
          label={label('username')}
          optional
          description={t('beheer.fields.usernameDescription')}
          value={values.username}
          onValueChange={set('username')}
          error={fieldError('username')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField
          id="new-user-externalId"
          label={label('externalId')}
          optional
          description={t('beheer.fields.externalIdDescription')}
          value={values.externalId}
          onValueChange={set('externalId')}
          error={fieldError('externalId')}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          id="new-user-organisationId"
          label={label('organisationId')}
          value={values.organisationId}
          onValueChange={set('organisationId')}
          error={fieldError('organisationId')}
          placeholder={t('beheer.choose')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <SelectField
          id="new-user-role"
          label={label('role')}
          value={values.role}
          onValueChange={set('role')}
          error={fieldError('role')}
          placeholder={t('beheer.choose')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          required
        />
        <Button type="submit" appearance="primary-action" busy={create.isPending}>
          {t('beheer.createSubmit')}
        </Button>
      </form>
    </section>
  );
}
