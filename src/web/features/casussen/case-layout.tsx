import type { TFunction } from 'i18next';
import { Fragment, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import type { CaseDetail } from '../../../contract/casussen';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useEmptyFormsOffPaper } from '../../ui/print';
import { LoadError, Loading } from '../../ui/query-state';
import { useOrganisations } from '../beheer/users-api';
import { AnonymisedSummaryPage, CaseDisclosuresPage } from '../privacy/anonymised-summary-page';
import { CaseChecklistsPage } from './case-checklists-page';
import { CaseOverviewPage } from './case-overview-page';
import { CasePlanPage } from './case-plan-page';
import { useCase } from './casus-api';
import { PhaseBadge } from './casus-ui';
import { CommunicationPage } from './communication-page';
import { FamilyPage } from './family-page';
import { HandoverPage } from './handover-page';
import { NetworkPage } from './network-page';
import { SummaryPdfPage } from './summary-pdf-page';
import './casus.css';

/** One part of a case: a link in the case's sub-navigation and a route nested under /casussen/:id. */
export interface CasePage {
  /** Relative to /casussen/:id; '' is the overview. */
  readonly path: string;
  readonly label: (t: TFunction, c: CaseDetail) => string;
  readonly element: ReactNode;
  /** Used on an ordinary day: in the first row; the others are under "Meer". */
  readonly daily?: boolean;
  /** Only the regie municipality's officer can use it (the server refuses everyone else). */
  readonly regieOnly?: boolean;
}

/**
 * The parts of a case, in the order of the sub-navigation. app.tsx makes a nested route of each, so a new
 * part is added here only. A part the user cannot use is not offered (the server refuses it anyway).
 */
export const CASE_PAGES: CasePage[] = [
  { path: '', label: (t) => t('casus.tabs.overview'), element: <CaseOverviewPage />, daily: true },
  { path: 'plan', label: (t) => t('casus.tabs.plan'), element: <CasePlanPage />, daily: true },
  {
    path: 'checklists',
    label: (t, c) =>
      c.openChecklistItems > 0
        ? t('casus.tabs.checklistsOpen', { count: c.openChecklistItems })
        : t('casus.tabs.checklists'),
    element: <CaseChecklistsPage />,
    daily: true,
  },
  { path: 'familie', label: (t) => t('casus.family.tab'), element: <FamilyPage />, daily: true },
  { path: 'netwerk', label: (t) => t('casus.network.tab'), element: <NetworkPage /> },
  { path: 'communicatie', label: (t) => t('casus.communication.tab'), element: <CommunicationPage /> },
  {
    path: 'samenvatting',
    label: (t) => t('casus.summaryPdf.tab'),
    element: <SummaryPdfPage />,
    regieOnly: true,
  },
  { path: 'overdracht', label: (t) => t('casus.handover.tab'), element: <HandoverPage />, regieOnly: true },
  {
    path: 'verstrekkingen',
    label: (t) => t('dataProtection.disclosures.tab'),
    element: <CaseDisclosuresPage />,
    regieOnly: true,
  },
  {
    path: 'anoniem',
    label: (t) => t('dataProtection.anonymised.title'),
    element: <AnonymisedSummaryPage />,
    regieOnly: true,
  },
];

/**
 * Actions on the whole case shown in its header, below the details (for example a handover to another
 * municipality or a summary as PDF). Each renders itself for the case (and decides itself whether the
 * user's access allows it); none yet.
 */
export interface CaseAction {
  readonly key: string;
  readonly render: (c: CaseDetail) => ReactNode;
}
export const CASE_ACTIONS: CaseAction[] = [];

/**
 * /casussen/:id/*: the case's header (reference, person, phase, situation, regie municipality, regisseur),
 * the sub-navigation between its parts and the part itself. A case the user may not see is answered
 * "not found" by the server (need to know), and shown as such.
 */
