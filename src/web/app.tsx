import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, type LazyExoticComponent, lazy, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError, setUnauthenticatedHandler } from './api';
import { AppLayout } from './app-layout';
import { RequireArea, RequireSignedIn } from './features/auth/require-signed-in';
import { loadTexts } from './i18n/i18n';
import type { TextPart } from './i18n/resources';
import { resetForNewSession } from './session';

/**
 * A screen that is read when it is first opened: its module (with what only it imports, its own chunk of the
 * build) and the text parts it needs, together. AppLayout's Suspense shows "loading" meanwhile.
 */
function screen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  texts: readonly TextPart[],
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadTexts(texts)]);
    return { default: component };
  });
}

// The text parts of each area's screens (src/web/i18n/resources.ts), besides `core`. A screen using a text
// of another part says so in the console (missingKeyHandler), which the browser journeys fail on.
const MELDEN: readonly TextPart[] = ['melden'];
const MELDINGEN: readonly TextPart[] = ['melden', 'personen', 'dataProtection'];
const OVERLEGGEN: readonly TextPart[] = ['overleg', 'melden', 'casus'];
const CASUSSEN: readonly TextPart[] = ['casus', 'dataProtection', 'overleg'];
const BEHEER: readonly TextPart[] = ['beheer', 'home', 'casus', 'dataProtection'];
const PRIVACY: readonly TextPart[] = ['dataProtection', 'accessLog'];
// Netwerk, covenants (convenanten); the settings form speaks the settings screens' words (beheer).
const CONVENANTEN: readonly TextPart[] = ['netwerkConvenant', 'beheer'];
const ANALYSE: readonly TextPart[] = ['analyse'];

const SignInPage = screen(() => import('./features/auth/sign-in-page').then((m) => m.SignInPage), []);
const ApiDocsPage = screen(
  () => import('./features/api-docs/api-docs-page').then((m) => m.ApiDocsPage),
  ['apiDocs'],
);
const PublicReportPage = screen(
  () => import('./features/meldingen/public-report-page').then((m) => m.PublicReportPage),
  MELDEN,
);
const PublicStatusPage = screen(
  () => import('./features/meldingen/public-status-page').then((m) => m.PublicStatusPage),
  MELDEN,
);
const NotFoundPage = screen(
  () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  [],
);
const HomePage = screen(
  () => import('./features/home/home-page').then((m) => m.HomePage),
  ['home', 'casus', 'dataProtection', 'netwerkConvenant'],
);
// The analysis as a document (fenomeenanalyse): its confirmation step speaks the meetings' words.
const ANALYSE_DOCUMENT: readonly TextPart[] = ['analyseDocument', 'overleg'];
const DocumentsPage = screen(
  () => import('./features/analyse/documents-page').then((m) => m.DocumentsPage),
  ANALYSE_DOCUMENT,
);
const DocumentPage = screen(
  () => import('./features/analyse/document-page').then((m) => m.DocumentPage),
  ANALYSE_DOCUMENT,
);
const VersionPage = screen(
  () => import('./features/analyse/version-page').then((m) => m.VersionPage),
  ANALYSE_DOCUMENT,
);

const WorklistPage = screen(
  () => import('./features/meldingen/worklist-page').then((m) => m.WorklistPage),
  MELDINGEN,
);
const StaffIntakePage = screen(
  () => import('./features/meldingen/staff-intake-page').then((m) => m.StaffIntakePage),
  MELDINGEN,
);
const SignalPage = screen(
  () => import('./features/meldingen/signal-page').then((m) => m.SignalPage),
  MELDINGEN,
);
const PersonPage = screen(
  () => import('./features/personen/person-page').then((m) => m.PersonPage),
  MELDINGEN,
);
const PersonsPage = screen(
  () => import('./features/personen/persons-page').then((m) => m.PersonsPage),
  ['personen'],
);
const MySignalsPage = screen(
  () => import('./features/meldingen/my-signals-page').then((m) => m.MySignalsPage),
  MELDEN,
);
const PartnerIntakePage = screen(
  () => import('./features/meldingen/partner-intake-page').then((m) => m.PartnerIntakePage),
  MELDEN,
);

