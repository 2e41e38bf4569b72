import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
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
  readonly label: (t: TFunction) => string;
  readonly element: ReactNode;
}

/**
 * The parts of a case, in the order of the sub-navigation. app.tsx makes a nested route of each, so a new
 * part is added here only. The parts still to come are added when their pages exist, so that no link
 * leads nowhere.
 */
export const CASE_PAGES: CasePage[] = [
  { path: '', label: (t) => t('casus.tabs.overview'), element: <CaseOverviewPage /> },
  { path: 'plan', label: (t) => t('casus.tabs.plan'), element: <CasePlanPage /> },
  { path: 'checklists', label: (t) => t('casus.tabs.checklists'), element: <CaseChecklistsPage /> },
  { path: 'netwerk', label: (t) => t('casus.network.tab'), element: <NetworkPage /> },
  { path: 'familie', label: (t) => t('casus.family.tab'), element: <FamilyPage /> },
  { path: 'communicatie', label: (t) => t('casus.communication.tab'), element: <CommunicationPage /> },
  { path: 'samenvatting', label: (t) => t('casus.summaryPdf.tab'), element: <SummaryPdfPage /> },
  { path: 'overdracht', label: (t) => t('casus.handover.tab'), element: <HandoverPage /> },
  {
    path: 'verstrekkingen',
    label: (t) => t('dataProtection.disclosures.tab'),
    element: <CaseDisclosuresPage />,
  },
  { path: 'anoniem', label: (t) => t('dataProtection.anonymised.title'), element: <AnonymisedSummaryPage /> },
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
  const base = `/casussen/${c.id}`;
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
      <nav className="utrecht-nav-bar duiden-case-nav" aria-label={t('casus.layout.subnav')}>
        <div className="utrecht-nav-bar__content">
          <ul className="utrecht-nav-list">
            {CASE_PAGES.map((p) => (
              <li className="utrecht-nav-list__item" key={p.path}>
                <NavLink
                  to={p.path ? `${base}/${p.path}` : base}
                  end={p.path === ''}
                  className="utrecht-nav-list__link"
                >
                  {p.label(t)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      </nav>
      <Outlet context={c} />
    </>
  );
}
