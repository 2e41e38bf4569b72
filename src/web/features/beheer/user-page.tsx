import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { User } from '../../../contract/users';
import { ApiError, apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { usePageTitle } from '../../ui/use-page-title';
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
  return error instanceof ApiError && error.code === 'conflict' && isUser(error.body.current)
    ? error.body.current
    : null;
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
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [externalId, setExternalId] = useState(user.externalId ?? '');
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      apiSend<User>('PATCH', `/api/users/${user.id}`, {
        version: baseVersion,
        displayName: displayName.trim(),
        email: email.trim() === '' ? null : email.trim(),
        externalId: externalId.trim() === '' ? null : externalId.trim(),
      }),
    onSuccess: (u) => {
      accept(u);
      setSaved(true);
    },
    onError: (error) => {
      // What the administrator typed stays; the next save is based on the version now shown.
      const other = conflictVersion(error);
      if (other) onConflict(other.version);
    },
  });
  const fieldError = useFieldErrors(save.error);
  const other = conflictVersion(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    save.mutate();
  };

  return (
    <section aria-labelledby="user-details">
      <Heading level={2} id="user-details">
        {t('beheer.detailsTitle')}
      </Heading>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('beheer.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={save.error}
        fields={[
          { field: 'displayName', id: 'user-displayName', label: t('beheer.fields.displayName') },
          { field: 'email', id: 'user-email', label: t('beheer.fields.email') },
          { field: 'externalId', id: 'user-externalId', label: t('beheer.fields.externalId') },
        ]}
      />
      {other ? <OtherVersion user={other} /> : null}
      <form className="duiden-form" onSubmit={submit} noValidate>
        <TextField
          id="user-displayName"
          label={t('beheer.fields.displayName')}
          value={displayName}
          onValueChange={setDisplayName}
          error={fieldError('displayName')}
          autoComplete="off"
          required
        />
        <TextField
          id="user-email"
          type="email"
          label={t('beheer.fields.email')}
          optional
          value={email}
          onValueChange={setEmail}
          error={fieldError('email')}
          autoComplete="off"
        />
        <TextField
          id="user-externalId"
          label={t('beheer.fields.externalId')}
          optional
          description={t('beheer.fields.externalIdDescription')}
          value={externalId}
          onValueChange={setExternalId}
          error={fieldError('externalId')}
          autoComplete="off"
          spellCheck={false}
        />
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
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('beheer.save')}
        </Button>
      </form>
    </section>
  );
}

/** The version someone else saved, shown next to the form that still holds the administrator's input. */
function OtherVersion({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const status = userStatus(user);
  return (
    <section className="utrecht-alert utrecht-alert--warning" aria-labelledby="other-version">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id="other-version">
            {t('beheer.conflictTitle')}
          </h3>
          <Paragraph>{t('beheer.conflictIntro', { version: user.version })}</Paragraph>
          <DataList
            items={[
              { key: 'displayName', label: t('beheer.fields.displayName'), value: user.displayName },
              { key: 'email', label: t('beheer.fields.email'), value: user.email ?? t('common.none') },
              {
                key: 'externalId',
                label: t('beheer.fields.externalId'),
                value: user.externalId ?? t('common.none'),
              },
              { key: 'status', label: t('beheer.currentStatus'), value: t(`beheer.status.${status}`) },
            ]}
          />
        </div>
      </div>
    </section>
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
    <section aria-labelledby="user-status">
      <Heading level={2} id="user-status">
        {t('beheer.statusTitle')}
      </Heading>
      {done ? (
        <Alert type="ok" live>
          <Paragraph>{t(`beheer.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={setDisabled.error ?? unlock.error} fields={[]} />
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
    </section>
  );
}