const MeetingsPage = screen(
  () => import('./features/overleggen/meetings-page').then((m) => m.MeetingsPage),
  OVERLEGGEN,
);
const NewMeetingPage = screen(
  () => import('./features/overleggen/new-meeting-page').then((m) => m.NewMeetingPage),
  OVERLEGGEN,
);
const NewSeriesPage = screen(
  () => import('./features/overleggen/new-series-page').then((m) => m.NewSeriesPage),
  OVERLEGGEN,
);
const MeetingPage = screen(
  () => import('./features/overleggen/meeting-page').then((m) => m.MeetingPage),
  OVERLEGGEN,
);
const ItemPage = screen(() => import('./features/overleggen/item-page').then((m) => m.ItemPage), OVERLEGGEN);
const MyActionsPage = screen(
  () => import('./features/overleggen/my-actions-page').then((m) => m.MyActionsPage),
  ['overleg'],
);

const CasesPage = screen(() => import('./features/casussen/cases-page').then((m) => m.CasesPage), CASUSSEN);
const HandoverListPage = screen(
  () => import('./features/casussen/handover-list-page').then((m) => m.HandoverListPage),
  CASUSSEN,
);
const BreakGlassRequestPage = screen(
  () => import('./features/privacy/break-glass-request-page').then((m) => m.BreakGlassRequestPage),
  CASUSSEN,
);
/** The case layout with its parts (CASE_PAGES) as nested routes below /casussen/:id, read as one chunk. */
const CaseScreens = screen(
  () =>
    import('./features/casussen/case-layout').then(({ CASE_PAGES, CaseLayout }) => () => (
      <Routes>
        <Route element={<CaseLayout />}>
          {CASE_PAGES.map((p) =>
            p.path === '' ? (
              <Route key="index" index element={p.element} />
            ) : (
              <Route key={p.path} path={p.path} element={p.element} />
            ),
          )}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    )),
  CASUSSEN,
);

const BeheerHomePage = screen(
  () => import('./features/home/beheer-home-page').then((m) => m.BeheerHomePage),
  BEHEER,
);
const UsersPage = screen(() => import('./features/beheer/users-page').then((m) => m.UsersPage), BEHEER);
const UserPage = screen(() => import('./features/beheer/user-page').then((m) => m.UserPage), BEHEER);
const MeldpuntSettingsPage = screen(
  () => import('./features/beheer/meldpunt-settings-page').then((m) => m.MeldpuntSettingsPage),
  BEHEER,
);
const MeetingSettingsPage = screen(
  () => import('./features/beheer/meeting-settings-page').then((m) => m.MeetingSettingsPage),
  BEHEER,
);
const CataloguePage = screen(
  () => import('./features/casussen/catalogue-page').then((m) => m.CataloguePage),
  BEHEER,
);
const ChecklistTemplatesPage = screen(
  () => import('./features/casussen/checklist-templates-page').then((m) => m.ChecklistTemplatesPage),
  BEHEER,
);
const BeheerPrivacyPage = screen(
  () => import('./features/privacy/beheer-privacy-page').then((m) => m.BeheerPrivacyPage),
  BEHEER,
);

