import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/access/roles';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { Heading } from '../../ui/heading';
import { AppLink, ButtonLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { usePageTitle } from '../../ui/use-page-title';
import { CasesWithoutRegisseur } from '../casussen/case-attention';
import { CovenantAttention } from '../netwerk/convenanten/covenant-attention';
import { BreakGlassApprovals } from '../privacy/break-glass-approvals';
import { MyWorkGroups } from './my-work';
import { RoleSwitcher } from './role-switcher';

/** The roles whose home is "Mijn werk" (GET /api/mijn-werk): they work on signals, meetings and cases. */
const WORKING_ROLES: readonly Role[] = ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner'];

/**
 * The start page. For those who work on signals, meetings and cases: "Mijn werk", what is due by deadline,
 * each item a link to where it is done. The privacy officer and the functioneel beheerder are pointed to
 * their own front door, the policy advisor to the phenomenon analysis.
 */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const working = WORKING_ROLES.includes(user.role);
  usePageTitle(t('nav.home'));
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
      {working ? (
        <Section id="home-work" title={t('home.title')}>
          <Paragraph>{t('home.work.intro')}</Paragraph>
          <MyWorkGroups />
        </Section>
      ) : null}
      {user.role === 'aandachtsfunctionaris' || user.role === 'privacy_officer' ? (
        <BreakGlassApprovals />
      ) : null}
      {user.role === 'aandachtsfunctionaris' ? <CasesWithoutRegisseur /> : null}
      {user.role === 'aandachtsfunctionaris' ? <CovenantAttention /> : null}
      {user.role === 'privacy_officer' ? (
        <FrontDoor id="home-privacy" title={t('home.attentionTitle')} intro={t('home.privacy.intro')}>
          <ButtonLink to="/privacy" appearance="primary-action">
            {t('home.privacy.link')}
          </ButtonLink>
        </FrontDoor>
      ) : null}
      {user.role === 'functioneel_beheerder' ? (
        <FrontDoor id="home-beheer" title={t('home.beheer.title')} intro={t('home.admin.intro')}>
          <ButtonLink to="/beheer" appearance="primary-action">
            {t('home.admin.link')}
          </ButtonLink>
        </FrontDoor>
      ) : null}
      {user.role === 'beleidsmedewerker' ? (
        <FrontDoor id="home-policy" title={t('home.policy.title')} intro={t('home.policy.intro')}>
          <ButtonLink to="/analyse" appearance="primary-action">
            {t('home.policy.link')}
          </ButtonLink>
        </FrontDoor>
      ) : null}
      <Shortcuts role={user.role} />
      {user.memberships.length > 1 ? <RoleSwitcher user={user} /> : null}
    </>
  );
}

function FrontDoor({
  id,
  title,
  intro,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly children: ReactNode;
}) {
  return (
    <Section id={id} title={title}>
      <Paragraph>{intro}</Paragraph>
      <Paragraph>{children}</Paragraph>
    </Section>
  );
}

/** Where new work starts: recording a signal, planning a meeting, a partner's own report. */
function Shortcuts({ role }: { readonly role: Role }) {
  const { t } = useTranslation();
  const links: Array<{ to: string; label: string }> = [];
  if (role === 'meldpunt' || role === 'aandachtsfunctionaris') {
    links.push(
      { to: '/meldingen/nieuw', label: t('home.shortcuts.newIntake') },
      { to: '/overleggen/nieuw', label: t('home.shortcuts.newMeeting') },
    );
  }
  if (role === 'ketenpartner')
    links.push({ to: '/mijn-meldingen/nieuw', label: t('home.shortcuts.newSignal') });
  if (links.length === 0) return null;
  return (
    <Section id="home-shortcuts" title={t('home.shortcuts.title')}>
      <ul className="utrecht-unordered-list">
        {links.map((l) => (
          <li key={l.to} className="utrecht-unordered-list__item">
            <AppLink to={l.to}>{l.label}</AppLink>
          </li>
        ))}
      </ul>
    </Section>
  );
}
