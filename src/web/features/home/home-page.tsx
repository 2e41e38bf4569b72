import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SignalCounts } from '../../../contract/meldingen';
import type { Role } from '../../../domain/access/roles';
import { apiGet } from '../../api';
import { areasFor } from '../../navigation';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { usePageTitle } from '../../ui/use-page-title';
import { CasesWithoutRegisseur, ChecklistTermsDue } from '../casussen/case-attention';
import { ReviewsDue } from '../casussen/reviews-due';
import { useActionCounts } from '../overleggen/overleggen-api';
import { BreakGlassApprovals } from '../privacy/break-glass-approvals';
import { RoleSwitcher } from './role-switcher';

/** The start page: who you are here, and what your role can do in the areas that exist. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('home.title'));
  const areas = areasFor(user.role);

  return (
    <>
      <Heading level={1}>{t('home.welcome', { name: user.displayName })}</Heading>
      <DataList
        items={[
          { key: 'organisation', label: t('home.organisation'), value: user.organisationName },
          { key: 'role', label: t('home.role'), value: t(`roles.${user.role}`) },
        ]}
      />
      <Paragraph lead>{t(`home.roleDescription.${user.role}`)}</Paragraph>
      <section aria-labelledby="home-areas">
        <Heading level={2} id="home-areas">
          {t('home.whatYouCanDo')}
        </Heading>
        {areas.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {areas.map((a) => (
              <li key={a.area}>
                <AppLink to={a.path}>{t(`nav.${a.area}`)}</AppLink> – {t(`home.areas.${a.area}`)}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('home.nothingYet')}</Paragraph>
        )}
      </section>
      {user.role === 'aandachtsfunctionaris' ? <ReviewsDue /> : null}
      {user.role === 'aandachtsfunctionaris' || user.role === 'privacy_officer' ? (
        <BreakGlassApprovals />
      ) : null}
      {user.role === 'aandachtsfunctionaris' ? <ChecklistTermsDue /> : null}
      {user.role === 'aandachtsfunctionaris' ? <CasesWithoutRegisseur /> : null}
      {areas.some((a) => a.area === 'acties') ? <ActionCounts /> : null}
      <Shortcuts role={user.role} />
      {user.memberships.length > 1 ? <RoleSwitcher user={user} /> : null}
    </>
  );
}

/**
 * Where the work of the role starts: links to the worklist with its filters set, with the content-free counts
 * of the server (GET /api/meldingen/aantallen) where the role reads the worklist.
 */
function Shortcuts({ role }: { readonly role: Role }) {
  const { t } = useTranslation();
  const readsWorklist = role === 'meldpunt' || role === 'aandachtsfunctionaris' || role === 'burgemeester';
  const counts = useQuery({
    queryKey: ['meldingen-aantallen'],
    queryFn: () => apiGet<SignalCounts>('/api/meldingen/aantallen'),
    enabled: readsWorklist,
  });
  const withCount = (label: string, n: number | undefined) => (n === undefined ? label : `${label} (${n})`);
  const links: Array<{ to: string; label: string }> = [];
  if (readsWorklist) {
    links.push(
      {
        to: '/meldingen?overdue=true&sort=termijn',
        label: withCount(t('home.shortcuts.overdue'), counts.data?.overdue),
      },
      {
        to: '/meldingen?status=ontvangen&sort=ontvangen_oud',
        label: withCount(t('home.shortcuts.received'), counts.data?.received),
      },
    );
  }
  if (role === 'meldpunt' || role === 'aandachtsfunctionaris') {
    links.push({ to: '/meldingen/nieuw', label: t('home.shortcuts.newIntake') });
  }
  if (role === 'meldpunt' || role === 'aandachtsfunctionaris') {
    links.push({ to: '/overleggen/nieuw', label: t('home.shortcuts.newMeeting') });
  }
  if (role === 'ketenpartner')
    links.push({ to: '/mijn-meldingen/nieuw', label: t('home.shortcuts.newSignal') });
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="home-shortcuts">
      <Heading level={2} id="home-shortcuts">
        {t('home.shortcuts.title')}
      </Heading>
      <ul className="utrecht-unordered-list">
        {links.map((l) => (
          <li key={l.to}>
            <AppLink to={l.to}>{l.label}</AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many of the user's own actions are open and overdue: numbers only, no content. */
function ActionCounts() {
  const { t } = useTranslation();
  const counts = useActionCounts(true);
  if (!counts.data) return null;
  const { openCount, overdueCount } = counts.data;
  return (
    <section aria-labelledby="home-actions">
      <Heading level={2} id="home-actions">
        {t('home.actions.title')}
      </Heading>
      <Paragraph>
        {openCount === 0
          ? t('home.actions.none')
          : `${t('home.actions.open', { count: openCount })} ${t('home.actions.overdue', { count: overdueCount })}`}
      </Paragraph>
      <Paragraph>
        <AppLink to="/acties">{t('home.actions.link')}</AppLink>
      </Paragraph>
    </section>
  );
}
