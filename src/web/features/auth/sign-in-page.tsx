import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useSession } from '../../session';
import { Alert } from '../../ui/alert';
import { Heading } from '../../ui/heading';
import { AppLink, ExternalButtonLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { DemoSignIn } from './demo-sign-in';
import { LocalSignIn } from './local-sign-in';

/** Where to go after signing in: the page that sent the user here, if it is a page of this app. */
function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/inloggen'
    ? from
    : '/';
}

/** /inloggen: every sign-in method the server offers (demo, via the own organisation, local account). */
export function SignInPage() {
  const { t } = useTranslation();
  const { data: session, error, isPending } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  usePageTitle(t('signIn.title'));

  if (session?.signedIn) return <Navigate to={returnPath(location.state)} replace />;

  const methods = session?.methods;
  return (
    <>
      <Heading level={1}>{t('signIn.title')}</Heading>
      {params.get('fout') === 'oidc' ? (
        <Alert type="error">
          <Paragraph>{t('signIn.oidc.error')}</Paragraph>
        </Alert>
      ) : null}
      {isPending ? <Loading /> : null}
      {error ? <LoadError error={error} /> : null}
      {methods ? (
        <>
          <Paragraph lead>{t('signIn.intro')}</Paragraph>
          {methods.demo ? <DemoSignIn /> : null}
          {methods.oidc ? (
            <section className="duiden-section" aria-labelledby="sign-in-oidc">
              <Heading level={2} id="sign-in-oidc">
                {t('signIn.oidc.title')}
              </Heading>
              <ExternalButtonLink href="/api/auth/oidc/start">{methods.oidc.displayName}</ExternalButtonLink>
            </section>
          ) : null}
          {methods.local ? <LocalSignIn /> : null}
          {!methods.demo && !methods.oidc && !methods.local ? (
            <Alert type="warning">
              <Paragraph>{t('signIn.noMethods')}</Paragraph>
            </Alert>
          ) : null}
        </>
      ) : null}
      <section className="duiden-section" aria-labelledby="sign-in-report">
        <Heading level={2} id="sign-in-report">
          {t('signIn.report.title')}
        </Heading>
        <Paragraph>{t('signIn.report.text')}</Paragraph>
        <ul className="utrecht-unordered-list">
          <li>
            <AppLink to="/melden">{t('signIn.report.link')}</AppLink>
          </li>
          <li>
            <AppLink to="/melden/status">{t('signIn.report.status')}</AppLink>
          </li>
        </ul>
      </section>
    </>
  );
}
