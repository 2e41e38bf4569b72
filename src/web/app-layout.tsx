import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import type { SessionInfo } from '../contract/auth';
import { apiSend } from './api';
import { currentLanguage, loadTexts, switchLanguage } from './i18n/i18n';
import { areasFor } from './navigation';
import { useSession } from './session';
import { Button } from './ui/button';
import { Loading } from './ui/query-state';

// Only for signed-in users, so the public pages do not load it (nor the texts of data protection).
const BreakGlassBanner = lazy(async () => {
  const [{ BreakGlassBanner }] = await Promise.all([
    import('./features/privacy/break-glass-banner'),
    loadTexts(['dataProtection']),
  ]);
  return { default: BreakGlassBanner };
});

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = currentLanguage(i18n.resolvedLanguage) === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle"
      onClick={() => void switchLanguage(next)}
      lang={t('layout.languageSwitchLang')}
    >
      {t('layout.languageSwitch')}
    </Button>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useMutation({
    mutationFn: () => apiSend<void>('POST', '/api/auth/sign-out'),
    // Also when the session had already ended: the result is the same, signed out. A full page load to the
    // sign-in page leaves nothing that was read for this user in the browser's memory.
    onSettled: () => window.location.assign('/inloggen'),
  });
  return (
    <Button busy={signOut.isPending} onClick={() => !signOut.isPending && signOut.mutate()}>
      {signOut.isPending ? t('layout.signingOut') : t('layout.signOut')}
    </Button>
  );
}

function Header({ session }: { readonly session: SessionInfo | undefined }) {
  const { t } = useTranslation();
  const user = session?.user;
  return (
    <header className="utrecht-page-header">
      <div className="utrecht-page-header__content duiden-header">
        <Link to="/" className="duiden-brand">
          <span className="duiden-brand__name">{t('app.name')}</span>
          <span className="duiden-brand__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="duiden-header__tools">
          {user?.authMethod === 'demo' ? (
            <span className="utrecht-status-badge utrecht-status-badge--warning">
              {t('layout.demoBadge')}
            </span>
          ) : null}
          <LanguageSwitch />
          {user ? (
            <>
              <div className="duiden-header__user">
                <span>{user.displayName}</span>
                <span className="duiden-header__user-role">
                  {t('layout.userRole', {
                    role: t(`roles.${user.role}`),
                    organisation: user.organisationName,
                  })}
                </span>
              </div>
              <SignOutButton />
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}

function MainNav({ session }: { readonly session: SessionInfo | undefined }) {
  const { t } = useTranslation();
  const user = session?.user;
  if (!user) return null;
  const links = [{ key: 'home', path: '/', label: t('nav.home') }].concat(
    areasFor(user.role).map((a) => ({ key: a.area, path: a.path, label: t(`nav.${a.area}`) })),
  );
  return (
    <nav className="utrecht-nav-bar" aria-label={t('layout.mainNav')}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list">
          {links.map((l) => (
            <li className="utrecht-nav-list__item" key={l.key}>
              <NavLink to={l.path} end={l.path === '/'} className="utrecht-nav-list__link">
                {l.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/**
 * The frame of every page: skip link, header, main navigation (by role), main region and footer. After a
 * route change the page's h1 takes focus, so screen-reader users hear where they are. A screen not read yet
 * shows "loading" in the main region only; a navigation keeps the previous screen until the next is there.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const { pathname } = useLocation();
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus();
  }, [pathname]);

  return (
    <div className="utrecht-page-layout duiden-app">
      <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
        {t('layout.skipLink')}
      </a>
      <Header session={session} />
      <MainNav session={session} />
      <main id="main" tabIndex={-1} className="utrecht-page-body">
        <div className="utrecht-page-body__content">
          {session?.user ? (
            <Suspense fallback={null}>
              <BreakGlassBanner />
            </Suspense>
          ) : null}
          {/* The screens are read when first opened (app.tsx); until then this says so, politely. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <footer className="utrecht-page-footer">
        <div className="utrecht-page-footer__content duiden-footer">
          <span>{t('layout.footerTitle')}</span>
          <ul className="duiden-footer__links">
            <li>
              <Link to="/melden" className="utrecht-link utrecht-link--html-a">
                {t('layout.footerReport')}
              </Link>
            </li>
            <li>
              <Link to="/melden/status" className="utrecht-link utrecht-link--html-a">
                {t('layout.footerReportStatus')}
              </Link>
            </li>
            <li>
              <Link to="/api-docs" className="utrecht-link utrecht-link--html-a">
                {t('layout.footerApiDocs')}
              </Link>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