export function CaseLayout() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const casus = useCase(id);
  const organisations = useOrganisations();
  // Printed, a case is read: the stylesheet leaves off menus, buttons and the forms nobody filled in.
  useEmptyFormsOffPaper();
  if (casus.isPending) return <Loading />;
  if (casus.error) {
    return (
      <>
        <Heading level={1}>{t('casus.list.title')}</Heading>
        <LoadError error={casus.error} />
        <Paragraph>
          <AppLink to="/casussen">{t('casus.layout.backToList')}</AppLink>
        </Paragraph>
      </>
    );
  }
  const c = casus.data;
  // Cases belong to the tenant of the user's membership; the municipality with the regierol is that tenant.
  const regie = organisations.data?.find((o) => o.id === user.tenantId)?.name ?? t('common.none');
  return (
    <>
      <Heading level={1}>{t('casus.layout.title', { reference: c.reference })}</Heading>
      <section aria-labelledby="case-details">
        <Heading level={2} id="case-details" className="duiden-visually-hidden">
          {t('casus.layout.details')}
        </Heading>
        <DataList
          items={[
            { key: 'person', label: t('casus.layout.person'), value: c.person.name },
            { key: 'phase', label: t('casus.layout.phase'), value: <PhaseBadge phase={c.phase} /> },
            {
              key: 'situation',
              label: t('casus.layout.situation'),
              value: t(`casus.situations.${c.situation}`),
            },
            { key: 'regie', label: t('casus.layout.regie'), value: regie },
            {
              key: 'regisseur',
              label: t('casus.layout.regisseur'),
              value: c.regisseur?.name ?? t('casus.list.noRegisseur'),
            },
          ]}
        />
        <Paragraph small>{t(`casus.access.${c.access}`)}</Paragraph>
        {CASE_ACTIONS.length > 0 ? (
          <div className="utrecht-button-group">
            {CASE_ACTIONS.map((a) => (
              <Fragment key={a.key}>{a.render(c)}</Fragment>
            ))}
          </div>
        ) : null}
        {c.closedAt ? (
          <Alert type="info">
            <Paragraph>{t('casus.layout.closed', { at: formatDateTime(c.closedAt) })}</Paragraph>
          </Alert>
        ) : null}
        {/* Seed 002: a plan of approach with one clear regisseur; until one is named the case says so. */}
        {c.phase !== 'afgesloten' && !c.regisseur ? (
          <Alert type="warning">
            <Paragraph>
              <strong>{t('casus.layout.regisseurNeededTitle')}</strong> {t('casus.layout.regisseurNeeded')}
            </Paragraph>
          </Alert>
        ) : null}
      </section>
      <CaseNav casus={c} />
      <Outlet context={c} />
    </>
  );
}

/**
 * The case's sub-navigation: the daily parts in one row, the others under "Meer" (a disclosure that names the
 * current part when it is one of them). Only the parts the user's access to this case allows.
 */
function CaseNav({ casus }: { readonly casus: CaseDetail }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/casussen/${casus.id}`;
  const pages = CASE_PAGES.filter((p) => !p.regieOnly || casus.access === 'regie');
  const link = (p: CasePage) => (
    <li className="utrecht-nav-list__item" key={p.path}>
      <NavLink
        to={p.path ? `${base}/${p.path}` : base}
        end={p.path === ''}
        className="utrecht-nav-list__link"
      >
        {p.label(t, casus)}
      </NavLink>
    </li>
  );
  const more = pages.filter((p) => !p.daily);
  const current = more.find(
    (p) => pathname === `${base}/${p.path}` || pathname.startsWith(`${base}/${p.path}/`),
  );
  return (
    <nav className="utrecht-nav-bar duiden-case-nav" aria-label={t('casus.layout.subnav')}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list">
          {pages.filter((p) => p.daily).map(link)}
          {more.length > 0 ? (
            <li className="utrecht-nav-list__item duiden-case-nav__more">
              {/* Keyed by the page, so it closes after a choice; Escape closes it and returns to "Meer". */}
              <details key={pathname} onKeyDown={closeOnEscape}>
                <summary className="utrecht-nav-list__link" aria-current={current ? 'page' : undefined}>
                  {current
                    ? t('casus.tabs.moreCurrent', { part: current.label(t, casus) })
                    : t('casus.tabs.more')}
                </summary>
                <ul className="duiden-case-nav__more-list">{more.map(link)}</ul>
              </details>
            </li>
          ) : null}
        </ul>
      </div>
    </nav>
  );
}

function closeOnEscape(e: KeyboardEvent<HTMLDetailsElement>) {
  if (e.key !== 'Escape' || !e.currentTarget.open) return;
  e.currentTarget.open = false;
  e.currentTarget.querySelector('summary')?.focus();
}
