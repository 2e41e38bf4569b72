import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/link';
import { ListState, Page } from '../../ui/list-page';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { CreateUserForm } from './create-user-form';
import { SignInTypes } from './sign-in-types';
import { STATUS_BADGE, userStatus, useUsers } from './users-api';

/** Beheer: the users of the own municipality or region, and a form to add one. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();

  return (
    <Page title={t('beheer.usersTitle')} headingId="users-title" intro={t('beheer.usersIntro')}>
      <ListState query={users} none={t('beheer.noUsers')}>
        {(list) => (
          <Table
            labelledBy="users-title"
            head={
              <Tr>
                <Th>{t('beheer.columns.name')}</Th>
                <Th>{t('beheer.columns.memberships')}</Th>
                <Th>{t('beheer.columns.signIn')}</Th>
                <Th>{t('beheer.columns.status')}</Th>
              </Tr>
            }
          >
            {list.map((u) => {
              const status = userStatus(u);
              const active = u.memberships.filter((m) => !m.endedAt);
              return (
                <Tr key={u.id}>
                  <Td>
                    <AppLink to={`/beheer/gebruikers/${u.id}`}>{u.displayName}</AppLink>
                  </Td>
                  <Td>
                    <ul className="duiden-membership-list">
                      {active.map((m) => (
                        <li key={m.id}>
                          {t('home.membershipOption', {
                            role: t(`roles.${m.role}`),
                            organisation: m.organisationName,
                          })}
                        </li>
                      ))}
                    </ul>
                  </Td>
                  <Td>
                    <SignInTypes user={u} />
                  </Td>
                  <Td>
                    <StatusBadge status={STATUS_BADGE[status]}>{t(`beheer.status.${status}`)}</StatusBadge>
                  </Td>
                </Tr>
              );
            })}
          </Table>
        )}
      </ListState>
      <CreateUserForm />
    </Page>
  );
}
