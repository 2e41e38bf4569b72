import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { User } from '../../../contract/users';
import { apiGet, apiSend } from '../../api';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { SaveOutcome } from '../../ui/form-frame';
import { conflictCurrent } from '../../ui/form-send';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { usePageTitle } from '../../ui/use-page-title';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { UserNameFields } from './create-user-form';
import { SignInTypes } from './sign-in-types';
import { UserCredentials } from './user-credentials';
import { UserRoles } from './user-roles';
import {
  isLocked,
  isUser,
  STATUS_BADGE,
  storeUser,
  type UserChanges,
  userKey,
  userStatus,
  useUser,
} from './users-api';

export function UserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser(id);
  usePageTitle(user.data ? t('beheer.userTitle', { name: user.data.displayName }) : t('beheer.usersTitle'));

  // One h1 from the start, so the focus it gets after navigating stays when the user has loaded.
  return (
    <>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t('beheer.backToUsers')}</AppLink>
      </Paragraph>
      <Heading level={1}>
        {user.data ? t('beheer.userTitle', { name: user.data.displayName }) : t('beheer.usersTitle')}
      </Heading>
      {user.data ? <UserDetails key={user.data.id} initial={user.data} /> : null}
      {user.isPending ? <Loading /> : null}
      {user.error ? <LoadError error={user.error} /> : null}
    </>
  );
}

function UserDetails({ initial }: { readonly initial: User }) {
  const queryClient = useQueryClient();
  const user = useUser(initial.id).data ?? initial;
  const [baseVersion, setBaseVersion] = useState(initial.version);

  const accept = useCallback(
    (u: User) => {
      storeUser(queryClient, u);
      setBaseVersion(u.version);
    },
    [queryClient],
  );
  const reload = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: userKey(initial.id),
      queryFn: () => apiGet<User>(`/api/users/${encodeURIComponent(initial.id)}`),
      staleTime: 0,
    });
    accept(fresh);
  }, [queryClient, initial.id, accept]);
  const changes: UserChanges = { user, baseVersion, accept, reload };

  return (
    <>
      <EditUserForm changes={changes} onConflict={setBaseVersion} />
      <UserStatusSection changes={changes} />
      <UserRoles changes={changes} />
      <UserCredentials changes={changes} />
    </>
  );
}

/** The other version from a 409 problem document, if there is one. */
function conflictVersion(error: unknown): User | null {
  return conflictCurrent(error, isUser);
}

function EditUserForm({
  changes,
  onConflict,
}: {
  readonly changes: UserChanges;
  readonly onConflict: (version: number) => void;
}) {
  const { t } = useTranslation();
  const { user, baseVersion, accept } = changes;
  const save = useVersionedSave({
    initial: { displayName: user.displayName, email: user.email ?? '', externalId: user.externalId ?? '' },
    version: baseVersion,
    send: (draft, version) =>
      apiSend<User>('PATCH', `/api/users/${user.id}`, {
        version,
        displayName: draft.displayName.trim(),
        email: draft.email.trim() === '' ? null : draft.email.trim(),
        externalId: draft.externalId.trim() === '' ? null : draft.externalId.trim(),
      }),
    onSaved: accept,
    conflict: conflictVersion,
    // What the administrator typed stays; the next save is based on the version now shown.
    onConflict: (other) => {
      if (other) onConflict(other.version);
    },
  });

  return (
    <Section id="user-details" title={t('beheer.detailsTitle')} className={null}>
      <VersionedForm
        save={save}
        fields={[
          { field: 'displayName', id: 'user-displayName', label: t('beheer.fields.displayName') },
          { field: 'email', id: 'user-email', label: t('beheer.fields.email') },
          { field: 'externalId', id: 'user-externalId', label: t('beheer.fields.externalId') },
        ]}
        savedMessage={t('beheer.saved')}
        otherItems={(other) => [
          { key: 'displayName', label: t('beheer.fields.displayName'), value: other.displayName },
          { key: 'email', label: t('beheer.fields.email'), value: other.email ?? t('common.none') },
          {
            key: 'externalId',
            label: t('beheer.fields.externalId'),
            value: other.externalId ?? t('common.none'),
          },
          {
            key: 'status',
            label: t('beheer.currentStatus'),
            value: t(`beheer.status.${userStatus(other)}`),
          },
        ]}
        conflictWords={{
          title: t('beheer.conflictTitle'),
          intro: (version) => t('beheer.conflictIntro', { version }),
        }}
        submitLabel={t('beheer.save')}
      >
        <UserNameFields save={save} prefix="user" />
        <DataList
          items={[
            {
              key: 'username',
              label: t('beheer.fields.username'),
              value: user.username ?? t('common.none'),
            },
            { key: 'signIn', label: t('beheer.columns.signIn'), value: <SignInTypes user={user} /> },
          ]}
        />
      </VersionedForm>
    </Section>
  );
}

function UserStatusSection({ changes }: { readonly changes: UserChanges }) {
  const { t } = useTranslation();
  const { user, baseVersion, accept, reload } = changes;
  const status = userStatus(user);
  const [done, setDone] = useState<'disabledDone' | 'enabledDone' | 'unlocked' | null>(null);

  const setDisabled = useMutation({
    mutationFn: (disabled: boolean) =>
      apiSend<User>('PATCH', `/api/users/${user.id}`, { version: baseVersion, disabled }),
    onSuccess: (u, disabled) => {
      accept(u);
      setDone(disabled ? 'disabledDone' : 'enabledDone');
    },
  });
  const unlock = useMutation({
    mutationFn: () => apiSend<unknown>('POST', `/api/users/${user.id}/unlock`),
    onSuccess: async (answer) => {
      if (isUser(answer)) accept(answer);
      else await reload();
      setDone('unlocked');
    },
  });
  const busy = setDisabled.isPending || unlock.isPending;

  return (
    <Section id="user-status" title={t('beheer.statusTitle')} className={null}>
      <SaveOutcome message={done ? t(`beheer.${done}`) : null} error={setDisabled.error ?? unlock.error} />
      <Paragraph>
        {t('beheer.currentStatus')}:{' '}
        <StatusBadge status={STATUS_BADGE[status]}>{t(`beheer.status.${status}`)}</StatusBadge>
      </Paragraph>
      {user.disabledAt ? <Paragraph>{t('beheer.disabledNotice')}</Paragraph> : null}
      {isLocked(user) ? (
        <Paragraph>
          {t('beheer.lockedNotice')}{' '}
          {user.lockedUntil && !user.lockedOut
            ? t('beheer.lockedUntil', { time: formatDateTime(user.lockedUntil) })
            : null}
        </Paragraph>
      ) : null}
      <ButtonGroup>
        {user.disabledAt ? (
          <Button busy={setDisabled.isPending} onClick={() => !busy && setDisabled.mutate(false)}>
            {t('beheer.enable')}
          </Button>
        ) : (
          <Button danger busy={setDisabled.isPending} onClick={() => !busy && setDisabled.mutate(true)}>
            {t('beheer.disable')}
          </Button>
        )}
        {isLocked(user) ? (
          <Button busy={unlock.isPending} onClick={() => !busy && unlock.mutate()}>
            {t('beheer.unlock')}
          </Button>
        ) : null}
      </ButtonGroup>
    </Section>
  );
}
