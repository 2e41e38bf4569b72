import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contract/users';
import { ROLES } from '../../../domain/access/roles';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/form-field';
import { formatDate } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Table, Td, Th, Tr } from '../../ui/table';
import { type UserChanges, useOrganisations } from './users-api';

/** The user's memberships (organisation and role): end one, or add one. */
export function UserRoles({ changes }: { readonly changes: UserChanges }) {
  const { t } = useTranslation();
  const { user, accept } = changes;
  const [done, setDone] = useState<'roleEndedDone' | 'roleAdded' | null>(null);
  const end = useMutation({
    mutationFn: (membershipId: string) =>
      apiSend<User>('DELETE', `/api/users/${user.id}/memberships/${membershipId}`),
    onSuccess: (u) => {
      accept(u);
      setDone('roleEndedDone');
    },
  });

  return (
    <section aria-labelledby="user-roles">
      <Heading level={2} id="user-roles">
        {t('beheer.rolesTitle')}
      </Heading>
      {done ? (
        <Alert type="ok" live>
          <Paragraph>{t(`beheer.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={end.error} fields={[]} />
      <Table
        caption={t('beheer.rolesCaption')}
        captionHidden
        head={
          <Tr>
            <Th>{t('beheer.rolesColumns.organisation')}</Th>
            <Th>{t('beheer.rolesColumns.role')}</Th>
            <Th>{t('beheer.rolesColumns.status')}</Th>
            <Th>{t('beheer.rolesColumns.action')}</Th>
          </Tr>
        }
      >
        {user.memberships.map((m) => {
          const role = t(`roles.${m.role}`);
          return (
            <Tr key={m.id}>
              <Td>{m.organisationName}</Td>
              <Td>{role}</Td>
              <Td>
                {m.endedAt ? t('beheer.roleEnded', { date: formatDate(m.endedAt) }) : t('beheer.roleActive')}
              </Td>
              <Td>
                {m.endedAt ? null : (
                  <Button
                    danger
                    busy={end.isPending && end.variables === m.id}
                    aria-label={t('beheer.endRoleLabel', { role, organisation: m.organisationName })}
                    onClick={() => !end.isPending && end.mutate(m.id)}
                  >
                    {t('beheer.endRole')}
                  </Button>
                )}
              </Td>
            </Tr>
          );
        })}
      </Table>
      <AddRoleForm
        user={user}
        onAdded={(u) => {
          accept(u);
          setDone('roleAdded');
        }}
      />
    </section>
  );
}

function AddRoleForm({ user, onAdded }: { readonly user: User; readonly onAdded: (user: User) => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const add = useMutation({
    mutationFn: () =>
      apiSend<User>('POST', `/api/users/${user.id}/memberships`, {
        organisationId: organisationId || undefined,
        role: role || undefined,
      }),
    onSuccess: (u) => {
      onAdded(u);
      setOrganisationId('');
      setRole('');
    },
  });
  const fieldError = useFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!add.isPending) add.mutate();
  };

  return (
    <>
      <Heading level={3} id="add-role">
        {t('beheer.addRoleTitle')}
      </Heading>
      <ErrorSummary
        error={add.error}
        fields={[
          { field: 'organisationId', id: 'add-role-organisation', label: t('beheer.fields.organisationId') },
          { field: 'role', id: 'add-role-role', label: t('beheer.fields.role') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="add-role">
        <SelectField
          id="add-role-organisation"
          label={t('beheer.fields.organisationId')}
          value={organisationId}
          onValueChange={setOrganisationId}
          error={fieldError('organisationId')}
          placeholder={t('beheer.choose')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <SelectField
          id="add-role-role"
          label={t('beheer.fields.role')}
          value={role}
          onValueChange={setRole}
          error={fieldError('role')}
          placeholder={t('beheer.choose')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          required
        />
        <Button type="submit" busy={add.isPending}>
          {t('beheer.addRoleSubmit')}
        </Button>
      </form>
    </>
  );
}