const DashboardPage = screen(
  () => import('./features/privacy/dashboard-page').then((m) => m.DashboardPage),
  PRIVACY,
);
const AccessLogPage = screen(
  () => import('./features/privacy/access-log-page').then((m) => m.AccessLogPage),
  PRIVACY,
);
const BreakGlassReviewsPage = screen(
  () => import('./features/privacy/break-glass-reviews-page').then((m) => m.BreakGlassReviewsPage),
  PRIVACY,
);
const RetentionPage = screen(
  () => import('./features/privacy/retention-page').then((m) => m.RetentionPage),
  PRIVACY,
);
const LegalHoldsPage = screen(
  () => import('./features/privacy/legal-holds-page').then((m) => m.LegalHoldsPage),
  PRIVACY,
);
const SubjectRequestsPage = screen(
  () => import('./features/privacy/subject-requests-page').then((m) => m.SubjectRequestsPage),
  PRIVACY,
);
const SubjectRequestPage = screen(
  () => import('./features/privacy/subject-request-page').then((m) => m.SubjectRequestPage),
  PRIVACY,
);
const DisclosuresPage = screen(
  () => import('./features/privacy/disclosures-page').then((m) => m.DisclosuresPage),
  PRIVACY,
);
const ProcessingRegisterPage = screen(
  () => import('./features/privacy/processing-register-page').then((m) => m.ProcessingRegisterPage),
  PRIVACY,
);
// Netwerken: the key figures (sleutelfiguren).
const SLEUTELFIGUREN: readonly TextPart[] = ['netwerkSleutelfiguur'];
const KeyFiguresPage = screen(
  () => import('./features/netwerk/sleutelfiguren/key-figures-page').then((m) => m.KeyFiguresPage),
  SLEUTELFIGUREN,
);
const KeyFigureNewPage = screen(
  () => import('./features/netwerk/sleutelfiguren/key-figure-new-page').then((m) => m.KeyFigureNewPage),
  SLEUTELFIGUREN,
);
const KeyFigurePage = screen(
  () => import('./features/netwerk/sleutelfiguren/key-figure-page').then((m) => m.KeyFigurePage),
  SLEUTELFIGUREN,
);
const SoundingsPage = screen(
  () => import('./features/netwerk/sleutelfiguren/soundings-page').then((m) => m.SoundingsPage),
  SLEUTELFIGUREN,
);
const AnalysePage = screen(
  () => import('./features/analyse/analyse-page').then((m) => m.AnalysePage),
  ANALYSE,
);
// Evaluatie: measure results across cases, working elements, policy goals (their charts are the analysis's).
const EVALUATIE_RESULTATEN: readonly TextPart[] = ['evaluatieResultaten'];
const EvaluatieHome = screen(
  () => import('./features/evaluatie/evaluatie-home').then((m) => m.EvaluatieHome),
  // The landing page names the intervention register's section too (its words are in `evaluatie`).
  ['evaluatieResultaten', 'evaluatie'],
);
const ResultsPage = screen(
  () => import('./features/evaluatie/results-page').then((m) => m.ResultsPage),
  EVALUATIE_RESULTATEN,
);
const WorkingElementsPage = screen(
  () => import('./features/evaluatie/werkzame-elementen-page').then((m) => m.WorkingElementsPage),
  EVALUATIE_RESULTATEN,
);
const GoalsPage = screen(
  () => import('./features/evaluatie/goals-page').then((m) => m.GoalsPage),
  EVALUATIE_RESULTATEN,
);
const NewGoalPage = screen(
  () => import('./features/evaluatie/goals-page').then((m) => m.NewGoalPage),
  EVALUATIE_RESULTATEN,
);
const GoalPage = screen(
  () => import('./features/evaluatie/goal-page').then((m) => m.GoalPage),
  ['evaluatieResultaten', 'analyse'],
);
// Evaluatie: the intervention register, its theories of change and evaluations.
const EVALUATIE_INTERVENTIES: readonly TextPart[] = ['evaluatie'];
const InterventionsPage = screen(
  () => import('./features/evaluatie/interventions-pages').then((m) => m.InterventionsPage),
  EVALUATIE_INTERVENTIES,
);
const NewInterventionPage = screen(
  () => import('./features/evaluatie/interventions-pages').then((m) => m.NewInterventionPage),
  EVALUATIE_INTERVENTIES,
);
const InterventionDetailPage = screen(
  () => import('./features/evaluatie/interventions-pages').then((m) => m.InterventionDetailPage),
  EVALUATIE_INTERVENTIES,
);
const NewEvaluationPage = screen(
  () => import('./features/evaluatie/interventions-pages').then((m) => m.NewEvaluationPage),
  EVALUATIE_INTERVENTIES,
);
const EvaluationPage = screen(
  () => import('./features/evaluatie/interventions-pages').then((m) => m.EvaluationPage),
  EVALUATIE_INTERVENTIES,
);

