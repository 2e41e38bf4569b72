import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contract/users';
import { ROLES } from '../../../domain/access/roles';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/form-field';
import { SaveOutcome } from '../../ui/form-frame';
import { formatDate } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
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
    <Section id="user-roles" title={t('beheer.rolesTitle')} className={null}>
      <SaveOutcome message={done ? t(`beheer.${done}`) : null} error={end.error} />
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
    </Section>
  );
}

const NO_ROLE = { organisationId: '', role: '' };

function AddRoleForm({ user, onAdded }: { readonly user: User; readonly onAdded: (user: User) => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const add = useVersionedSave({
    initial: NO_ROLE,
    resetTo: NO_ROLE,
    send: (draft) =>
      apiSend<User>('POST', `/api/users/${user.id}/memberships`, {
        organisationId: draft.organisationId || undefined,
        role: draft.role || undefined,
      }),
    onSaved: onAdded,
  });
  const { bind } = add;

  return (
    <>
      <Heading level={3} id="add-role">
        {t('beheer.addRoleTitle')}
      </Heading>
      <VersionedForm
        save={add}
        fields={[
          { field: 'organisationId', id: 'add-role-organisation', label: t('beheer.fields.organisationId') },
          { field: 'role', id: 'add-role-role', label: t('beheer.fields.role') },
        ]}
        submitLabel={t('beheer.addRoleSubmit')}
        submitAppearance="secondary-action"
        labelledBy="add-role"
      >
        <SelectField
          id="add-role-organisation"
          label={t('beheer.fields.organisationId')}
          {...bind('organisationId')}
          placeholder={t('beheer.choose')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <SelectField
          id="add-role-role"
          label={t('beheer.fields.role')}
          {...bind('role')}
          placeholder={t('beheer.choose')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          required
        />
      </VersionedForm>
    </>
  );
}
