import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError, setUnauthenticatedHandler } from './api';
import { AppLayout } from './app-layout';
import { ApiDocsPage } from './features/api-docs/api-docs-page';
import { RequireArea, RequireSignedIn } from './features/auth/require-signed-in';
import { SignInPage } from './features/auth/sign-in-page';
import { MeetingSettingsPage } from './features/beheer/meeting-settings-page';
import { MeldpuntSettingsPage } from './features/beheer/meldpunt-settings-page';
import { UserPage } from './features/beheer/user-page';
import { UsersPage } from './features/beheer/users-page';
import { CASE_PAGES, CaseLayout } from './features/casussen/case-layout';
import { CasesPage } from './features/casussen/cases-page';
import { CataloguePage } from './features/casussen/catalogue-page';
import { ChecklistTemplatesPage } from './features/casussen/checklist-templates-page';
import { HandoverListPage } from './features/casussen/handover-list-page';
import { HomePage } from './features/home/home-page';
import { MySignalsPage } from './features/meldingen/my-signals-page';
import { PartnerIntakePage } from './features/meldingen/partner-intake-page';
import { PublicReportPage } from './features/meldingen/public-report-page';
import { PublicStatusPage } from './features/meldingen/public-status-page';
import { SignalPage } from './features/meldingen/signal-page';
import { StaffIntakePage } from './features/meldingen/staff-intake-page';
import { WorklistPage } from './features/meldingen/worklist-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { ItemPage } from './features/overleggen/item-page';
import { MeetingPage } from './features/overleggen/meeting-page';
import { MeetingsPage } from './features/overleggen/meetings-page';
import { MyActionsPage } from './features/overleggen/my-actions-page';
import { NewMeetingPage } from './features/overleggen/new-meeting-page';
import { NewSeriesPage } from './features/overleggen/new-series-page';
import { PersonPage } from './features/personen/person-page';
import { PersonsPage } from './features/personen/persons-page';
import { AccessLogPage } from './features/privacy/access-log-page';
import { BeheerPrivacyPage } from './features/privacy/beheer-privacy-page';
import { BreakGlassRequestPage } from './features/privacy/break-glass-request-page';
import { BreakGlassReviewsPage } from './features/privacy/break-glass-reviews-page';
import { DashboardPage } from './features/privacy/dashboard-page';
import { DisclosuresPage } from './features/privacy/disclosures-page';
import { LegalHoldsPage } from './features/privacy/legal-holds-page';
import { ProcessingRegisterPage } from './features/privacy/processing-register-page';
import { RetentionPage } from './features/privacy/retention-page';
import { SubjectRequestPage } from './features/privacy/subject-request-page';
import { SubjectRequestsPage } from './features/privacy/subject-requests-page';
import { resetForNewSession } from './session';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // A refused or missing resource will not appear by asking again; a lost connection might.
        retry: (count, error) => error instanceof ApiError && error.code === 'network' && count < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  // On 401 the session has ended: forget what was read, read the session again; the guard then opens the
  // sign-in page.
  setUnauthenticatedHandler(() => void resetForNewSession(client).catch(() => undefined));
  return client;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="/inloggen" element={<SignInPage />} />
            <Route path="/api-docs" element={<ApiDocsPage />} />
            <Route path="/melden" element={<PublicReportPage />} />
            <Route path="/melden/status" element={<PublicStatusPage />} />
            <Route element={<RequireSignedIn />}>
              <Route index element={<HomePage />} />
              <Route element={<RequireArea area="meldingen" />}>
                <Route path="/meldingen" element={<WorklistPage />} />
                <Route path="/meldingen/nieuw" element={<StaffIntakePage />} />
                <Route path="/meldingen/:id" element={<SignalPage />} />
                <Route path="/personen/:id" element={<PersonPage />} />
              </Route>
              <Route element={<RequireArea area="personen" />}>
                <Route path="/personen" element={<PersonsPage />} />
              </Route>
              <Route element={<RequireArea area="overleggen" />}>
                <Route path="/overleggen" element={<MeetingsPage />} />
                <Route path="/overleggen/nieuw" element={<NewMeetingPage />} />
                <Route path="/overleggen/nieuwe-reeks" element={<NewSeriesPage />} />
                <Route path="/overleggen/:id" element={<MeetingPage />} />
                <Route path="/agendapunten/:id" element={<ItemPage />} />
              </Route>
              <Route element={<RequireArea area="casussen" />}>
                <Route path="/casussen" element={<CasesPage />} />
                <Route path="/casussen/overdrachten" element={<HandoverListPage />} />
                <Route path="/noodtoegang" element={<BreakGlassRequestPage />} />
                <Route path="/casussen/:id" element={<CaseLayout />}>
                  {CASE_PAGES.map((p) =>
                    p.path === '' ? (
                      <Route key="index" index element={p.element} />
                    ) : (
                      <Route key={p.path} path={p.path} element={p.element} />
                    ),
                  )}
                </Route>
              </Route>
              <Route element={<RequireArea area="acties" />}>
                <Route path="/acties" element={<MyActionsPage />} />
              </Route>
              <Route element={<RequireArea area="mijnMeldingen" />}>
                <Route path="/mijn-meldingen" element={<MySignalsPage />} />
                <Route path="/mijn-meldingen/nieuw" element={<PartnerIntakePage />} />
                <Route path="/mijn-meldingen/:id" element={<SignalPage mine />} />
              </Route>
              <Route element={<RequireArea area="beheer" />}>
                <Route path="/beheer/gebruikers" element={<UsersPage />} />
                <Route path="/beheer/gebruikers/:id" element={<UserPage />} />
                <Route path="/beheer/meldpunt" element={<MeldpuntSettingsPage />} />
                <Route path="/beheer/overleggen" element={<MeetingSettingsPage />} />
                <Route path="/beheer/maatregelen" element={<CataloguePage />} />
                <Route path="/beheer/checklists" element={<ChecklistTemplatesPage />} />
                <Route path="/beheer/privacy" element={<BeheerPrivacyPage />} />
              </Route>
              <Route element={<RequireArea area="privacy" />}>
                <Route path="/privacy" element={<DashboardPage />} />
                <Route path="/privacy/toegangslog" element={<AccessLogPage />} />
                <Route path="/privacy/noodtoegang" element={<BreakGlassReviewsPage />} />
                <Route path="/privacy/bewaartermijnen" element={<RetentionPage />} />
                <Route path="/privacy/bewaarplichten" element={<LegalHoldsPage />} />
                <Route path="/privacy/verzoeken" element={<SubjectRequestsPage />} />
                <Route path="/privacy/verzoeken/:id" element={<SubjectRequestPage />} />
                <Route path="/privacy/verstrekkingen" element={<DisclosuresPage />} />
                <Route path="/privacy/verwerkingsregister" element={<ProcessingRegisterPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