// Deskundigheid: the front door; each part adds its screens below it.
// The front door names the sections of every part, so it reads their texts too.
const DESKUNDIGHEID: readonly TextPart[] = ['deskundigheid', 'deskundigheidSessies', 'deskundigheidDekking'];
const DeskundigheidHome = screen(
  () => import('./features/deskundigheid/deskundigheid-home').then((m) => m.DeskundigheidHome),
  DESKUNDIGHEID,
);
// Deskundigheid: the curriculum, the catalogue and the people register.
const CurriculumPage = screen(
  () => import('./features/deskundigheid/curriculum-page').then((m) => m.CurriculumPage),
  DESKUNDIGHEID,
);
const CatalogueListPage = screen(
  () => import('./features/deskundigheid/catalogue-list').then((m) => m.CatalogueListPage),
  DESKUNDIGHEID,
);
const NewTrainingPage = screen(
  () => import('./features/deskundigheid/catalogue-form').then((m) => m.NewTrainingPage),
  DESKUNDIGHEID,
);
const TrainingPage = screen(
  () => import('./features/deskundigheid/catalogue-form').then((m) => m.TrainingPage),
  DESKUNDIGHEID,
);
const PeopleListPage = screen(
  () => import('./features/deskundigheid/people-list').then((m) => m.PeopleListPage),
  DESKUNDIGHEID,
);
const NewPersonPage = screen(
  () => import('./features/deskundigheid/people-form').then((m) => m.NewPersonPage),
  DESKUNDIGHEID,
);
const TrainingPersonPage = screen(
  () => import('./features/deskundigheid/people-person-page').then((m) => m.PersonPage),
  DESKUNDIGHEID,
);
// Deskundigheid, sessions: the list, a session, the import of attendance lists; the public reaction form.
const SESSIES: readonly TextPart[] = ['deskundigheidSessies'];
const SessionsPage = screen(
  () => import('./features/deskundigheid/sessions-page').then((m) => m.SessionsPage),
  SESSIES,
);
const NewSessionPage = screen(
  () => import('./features/deskundigheid/session-form').then((m) => m.NewSessionPage),
  SESSIES,
);
const SessionPage = screen(
  () => import('./features/deskundigheid/session-page').then((m) => m.SessionPage),
  SESSIES,
);
const SessionImportPage = screen(
  () => import('./features/deskundigheid/session-import-page').then((m) => m.SessionImportPage),
  SESSIES,
);
const SessionReactionPage = screen(
  () => import('./features/deskundigheid/session-reaction-page').then((m) => m.SessionReactionPage),
  SESSIES,
);
// Kennisbank: the articles and the form for local ones; the public help page (no sign-in) reads the same part.
const KENNISBANK: readonly TextPart[] = ['kennisbank'];
const KennisbankPage = screen(
  () => import('./features/kennisbank/kennisbank-page').then((m) => m.KennisbankPage),
  KENNISBANK,
);
const NewArticlePage = screen(
  () => import('./features/kennisbank/article-form').then((m) => m.NewArticlePage),
  KENNISBANK,
);
const ArticlePage = screen(
  () => import('./features/kennisbank/article-page').then((m) => m.ArticlePage),
  KENNISBANK,
);
const PublicHelpPage = screen(
  () => import('./features/kennisbank/public-help-page').then((m) => m.PublicHelpPage),
  KENNISBANK,
);
const PublicArticlePage = screen(
  () => import('./features/kennisbank/public-help-page').then((m) => m.PublicArticlePage),
  KENNISBANK,
);
const DeskundigheidCoveragePage = screen(
  () => import('./features/deskundigheid/coverage-page').then((m) => m.CoveragePage),
  ['deskundigheidDekking', 'analyse'],
);

