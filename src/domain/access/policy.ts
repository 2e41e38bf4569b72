import type { Actor, Role } from './roles.js';

/**
 * Who may call what, as one table. Every HTTP route names one of these keys (enforced at start-up and
 * by test/server/route-access.test.ts). Object-level rules (same tenant, participation) live in the
 * functions below and are applied by the use cases.
 *
 * - 'public': anyone, also without signing in (sign-in pages, the public report form).
 * - 'signedIn': any signed-in user, whatever the role.
 * - a list of roles: only a signed-in user acting in one of them.
 */
export const POLICY = {
  // Sign-in and the own session.
  'auth.signIn': 'public',
  'auth.session': 'public',
  'auth.signOut': 'signedIn',
  'auth.switchMembership': 'signedIn',
  // Reference data of the own tenant, no personal data.
  'organisation.listOwn': 'signedIn',
  // Administration (Beheer): users and memberships; never case content.
  'user.list': ['functioneel_beheerder'],
  'user.read': ['functioneel_beheerder'],
  'user.create': ['functioneel_beheerder'],
  'user.update': ['functioneel_beheerder'],
  'user.unlock': ['functioneel_beheerder'],
  'user.resetCredentials': ['functioneel_beheerder'],
  // Privacy officer (FG): the access log and its verification.
  'accessLog.read': ['privacy_officer'],
  'accessLog.verify': ['privacy_officer'],
  // Privacy officer's dashboard, retention (terms, dry run, runs, legal holds) and break-the-glass reviews.
  // The terms and the privacy settings are configuration: also the functioneel beheerder.
  'privacy.dashboard': ['privacy_officer'],
  'privacy.settings': ['privacy_officer', 'functioneel_beheerder'],
  'retention.rules': ['privacy_officer', 'functioneel_beheerder'],
  'retention.configure': ['privacy_officer', 'functioneel_beheerder'],
  'retention.dryRun': ['privacy_officer'],
  'retention.run': ['privacy_officer'],
  'retention.history': ['privacy_officer'],
  'retention.hold': ['privacy_officer'],
  // Break-the-glass: those who work on cases may ask for emergency access to one they cannot see (the
  // rule per case is in src/domain/privacy/break-glass.ts); everyone sees their own active grants (banner).
  // Four-eyes mode: an aandachtsfunctionaris or the privacy officer approves (the use case excludes the requester).
  'breakGlass.request': ['ketenpartner', 'aandachtsfunctionaris', 'burgemeester'],
  'breakGlass.mine': 'signedIn',
  'breakGlass.review': ['privacy_officer'],
  'breakGlass.decide': ['aandachtsfunctionaris', 'privacy_officer'],
  // Privacy officer: data-subject requests (inzage, rectificatie, beperking, wissen), each a logged request
  // with a reason; the officer sees case content only through such a request.
  'privacy.subjectRequests': ['privacy_officer'],
  'privacy.subjectExport': ['privacy_officer'],
  // The flag of a restriction of processing, shown wherever the person is shown.
  'privacy.restrictionFlag': ['meldpunt', 'aandachtsfunctionaris', 'burgemeester', 'privacy_officer'],
  // The disclosure register: per case also for the case's regie (checked per case), per person and for the
  // whole municipality for the privacy officer.
  'privacy.disclosures': ['privacy_officer', 'aandachtsfunctionaris'],
  'privacy.legalBases': ['privacy_officer', 'aandachtsfunctionaris'],
  // Anonymised case summary for consultation with an outside expert: made and reviewed by the case's regie.
  'privacy.anonymise': ['aandachtsfunctionaris'],
  // The processing register (art. 30 AVG), generated from the configuration: no personal data.
  'privacy.processingRegister': ['privacy_officer', 'functioneel_beheerder', 'beleidsmedewerker'],
  // Meldpunt, public side: the report form and the status page (no sign-in; rate-limited per address).
  'melding.publicMunicipalities': 'public',
  'melding.publicForm': 'public',
  'melding.submitPublic': 'public',
  // The proof-of-work challenge of the public form (self-hosted, nothing tracked).
  'melding.publicChallenge': 'public',
  'melding.publicStatus': 'public',
  // Meldpunt: intake, worklist, the steps of a signal. Per-signal rules (tenant, AIVD ambtsbericht only
  // for burgemeester and aandachtsfunctionaris, a partner only its own submissions) are in
  // src/domain/melding/access.ts.
  'melding.submitProfessional': ['ketenpartner'],
  'melding.intake': ['meldpunt', 'aandachtsfunctionaris'],
  'melding.list': ['meldpunt', 'aandachtsfunctionaris', 'burgemeester', 'ketenpartner'],
  // The home page's counts of open and overdue signals: a partner sees neither the status nor the deadlines
  // of its own reports, so it gets no counts of them either.
  'melding.counts': ['meldpunt', 'aandachtsfunctionaris', 'burgemeester'],
  'melding.read': ['meldpunt', 'aandachtsfunctionaris', 'burgemeester', 'ketenpartner'],
  'melding.readAttachment': ['meldpunt', 'aandachtsfunctionaris', 'burgemeester', 'ketenpartner'],
  'melding.transition': ['meldpunt', 'aandachtsfunctionaris'],
  'melding.categorise': ['meldpunt', 'aandachtsfunctionaris'],
  'melding.annotate': ['meldpunt', 'aandachtsfunctionaris'],
  'melding.feedback': ['meldpunt', 'aandachtsfunctionaris'],
  'melding.addAttachment': ['meldpunt', 'aandachtsfunctionaris'],
  // Leaves a signal out of the figures of the analysis (test, dubbel, niet voor statistiek), with a reason.
  'melding.statistics': ['meldpunt', 'aandachtsfunctionaris'],
  'melding.categories': ['meldpunt', 'aandachtsfunctionaris', 'burgemeester', 'functioneel_beheerder'],
  'melding.manageCategories': ['functioneel_beheerder'],
  'melding.settings': ['functioneel_beheerder'],
  // Persons (betrokkenen): suggestions, links and the timeline; never a score.
  'persoon.read': ['meldpunt', 'aandachtsfunctionaris', 'burgemeester'],
  'persoon.link': ['meldpunt', 'aandachtsfunctionaris'],
  'persoon.update': ['meldpunt', 'aandachtsfunctionaris'],
  // Overleggen (meetings): signaleringsoverleg, weegploeg, casusoverleg. Per-meeting and per-item need to
  // know (standing members, invited partners and their window, the chair) is in src/domain/overleg/access.ts.
  'overleg.read': ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner'],
  'overleg.manage': ['aandachtsfunctionaris', 'meldpunt'],
  'overleg.contribute': ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner'],
  'overleg.decide': ['aandachtsfunctionaris', 'meldpunt', 'burgemeester'],
  'overleg.chair': ['aandachtsfunctionaris', 'meldpunt', 'burgemeester'],
  'overleg.settings': ['functioneel_beheerder'],
  // Actions agreed in meetings: "mijn acties" and their status.
  // The network coordinator too: the actions of a key figures' peiling (src/app/netwerk/key-figure-sounding.ts).
  'actie.mine': ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner', 'netwerkcoordinator'],
  'actie.update': ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner', 'netwerkcoordinator'],
  // Casussen (persoonsgerichte aanpak): per-case need to know (the regie municipality's officer, the mayor
  // read-only, active participants only) is in src/domain/casus/participation.ts.
  'casus.read': ['aandachtsfunctionaris', 'burgemeester', 'ketenpartner'],
  'casus.manage': ['aandachtsfunctionaris'],
  // The regie leaves a case out of the figures of the analysis, with a reason.
  'casus.statistics': ['aandachtsfunctionaris'],
  'casus.measure': ['aandachtsfunctionaris', 'ketenpartner'],
  // The result of an ended measure (goal reached, why, working elements): the case's regie reads and records it
  // (checked per case); everyone who reads the case reads it (casus.read).
  'casus.measureResult': ['aandachtsfunctionaris'],
  'casus.catalogue': ['aandachtsfunctionaris', 'burgemeester', 'ketenpartner', 'functioneel_beheerder'],
  'casus.manageCatalogue': ['functioneel_beheerder'],
  // The netwerkanalyse, communication and handover are the regie's; family contacts are also recorded by
  // participating partners (their own); council briefings are read by the officer and the mayor.
  'casus.network': ['aandachtsfunctionaris'],
  'casus.family': ['aandachtsfunctionaris', 'ketenpartner'],
  'casus.communication': ['aandachtsfunctionaris'],
  'casus.council': ['aandachtsfunctionaris', 'burgemeester'],
  'casus.summaryPdf': ['aandachtsfunctionaris'],
  'casus.handover': ['aandachtsfunctionaris'],
  'casus.handovers': ['aandachtsfunctionaris', 'burgemeester'],
  // The officer's home page: which cases of the own municipality are due for review (references only).
  'casus.reviewsDue': ['aandachtsfunctionaris'],
  // Who can be named regisseur, for the weegploeg (chaired by the mayor) and the casusoverleg.
  'casus.regisseurs': ['aandachtsfunctionaris', 'burgemeester'],
  // "Mijn werk" on the home page: what is due for the roles that work on signals, meetings and cases; each
  // source applies its own rules (a partner only what it takes part in), src/app/mijn-werk/my-work.ts.
  'home.myWork': ['aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner'],
  // Fenomeenanalyse: protected figures of the own municipality or region (src/domain/analyse/), the analysis
  // document with its approved versions, and its exports (registered as disclosures of aggregates). The
  // document is written by the policy advisor and the officer; the mayor reads and approves it too.
  'analyse.read': ['beleidsmedewerker', 'burgemeester', 'aandachtsfunctionaris'],
  'analyse.export': ['beleidsmedewerker', 'burgemeester', 'aandachtsfunctionaris'],
  'analyse.document.read': ['beleidsmedewerker', 'aandachtsfunctionaris', 'burgemeester'],
  'analyse.document.write': ['beleidsmedewerker', 'aandachtsfunctionaris'],
  'analyse.document.approve': ['beleidsmedewerker', 'aandachtsfunctionaris', 'burgemeester'],
  // Evaluatie: measure results counted across cases (protected like the fenomeenanalyse), the working elements
  // a municipality keeps as tags, and policy goals with indicators (no personal data).
  'evaluatie.results': ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  'evaluatie.workingElements': ['aandachtsfunctionaris', 'beleidsmedewerker'],
  'evaluatie.goalsRead': ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  'evaluatie.goalsManage': ['aandachtsfunctionaris', 'beleidsmedewerker'],
  // Evaluatie: the intervention register with theories of change and evaluations (organisation data), read by
  // the mayor too; its report for the college or the council is exported by whoever reads it.
  'evaluatie.interventionsRead': ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  'evaluatie.interventionsManage': ['aandachtsfunctionaris', 'beleidsmedewerker'],
  // Netwerken, key figures (sleutelfiguren): kept apart from the case file, their record may reveal a
  // religion, so only the aandachtsfunctionaris and the network role the municipality assigns; every read is
  // logged (src/domain/netwerk/key-figure.ts, KEY_FIGURE_ACCESS_ROLES).
  'netwerk.keyFigure.read': ['aandachtsfunctionaris', 'netwerkcoordinator'],
  'netwerk.keyFigure.manage': ['aandachtsfunctionaris', 'netwerkcoordinator'],
  'netwerk.keyFigure.contact': ['aandachtsfunctionaris', 'netwerkcoordinator'],
  'netwerk.keyFigure.sounding': ['aandachtsfunctionaris', 'netwerkcoordinator'],
  // Netwerken: the partner register and contact upkeep, kept by the officer and the policy advisor; the mayor
  // reads it. Contact persons are professionals' work data (every read and write logged); the coverage view
  // counts organisations only. Partners, the meldpunt and the administrator do not see other organisations'
  // contacts.
  'netwerk.read': ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  'netwerk.manage': ['aandachtsfunctionaris', 'beleidsmedewerker'],
  'netwerk.coverage': ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  // Netwerk, covenants (convenanten): the officer records and keeps them; the policy advisor, the privacy
  // officer and the functioneel beheerder read them (the signatories are work data of professionals: reads
  // are logged). The setting whether sharing without a covenant warns or is refused is configuration.
  // Coverage is asked where sharing happens (inviting to an item, adding to a case) and by the partner register.
  'netwerk.covenantRead': [
    'aandachtsfunctionaris',
    'beleidsmedewerker',
    'privacy_officer',
    'functioneel_beheerder',
  ],
  'netwerk.covenantManage': ['aandachtsfunctionaris'],
  'netwerk.covenantAttention': ['aandachtsfunctionaris'],
  'netwerk.covenantCoverage': ['aandachtsfunctionaris', 'meldpunt', 'beleidsmedewerker'],
  'netwerk.covenantSettings': ['functioneel_beheerder', 'aandachtsfunctionaris'],
  // Deskundigheid (src/domain/deskundigheid/access.ts): the curriculum, the catalogue and the sessions are
  // organisation data, read also by partners (who see only their own people in a session); training records of
  // persons are personnel data, kept by the officer, the policy advisor and the training coordinator, a
  // partner's users see their own organisation's people only. The reaction form is anonymous, by token.
  'deskundigheid.read': [
    'aandachtsfunctionaris',
    'beleidsmedewerker',
    'opleidingscoordinator',
    'ketenpartner',
  ],
  'deskundigheid.manage': ['aandachtsfunctionaris', 'beleidsmedewerker', 'opleidingscoordinator'],
  'deskundigheid.people': [
    'aandachtsfunctionaris',
    'beleidsmedewerker',
    'opleidingscoordinator',
    'ketenpartner',
  ],
  'deskundigheid.peopleManage': ['aandachtsfunctionaris', 'beleidsmedewerker', 'opleidingscoordinator'],
  'deskundigheid.coverage': [
    'aandachtsfunctionaris',
    'beleidsmedewerker',
    'opleidingscoordinator',
    'burgemeester',
  ],
  'deskundigheid.reaction': 'public',
  // Kennisbank (src/domain/kennisbank/): every signed-in user reads the national articles and the municipality's
  // own; the officer and the policy advisor add local ones and hide national ones. The public help page reads the
  // public articles without sign-in (rate-limited per address).
  'kennisbank.read': 'signedIn',
  'kennisbank.manage': ['aandachtsfunctionaris', 'beleidsmedewerker'],
  'kennisbank.public': 'public',
  // Zelfscan (issue 18): the self-assessment of the local approach in rounds, organisation data; the names of who
  // took part are work data (reads logged). Read by the officer, the policy advisor and the mayor; answered and
  // closed by the officer and the policy advisor. A region's policy advisor reads its municipalities' progress.
  'zelfscan.read': ['aandachtsfunctionaris', 'beleidsmedewerker', 'burgemeester'],
  'zelfscan.manage': ['aandachtsfunctionaris', 'beleidsmedewerker'],
  // Regional cooperation (src/domain/regio/): the agreements between a region and its municipalities. The
  // region's functioneel beheerder records and ends them (checked: acting in the region itself); the region's
  // staff and the municipalities concerned read them (the municipality, and the larger one acting for it).
  'regio.agreementRead': [
    'functioneel_beheerder',
    'aandachtsfunctionaris',
    'meldpunt',
    'burgemeester',
    'beleidsmedewerker',
    'privacy_officer',
  ],
  'regio.agreementManage': ['functioneel_beheerder'],
  // API description and the web app's static files (no personal data).
  'api.docs': 'public',
  'web.static': 'public',
  // Liveness and readiness for the proxy and the orchestrator: no personal data, nothing logged.
  'ops.health': 'public',
  // Prometheus metrics: counts and durations per route pattern, pool, backlog, sealing and retention; no
  // personal data. No session: the handler asks for the operator's bearer token (DUIDEN_METRICS_TOKEN).
  'ops.metrics': 'public',
} as const satisfies Record<string, 'public' | 'signedIn' | readonly Role[]>;

export type PolicyKey = keyof typeof POLICY;

export function isPolicyKey(key: unknown): key is PolicyKey {
  return typeof key === 'string' && Object.hasOwn(POLICY, key);
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/** Decides a route-level rule for an actor (null when not signed in). */
export function decide(key: PolicyKey, actor: Actor | null): Decision {
  const rule: 'public' | 'signedIn' | readonly Role[] = POLICY[key];
  if (rule === 'public') return 'allow';
  if (!actor) return 'unauthenticated';
  if (rule === 'signedIn') return 'allow';
  return rule.includes(actor.role) ? 'allow' : 'forbidden';
}

/** A user sees an object of a tenant only when acting in a membership of that same tenant. */
export function sameTenant(actor: Actor, tenantId: string): boolean {
  return actor.tenantId === tenantId;
}
