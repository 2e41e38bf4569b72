import { useTranslation } from 'react-i18next';
import type { User } from '../../../contract/users';

/** How a user signs in: demo, a local account (username), an external id via OIDC, or several. */
export function SignInTypes({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const types: string[] = [];
  if (user.isDemo) types.push(t('beheer.signIn.demo'));
  if (user.username) types.push(t('beheer.signIn.local', { username: user.username }));
  if (user.externalId) types.push(t('beheer.signIn.oidc', { externalId: user.externalId }));
  if (types.length === 0) return <span className="duiden-muted">{t('beheer.signIn.none')}</span>;
  if (types.length === 1) return <>{types[0]}</>;
  return (
    <ul className="utrecht-unordered-list duiden-membership-list">
      {types.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}