// Netwerken: the partner register, contact upkeep and coverage.
const NETWERK: readonly TextPart[] = ['netwerk'];
const PartnersPage = screen(
  () => import('./features/netwerk/partners-page').then((m) => m.PartnersPage),
  NETWERK,
);
const NewPartnerPage = screen(
  () => import('./features/netwerk/partner-form').then((m) => m.NewPartnerPage),
  NETWERK,
);
const PartnerPage = screen(
  () => import('./features/netwerk/partner-page').then((m) => m.PartnerPage),
  NETWERK,
);
const ContactsDuePage = screen(
  () => import('./features/netwerk/contacts-due-page').then((m) => m.ContactsDuePage),
  NETWERK,
);
const CoveragePage = screen(
  () => import('./features/netwerk/coverage-page').then((m) => m.CoveragePage),
  NETWERK,
);
const CovenantsPage = screen(
  () => import('./features/netwerk/convenanten/covenants-page').then((m) => m.CovenantsPage),
  CONVENANTEN,
);
const NewCovenantPage = screen(
  () => import('./features/netwerk/convenanten/new-covenant-page').then((m) => m.NewCovenantPage),
  CONVENANTEN,
);
const CovenantPage = screen(
  () => import('./features/netwerk/convenanten/covenant-page').then((m) => m.CovenantPage),
  CONVENANTEN,
);
const CovenantSettingsPage = screen(
  () => import('./features/netwerk/convenanten/covenant-settings-page').then((m) => m.CovenantSettingsPage),
  CONVENANTEN,
);
// Regional cooperation: the agreements of a region with its municipalities.
const RegioPage = screen(() => import('./features/regio/regio-page').then((m) => m.RegioPage), ['regio']);
const RegioAgreementPage = screen(
  () => import('./features/regio/agreement-page').then((m) => m.AgreementPage),
  ['regio'],
);

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

// Zelfscan: the self-assessment of the local approach (rounds, answers, hints, actions, comparison, region).
const ZELFSCAN: readonly TextPart[] = ['zelfscan'];
const ZelfscanHome = screen(
  () => import('./features/zelfscan/zelfscan-home').then((m) => m.ZelfscanHome),
  ZELFSCAN,
);
const NewZelfscanRoundPage = screen(
  () => import('./features/zelfscan/zelfscan-home').then((m) => m.NewRoundPage),
  ZELFSCAN,
);
const ZelfscanRoundPage = screen(
  () => import('./features/zelfscan/round-page').then((m) => m.RoundPage),
  ZELFSCAN,
);
const ZelfscanComparePage = screen(
  () => import('./features/zelfscan/compare-page').then((m) => m.ComparePage),
  ZELFSCAN,
);
const ZelfscanRegionPage = screen(
  () => import('./features/zelfscan/region-page').then((m) => m.RegionPage),
  ZELFSCAN,
);
const ZelfscanOwnQuestionsPage = screen(
  () => import('./features/zelfscan/own-questions-page').then((m) => m.OwnQuestionsPage),
  ZELFSCAN,
);

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
            <Route path="/hulp" element={<PublicHelpPage />} />
            <Route path="/hulp/:id" element={<PublicArticlePage />} />
            <Route path="/reactie/:token" element={<SessionReactionPage />} />
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
                <Route path="/casussen/:id/*" element={<CaseScreens />} />
              </Route>
              <Route element={<RequireArea area="acties" />}>
                <Route path="/acties" element={<MyActionsPage />} />
              </Route>
              <Route element={<RequireArea area="analyse" />}>
                <Route path="/analyse/documenten" element={<DocumentsPage />} />
                <Route path="/analyse/documenten/:id" element={<DocumentPage />} />
                <Route path="/analyse/documenten/:id/versies/:versionId" element={<VersionPage />} />
              </Route>
              <Route element={<RequireArea area="netwerk" />}>
                <Route path="/netwerk" element={<PartnersPage />} />
                <Route path="/netwerk/partners/nieuw" element={<NewPartnerPage />} />
                <Route path="/netwerk/partners/:id" element={<PartnerPage />} />
                <Route path="/netwerk/contactonderhoud" element={<ContactsDuePage />} />
                <Route path="/netwerk/dekking" element={<CoveragePage />} />
              </Route>
              <Route element={<RequireArea area="convenanten" />}>
                <Route path="/netwerk/convenanten" element={<CovenantsPage />} />
                <Route path="/netwerk/convenanten/nieuw" element={<NewCovenantPage />} />
                <Route path="/netwerk/convenanten/instellingen" element={<CovenantSettingsPage />} />
                <Route path="/netwerk/convenanten/:id" element={<CovenantPage />} />
              </Route>
              <Route element={<RequireArea area="mijnMeldingen" />}>
                <Route path="/mijn-meldingen" element={<MySignalsPage />} />
                <Route path="/mijn-meldingen/nieuw" element={<PartnerIntakePage />} />
                <Route path="/mijn-meldingen/:id" element={<SignalPage mine />} />
              </Route>
              <Route element={<RequireArea area="beheer" />}>
                <Route path="/beheer" element={<BeheerHomePage />} />
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
              <Route element={<RequireArea area="analyse" />}>
                <Route path="/analyse" element={<AnalysePage />} />
              </Route>
              <Route element={<RequireArea area="kennisbank" />}>
                <Route path="/kennisbank" element={<KennisbankPage />} />
                <Route path="/kennisbank/nieuw" element={<NewArticlePage />} />
                <Route path="/kennisbank/:id" element={<ArticlePage />} />
              </Route>
              <Route element={<RequireArea area="deskundigheid" />}>
                <Route path="/deskundigheid" element={<DeskundigheidHome />} />
                <Route path="/deskundigheid/leerplan" element={<CurriculumPage />} />
                <Route path="/deskundigheid/aanbod" element={<CatalogueListPage />} />
                <Route path="/deskundigheid/aanbod/nieuw" element={<NewTrainingPage />} />
                <Route path="/deskundigheid/aanbod/:id" element={<TrainingPage />} />
                <Route path="/deskundigheid/personen" element={<PeopleListPage />} />
                <Route path="/deskundigheid/personen/nieuw" element={<NewPersonPage />} />
                <Route path="/deskundigheid/personen/:id" element={<TrainingPersonPage />} />
                <Route path="/deskundigheid/sessies" element={<SessionsPage />} />
                <Route path="/deskundigheid/sessies/nieuw" element={<NewSessionPage />} />
                <Route path="/deskundigheid/sessies/import" element={<SessionImportPage />} />
                <Route path="/deskundigheid/sessies/:id" element={<SessionPage />} />
                <Route path="/deskundigheid/dekking" element={<DeskundigheidCoveragePage />} />
              </Route>
              <Route element={<RequireArea area="zelfscan" />}>
                <Route path="/zelfscan" element={<ZelfscanHome />} />
                <Route path="/zelfscan/nieuw" element={<NewZelfscanRoundPage />} />
                <Route path="/zelfscan/eigen-vragen" element={<ZelfscanOwnQuestionsPage />} />
                <Route path="/zelfscan/regio" element={<ZelfscanRegionPage />} />
                <Route path="/zelfscan/rondes/:id" element={<ZelfscanRoundPage />} />
                <Route path="/zelfscan/rondes/:id/vergelijking" element={<ZelfscanComparePage />} />
              </Route>
              <Route element={<RequireArea area="evaluatie" />}>
                <Route path="/evaluatie" element={<EvaluatieHome />} />
                <Route path="/evaluatie/resultaten" element={<ResultsPage />} />
                <Route path="/evaluatie/werkzame-elementen" element={<WorkingElementsPage />} />
                <Route path="/evaluatie/doelen" element={<GoalsPage />} />
                <Route path="/evaluatie/doelen/nieuw" element={<NewGoalPage />} />
                <Route path="/evaluatie/doelen/:id" element={<GoalPage />} />
                <Route path="/evaluatie/interventies" element={<InterventionsPage />} />
                <Route path="/evaluatie/interventies/nieuw" element={<NewInterventionPage />} />
                <Route path="/evaluatie/interventies/:id" element={<InterventionDetailPage />} />
                <Route path="/evaluatie/interventies/:id/evaluaties/nieuw" element={<NewEvaluationPage />} />
                <Route
                  path="/evaluatie/interventies/:id/evaluaties/:evaluationId"
                  element={<EvaluationPage />}
                />
              </Route>
              <Route element={<RequireArea area="regio" />}>
                <Route path="/regio" element={<RegioPage />} />
                <Route path="/regio/afspraken/:id" element={<RegioAgreementPage />} />
              </Route>
              <Route element={<RequireArea area="sleutelfiguren" />}>
                <Route path="/sleutelfiguren" element={<KeyFiguresPage />} />
                <Route path="/sleutelfiguren/nieuw" element={<KeyFigureNewPage />} />
                <Route path="/sleutelfiguren/peilingen" element={<SoundingsPage />} />
                <Route path="/sleutelfiguren/:id" element={<KeyFigurePage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
