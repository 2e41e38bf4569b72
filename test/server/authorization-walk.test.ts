import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/db/database.js';
import { loadOperations, type Operation, sample, urlOf } from '../helpers/openapi.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

/**
 * Walks every operation of /api/openapi.json for every demo role, for partners that take part in
 * nothing (Reclassering, Jongerenwerk) or in one casusoverleg item only (GGZ), for the other
 * municipality's administrator and anonymously, with the ids of real demo objects. It fails when
 *
 * - a role the route rule leaves out gets anything but 401 (not signed in) or 403;
 * - an outsider (a partner outside the object, the other municipality) gets a 2xx on an object it does
 *   not take part in, or any answer (also a 409 with `current`) that carries an id, reference or name of
 *   demo data it may not see;
 * - any answer is a 5xx, or an error that is not problem+json;
 * - an operation of the API is missing from WALK below, or WALK names one that no longer exists.
 *
 * Changes are sent only by those who should be refused, with a body valid for the schema, so the walk
 * leaves the demo as it is; the roles that may change things do so in the tests of each area.
 */

type Obj =
  | 'signal'
  | 'attachment'
  | 'subject'
  | 'person'
  | 'meeting'
  | 'item'
  | 'school'
  | 'police'
  | 'contribution'
  | 'action'
  | 'casus'
  | 'participant'
  | 'measure'
  | 'checklistItem'
  | 'networkPerson'
  | 'relation'
  | 'familyContact'
  | 'user'
  | 'membership'
  | 'category'
  | 'catalogueEntry'
  | 'templateItem'
  | 'legalBasis'
  | 'keyFigure'
  | 'covenant'
  | 'policyGoal'
  | 'workingElement'
  | 'intervention'
  | 'interventionEvaluation'
  | 'zelfscanRound'
  | 'zelfscanOwnQuestion'
  | 'zelfscanQuestion'
  | 'agreement'
  | 'localArticle';

interface Step {
  /** Path parameters (and query values) taken from the demo. Absent ones get a well-formed id of nothing. */
  readonly params?: Readonly<Record<string, Obj>>;
  readonly query?: Readonly<Record<string, Obj | string>>;
  /**
   * For an outsider whose role the route rule admits: 'refused' (the operation is about one demo object:
   * no 2xx) or 'own' (a list or form of its own: 2xx allowed, without any demo data it may not see).
   */
  readonly outsider?: 'refused' | 'own';
  /** Ends the session: walked last for each actor. */
  readonly last?: true;
  /**
   * A directory meant for everyone (the municipalities of the public form; in demo mode the demo users of
   * the sign-in page): the other municipality's names of users and organisations may appear, content not.
   */
  readonly directory?: true;
}

const casusChild = (name: string, obj: Obj): Step => ({
  params: { id: 'casus', [name]: obj },
  outsider: 'refused',
});

/** Every operation of the API. A new route fails the walk until it has a line here. */
const WALK: Readonly<Record<string, Step>> = {
  'GET /api/auth/session': { outsider: 'own' },
  'POST /api/auth/sign-out': { outsider: 'own', last: true },
  'POST /api/auth/membership': { outsider: 'refused' },
  'GET /api/auth/demo-users': { outsider: 'own', directory: true },
  'POST /api/auth/demo': { outsider: 'refused' },
  'POST /api/auth/local/sign-in': { outsider: 'refused' },
  'POST /api/auth/local/new-password': { outsider: 'refused' },
  'POST /api/auth/local/totp': { outsider: 'refused' },
  'GET /api/organisations': { outsider: 'own' },
  'GET /api/users': { outsider: 'own' },
  'POST /api/users': { outsider: 'own' },
  'GET /api/users/{id}': { params: { id: 'user' }, outsider: 'refused' },
  'PATCH /api/users/{id}': { params: { id: 'user' }, outsider: 'refused' },
  'POST /api/users/{id}/memberships': { params: { id: 'user' }, outsider: 'refused' },
  'DELETE /api/users/{id}/memberships/{membershipId}': {
    params: { id: 'user', membershipId: 'membership' },
    outsider: 'refused',
  },
  'POST /api/users/{id}/unlock': { params: { id: 'user' }, outsider: 'refused' },
  'POST /api/users/{id}/reset-credentials': { params: { id: 'user' }, outsider: 'refused' },
  'GET /api/access-log': {},
  'POST /api/access-log/verify': {},
  'GET /api/public/gemeenten': { outsider: 'own', directory: true },
  'GET /api/public/meldingen/formulier': { outsider: 'own' },
  // A fresh proof-of-work challenge for the public form: the same for everyone, about no one.
  'GET /api/public/meldingen/uitdaging': { outsider: 'own' },
  'GET /api/health/live': { outsider: 'own' },
  'GET /api/health/ready': { outsider: 'own' },
  'GET /api/metrics': { outsider: 'refused' },
  // Anyone may report; what is reported is not shown back.
  'POST /api/public/meldingen': { outsider: 'own' },
  'POST /api/public/meldingen/status': { outsider: 'refused' },
  'POST /api/meldingen': { outsider: 'own' },
  // A partner sees its own submissions only.
  'GET /api/meldingen': { outsider: 'own' },
  'POST /api/meldingen/professioneel': { outsider: 'own' },
  'GET /api/meldingen/aantallen': { outsider: 'own' },
  'GET /api/meldingen/{id}': { params: { id: 'signal' }, outsider: 'refused' },
  'POST /api/meldingen/{id}/status': { params: { id: 'signal' } },
  'PUT /api/meldingen/{id}/categorie': { params: { id: 'signal' } },
  'PUT /api/meldingen/{id}/statistiek': { params: { id: 'signal' } },
  'POST /api/meldingen/{id}/annotaties': { params: { id: 'signal' } },
  'POST /api/meldingen/{id}/terugkoppeling': { params: { id: 'signal' } },
  'POST /api/meldingen/{id}/bijlagen': { params: { id: 'signal' } },
  'GET /api/meldingen/{id}/bijlagen/{attachmentId}': {
    params: { id: 'signal', attachmentId: 'attachment' },
    outsider: 'refused',
  },
  'GET /api/meldpunt/categorieen': { outsider: 'own' },
  'POST /api/meldpunt/categorieen': { outsider: 'own' },
  'PATCH /api/meldpunt/categorieen/{id}': { params: { id: 'category' }, outsider: 'refused' },
  'GET /api/meldpunt/instellingen': { outsider: 'own' },
  'PATCH /api/meldpunt/instellingen': { outsider: 'own' },
  'GET /api/meldingen/{id}/suggesties': { params: { id: 'signal' } },
  'POST /api/meldingen/{id}/betrokkenen/{subjectId}/koppeling': {
    params: { id: 'signal', subjectId: 'subject' },
  },
  'GET /api/personen': { query: { naam: 'a' }, outsider: 'own' },
  'GET /api/personen/{id}': { params: { id: 'person' } },
  'PATCH /api/personen/{id}': { params: { id: 'person' } },
  'GET /api/overleggen': { outsider: 'own' },
  'POST /api/overleggen': { outsider: 'own' },
  'POST /api/overleggen/reeksen': { outsider: 'own' },
  'GET /api/overleggen/grondslagen': { outsider: 'own' },
  'GET /api/overleggen/instellingen': { outsider: 'own' },
  'PUT /api/overleggen/instellingen': { outsider: 'own' },
  'GET /api/overleggen/{id}': { params: { id: 'meeting' }, outsider: 'refused' },
  'PATCH /api/overleggen/{id}': { params: { id: 'meeting' } },
  'POST /api/overleggen/{id}/agenda-publiceren': { params: { id: 'meeting' } },
  'POST /api/overleggen/{id}/annuleren': { params: { id: 'meeting' } },
  'GET /api/overleggen/{id}/kandidaten': { params: { id: 'meeting' } },
  'POST /api/overleggen/{id}/agendapunten': { params: { id: 'meeting' } },
  'PUT /api/overleggen/{id}/notulen': { params: { id: 'meeting' } },
  'POST /api/overleggen/{id}/notulen/vaststellen': { params: { id: 'meeting' } },
  'GET /api/agendapunten/{id}': { params: { id: 'item' }, outsider: 'refused' },
  'PATCH /api/agendapunten/{id}': { params: { id: 'item' } },
  'DELETE /api/agendapunten/{id}': { params: { id: 'item' }, query: { version: '1' } },
  'POST /api/agendapunten/{id}/uitnodigingen': { params: { id: 'item' } },
  'DELETE /api/agendapunten/{id}/uitnodigingen/{organisationId}': {
    params: { id: 'item', organisationId: 'school' },
  },
  'POST /api/agendapunten/{id}/bijdragen': { params: { id: 'item' }, outsider: 'refused' },
  'PATCH /api/bijdragen/{id}': { params: { id: 'contribution' }, outsider: 'refused' },
  'PUT /api/agendapunten/{id}/besluit': { params: { id: 'item' } },
  'DELETE /api/agendapunten/{id}/besluit': { params: { id: 'item' }, query: { version: '1' } },
  'POST /api/agendapunten/{id}/besluit/vaststellen': { params: { id: 'item' } },
  'POST /api/agendapunten/{id}/acties': { params: { id: 'item' } },
  'GET /api/acties/mijn': { outsider: 'own' },
  'GET /api/acties/mijn/aantallen': { outsider: 'own' },
  'PATCH /api/acties/{id}': { params: { id: 'action' }, outsider: 'refused' },
  'GET /api/overleggen/{id}/notulen.pdf': {
    params: { id: 'meeting' },
    query: { organisationId: 'police', legalBasisId: 'legalBasis' },
    outsider: 'refused',
  },
  'GET /api/casussen': { outsider: 'own' },
  'GET /api/casussen/maatregelcatalogus': { outsider: 'own' },
  'POST /api/casussen/maatregelcatalogus': { outsider: 'own' },
  'PATCH /api/casussen/maatregelcatalogus/{entryId}': {
    params: { entryId: 'catalogueEntry' },
    outsider: 'refused',
  },
  'GET /api/casussen/{id}': { params: { id: 'casus' }, outsider: 'refused' },
  'POST /api/casussen/{id}/deelnemers': { params: { id: 'casus' } },
  'POST /api/casussen/{id}/deelnemers/{participantId}/beeindigen': {
    params: { id: 'casus', participantId: 'participant' },
  },
  'POST /api/casussen/{id}/fase': { params: { id: 'casus' } },
  'PUT /api/casussen/{id}/statistiek': { params: { id: 'casus' } },
  'POST /api/casussen/{id}/situatie': { params: { id: 'casus' } },
  'POST /api/casussen/{id}/evaluatie': { params: { id: 'casus' } },
  'POST /api/casussen/{id}/afsluiten': { params: { id: 'casus' } },
  'GET /api/casussen/{id}/plan': { params: { id: 'casus' }, outsider: 'refused' },
  'PUT /api/casussen/{id}/plan': { params: { id: 'casus' } },
  'GET /api/casussen/{id}/maatregelen': { params: { id: 'casus' }, outsider: 'refused' },
  'POST /api/casussen/{id}/maatregelen': { params: { id: 'casus' } },
  'PATCH /api/casussen/{id}/maatregelen/{measureId}': casusChild('measureId', 'measure'),
  'DELETE /api/casussen/{id}/maatregelen/{measureId}': {
    params: { id: 'casus', measureId: 'measure' },
    query: { version: '1' },
  },
  'GET /api/casussen/{id}/checklists': { params: { id: 'casus' }, outsider: 'refused' },
  'PATCH /api/casussen/{id}/checklistpunten/{itemId}': { params: { id: 'casus', itemId: 'checklistItem' } },
  'GET /api/casussen/{id}/netwerk': { params: { id: 'casus' }, outsider: 'refused' },
  'POST /api/casussen/{id}/netwerk/personen': { params: { id: 'casus' } },
  'PUT /api/casussen/{id}/netwerk/personen/{personId}': {
    params: { id: 'casus', personId: 'networkPerson' },
  },
  'DELETE /api/casussen/{id}/netwerk/personen/{personId}': {
    params: { id: 'casus', personId: 'networkPerson' },
    query: { version: '1' },
  },
  'POST /api/casussen/{id}/netwerk/relaties': { params: { id: 'casus' } },
  'PUT /api/casussen/{id}/netwerk/relaties/{relationId}': { params: { id: 'casus', relationId: 'relation' } },
  'DELETE /api/casussen/{id}/netwerk/relaties/{relationId}': {
    params: { id: 'casus', relationId: 'relation' },
    query: { version: '1' },
  },
  'GET /api/casussen/{id}/familie': { params: { id: 'casus' }, outsider: 'refused' },
  'POST /api/casussen/{id}/familie': { params: { id: 'casus' }, outsider: 'refused' },
  'PUT /api/casussen/{id}/familie/{contactId}': casusChild('contactId', 'familyContact'),
  'GET /api/casussen/{id}/communicatie': { params: { id: 'casus' }, outsider: 'refused' },
  'PUT /api/casussen/{id}/woordvoeringslijn': { params: { id: 'casus' } },
  'POST /api/casussen/{id}/raadsinformatie/controle': { params: { id: 'casus' } },
  'POST /api/casussen/{id}/raadsinformatie': { params: { id: 'casus' } },
  'GET /api/casussen/{id}/samenvatting/opties': { params: { id: 'casus' } },
  'GET /api/casussen/{id}/samenvatting.pdf': { params: { id: 'casus' } },
  'GET /api/casussen/overdrachten': { outsider: 'own' },
  'GET /api/casussen/{id}/overdracht/opties': { params: { id: 'casus' } },
  'POST /api/casussen/{id}/overdracht': { params: { id: 'casus' } },
  'GET /api/casussen/evaluaties-te-laat': { outsider: 'own' },
  'GET /api/casussen/aandacht': { outsider: 'own' },
  'GET /api/mijn-werk': { outsider: 'own' },
  // The analysis: figures of the own municipality or region only (aggregates; a partner is refused by role).
  'GET /api/analyse/catalogus': { outsider: 'own' },
  'GET /api/analyse/rapport': {
    query: { rapport: 'meldingen-fenomeen', periode: '2026-K1' },
    outsider: 'own',
  },
  'GET /api/analyse/trend': {
    query: { rapport: 'meldingen-fenomeen', soort: 'kwartaal', van: '2025-K2', tot: '2026-K1' },
    outsider: 'own',
  },
  // Netwerken: the partner register and contact upkeep (officer and policy advisor; the mayor reads).
  'GET /api/netwerk/keuzelijsten': { outsider: 'own' },
  'POST /api/netwerk/wijken': { outsider: 'own' },
  'POST /api/netwerk/soorten': { outsider: 'own' },
  'GET /api/netwerk/partners': { outsider: 'own' },
  'POST /api/netwerk/partners': { outsider: 'own' },
  'GET /api/netwerk/partners/{id}': { outsider: 'refused' },
  'PUT /api/netwerk/partners/{id}': { outsider: 'refused' },
  'POST /api/netwerk/partners/{id}/contactpersonen': { outsider: 'refused' },
  'PUT /api/netwerk/contactpersonen/{id}': { outsider: 'refused' },
  'GET /api/netwerk/contactpersonen/{id}/contactmomenten': { outsider: 'refused' },
  'POST /api/netwerk/contactpersonen/{id}/contactmomenten': { outsider: 'refused' },
  'POST /api/netwerk/contactpersonen/{id}/uitstellen': { outsider: 'refused' },
  'GET /api/netwerk/contactonderhoud': { outsider: 'own' },
  'GET /api/netwerk/dekking': { outsider: 'own' },
  // Netwerken: key figures (the officer and the network coordinator only; no outsider is admitted).
  'GET /api/netwerk/sleutelfiguren': { outsider: 'own' },
  'GET /api/netwerk/sleutelfiguren/keuzes': { outsider: 'own' },
  'POST /api/netwerk/sleutelfiguren': { outsider: 'own' },
  'GET /api/netwerk/sleutelfiguren/{id}': { params: { id: 'keyFigure' }, outsider: 'refused' },
  'PUT /api/netwerk/sleutelfiguren/{id}': { params: { id: 'keyFigure' }, outsider: 'refused' },
  'GET /api/netwerk/sleutelfiguren/{id}/afspraak': { params: { id: 'keyFigure' }, outsider: 'refused' },
  'PUT /api/netwerk/sleutelfiguren/{id}/afspraak': { params: { id: 'keyFigure' }, outsider: 'refused' },
  'GET /api/netwerk/sleutelfiguren/{id}/contacten': { params: { id: 'keyFigure' }, outsider: 'refused' },
  'POST /api/netwerk/sleutelfiguren/{id}/contacten': { params: { id: 'keyFigure' }, outsider: 'refused' },
  'POST /api/netwerk/sleutelfiguren/{id}/uitstellen': { params: { id: 'keyFigure' }, outsider: 'refused' },
  'GET /api/netwerk/peilingen': { outsider: 'own' },
  'POST /api/netwerk/peilingen': { outsider: 'own' },
  // Evaluatie: measure results (case data under the case's rules), the protected aggregate, working
  // elements and policy goals of the own municipality.
  'GET /api/casussen/{id}/maatregelresultaten': { params: { id: 'casus' }, outsider: 'refused' },
  'PUT /api/casussen/{id}/maatregelen/{measureId}/resultaat': casusChild('measureId', 'measure'),
  // Deskundigheid, sessions: lists and forms of the actor's own municipality; one session, its participants
  // and certificates are about one object; the reaction form is public by token (a token of nothing here).
  'GET /api/deskundigheid/sessie-keuzelijsten': { outsider: 'own' },
  'GET /api/deskundigheid/sessies': { outsider: 'own' },
  'POST /api/deskundigheid/sessies': { outsider: 'own' },
  'GET /api/deskundigheid/sessies/{id}': { outsider: 'refused' },
  'PUT /api/deskundigheid/sessies/{id}': { outsider: 'refused' },
  'POST /api/deskundigheid/sessies/{id}/deelnemers': { outsider: 'refused' },
  'DELETE /api/deskundigheid/sessies/{id}/deelnemers/{personId}': { outsider: 'refused' },
  'PUT /api/deskundigheid/sessies/{id}/aantallen': { outsider: 'refused' },
  'PUT /api/deskundigheid/sessies/{id}/deelnemers/{personId}/certificaat': { outsider: 'refused' },
  'GET /api/deskundigheid/sessies/{id}/deelnemers/{personId}/certificaat': { outsider: 'refused' },
  'PUT /api/deskundigheid/sessies/{id}/reactieformulier': { outsider: 'refused' },
  'POST /api/deskundigheid/import/voorbeeld': { outsider: 'own' },
  'POST /api/deskundigheid/import': { outsider: 'own' },
  'GET /api/public/deskundigheid/reactie/{token}': { outsider: 'refused' },
  'POST /api/public/deskundigheid/reactie/{token}': { outsider: 'refused' },
  'GET /api/evaluatie/resultaten': { outsider: 'own' },
  'GET /api/evaluatie/werkzame-elementen': { outsider: 'own' },
  'POST /api/evaluatie/werkzame-elementen': { outsider: 'own' },
  'PUT /api/evaluatie/werkzame-elementen/{id}': { params: { id: 'workingElement' }, outsider: 'refused' },
  'GET /api/evaluatie/doelen': { outsider: 'own' },
  'GET /api/evaluatie/doelen/cijfers': { outsider: 'own' },
  'POST /api/evaluatie/doelen': { outsider: 'own' },
  'GET /api/evaluatie/doelen/{id}': { params: { id: 'policyGoal' }, outsider: 'refused' },
  'PUT /api/evaluatie/doelen/{id}': { params: { id: 'policyGoal' }, outsider: 'refused' },
  'POST /api/evaluatie/doelen/{id}/indicatoren': { params: { id: 'policyGoal' }, outsider: 'refused' },
  'PUT /api/evaluatie/doelen/{id}/indicatoren/{indicatorId}/waarde': {
    params: { id: 'policyGoal' },
    outsider: 'refused',
  },
  // Deskundigheid: the curriculum and the catalogue (organisation data of the own municipality; partners read).
  'GET /api/deskundigheid/keuzelijsten': { outsider: 'own' },
  'GET /api/deskundigheid/doelgroepen': { outsider: 'own' },
  'POST /api/deskundigheid/doelgroepen': { outsider: 'own' },
  'POST /api/deskundigheid/doelgroepen/standaard': { outsider: 'own' },
  'GET /api/deskundigheid/doelgroepen/{id}': { outsider: 'refused' },
  'PUT /api/deskundigheid/doelgroepen/{id}': { outsider: 'refused' },
  'GET /api/deskundigheid/trainingen': { outsider: 'own' },
  'POST /api/deskundigheid/trainingen': { outsider: 'own' },
  'GET /api/deskundigheid/trainingen/{id}': { outsider: 'refused' },
  'PUT /api/deskundigheid/trainingen/{id}': { outsider: 'refused' },
  // The people register: personnel data; a partner gets its own organisation's people only.
  'GET /api/deskundigheid/personen': { outsider: 'own' },
  'POST /api/deskundigheid/personen': { outsider: 'own' },
  'GET /api/deskundigheid/personen/{id}': { outsider: 'refused' },
  'PUT /api/deskundigheid/personen/{id}': { outsider: 'refused' },
  'GET /api/deskundigheid/groepsgroottes': { outsider: 'own' },
  'PUT /api/deskundigheid/groepsgroottes': { outsider: 'own' },
  // The intervention register (organisation data): the other municipality's administrator reads its own, none.
  'GET /api/evaluatie/interventies': { outsider: 'own' },
  'GET /api/evaluatie/interventies/keuzes': { outsider: 'own' },
  'POST /api/evaluatie/interventies': { outsider: 'own' },
  'GET /api/evaluatie/interventies/{id}': { params: { id: 'intervention' }, outsider: 'refused' },
  'PUT /api/evaluatie/interventies/{id}': { params: { id: 'intervention' }, outsider: 'refused' },
  'POST /api/evaluatie/interventies/{id}/evaluaties': { params: { id: 'intervention' }, outsider: 'refused' },
  'GET /api/evaluatie/interventies/{id}/cijfers': { params: { id: 'intervention' }, outsider: 'refused' },
  'GET /api/evaluatie/interventies/{id}/evaluaties/{evaluationId}': {
    params: { id: 'intervention', evaluationId: 'interventionEvaluation' },
    outsider: 'refused',
  },
  'PUT /api/evaluatie/interventies/{id}/evaluaties/{evaluationId}': {
    params: { id: 'intervention', evaluationId: 'interventionEvaluation' },
    outsider: 'refused',
  },
  'GET /api/evaluatie/interventies/{id}/evaluaties/{evaluationId}/rapport.pdf': {
    params: { id: 'intervention', evaluationId: 'interventionEvaluation' },
    outsider: 'refused',
  },
  'GET /api/deskundigheid/dekking': { outsider: 'own' },
  'GET /api/casussen/regisseurs': { outsider: 'own' },
  'GET /api/casussen/organisaties/{organisationId}/medewerkers': { params: { organisationId: 'police' } },
  'GET /api/casussen/checklistsjablonen': { outsider: 'own' },
  'POST /api/casussen/checklistsjablonen': { outsider: 'own' },
  'PATCH /api/casussen/checklistsjablonen/{itemId}': {
    params: { itemId: 'templateItem' },
    outsider: 'refused',
  },
  'GET /api/privacy/dashboard': {},
  'GET /api/privacy/instellingen': { outsider: 'own' },
  'PUT /api/privacy/instellingen': { outsider: 'own' },
  'GET /api/privacy/bewaartermijnen': { outsider: 'own' },
  'PUT /api/privacy/bewaartermijnen/{kind}': { outsider: 'own' },
  'GET /api/privacy/bewaartermijnen/proefrun': {},
  'POST /api/privacy/bewaartermijnen/uitvoeren': {},
  'GET /api/privacy/bewaartermijnen/historie': {},
  'GET /api/privacy/bewaarplichten': {},
  'POST /api/privacy/bewaarplichten': {},
  'POST /api/privacy/bewaarplichten/{id}/opheffen': {},
  // The rule per case is test/server/privacy-break-glass.test.ts's; here: a reference that names nothing.
  'POST /api/noodtoegang': { outsider: 'refused' },
  'GET /api/noodtoegang/actief': { outsider: 'own' },
  // A user's own requests and what came of them.
  'GET /api/noodtoegang/mijn': { outsider: 'own' },
  'GET /api/noodtoegang/verzoeken': { outsider: 'own' },
  'POST /api/noodtoegang/{id}/besluit': {},
  'POST /api/noodtoegang/{id}/beeindigen': { outsider: 'refused' },
  'GET /api/privacy/noodtoegang': {},
  'POST /api/privacy/noodtoegang/{id}/beoordeling': {},
  'GET /api/privacy/personen': { query: { naam: 'a' } },
  'GET /api/privacy/verzoeken': {},
  'POST /api/privacy/verzoeken': {},
  'GET /api/privacy/verzoeken/{id}': {},
  'POST /api/privacy/verzoeken/{id}/besluit': {},
  'POST /api/privacy/verzoeken/{id}/rectificatie': {},
  'POST /api/privacy/verzoeken/{id}/beperkingen': {},
  'POST /api/privacy/verzoeken/{id}/beperkingen/{restrictionId}/opheffen': {},
  'POST /api/privacy/verzoeken/{id}/wissen': {},
  'GET /api/privacy/verzoeken/{id}/export.json': {},
  'GET /api/privacy/verzoeken/{id}/export.pdf': {},
  'GET /api/personen/{id}/beperkingen': { params: { id: 'person' } },
  'GET /api/privacy/grondslagen': { outsider: 'own' },
  'GET /api/privacy/verstrekkingen': { outsider: 'own' },
  'GET /api/privacy/verstrekkingen/casussen/{id}': { params: { id: 'casus' } },
  'GET /api/privacy/verstrekkingen/personen/{id}': { params: { id: 'person' } },
  'POST /api/privacy/casussen/{id}/anoniem': { params: { id: 'casus' } },
  'GET /api/privacy/casussen/{id}/anoniem': { params: { id: 'casus' } },
  'GET /api/privacy/anoniem/{id}': {},
  'PATCH /api/privacy/anoniem/{id}': {},
  'POST /api/privacy/anoniem/{id}/export': {},
  'GET /api/privacy/anoniem/{id}/tekst.txt': {},
  'GET /api/privacy/verwerkingsregister': { outsider: 'own' },
  // The analysis as a document (aggregates only): the demo has no documents, so every id is one of nothing.
  'GET /api/analyse/documenten': { outsider: 'own' },
  'POST /api/analyse/documenten': { outsider: 'own' },
  'GET /api/analyse/onderdelen': { outsider: 'own' },
  'GET /api/analyse/documenten/{id}': {},
  'PUT /api/analyse/documenten/{id}': {},
  'POST /api/analyse/documenten/{id}/vaststellen': {},
  'GET /api/analyse/documenten/{id}/versies': {},
  'GET /api/analyse/documenten/{id}/versies/{versionId}': {},
  'GET /api/analyse/documenten/{id}/versies/{versionId}/export.pdf': {},
  'GET /api/analyse/documenten/{id}/versies/{versionId}/export.csv': {},
  'GET /api/analyse/documenten/{id}/versies/{versionId}/export.xlsx': {},
  // Covenants (netwerk): the other municipality's administrator reads its own (none), never Lindeburg's.
  // Regional cooperation: the agreements a region or municipality takes part in; the region's administrator
  // records and ends them (another municipality's administrator is refused on the region's agreement).
  'GET /api/regio/afspraken': { outsider: 'own' },
  'GET /api/regio/afspraken/keuzes': { outsider: 'own' },
  'POST /api/regio/afspraken': { outsider: 'own' },
  // The demo's agreement is Brakelveen's with the region (Lindeburg acts under it): the region's users and
  // Brakelveen's read it; the markers keep it from Oosterveen.
  'GET /api/regio/afspraken/{id}': { params: { id: 'agreement' }, outsider: 'own' },
  'POST /api/regio/afspraken/{id}/beeindigen': { params: { id: 'agreement' }, outsider: 'own' },
  'GET /api/netwerk/convenanten': { outsider: 'own' },
  'POST /api/netwerk/convenanten': { outsider: 'own' },
  'GET /api/netwerk/convenanten/aandacht': { outsider: 'own' },
  'GET /api/netwerk/convenanten/dekking': { query: { organisatie: 'police' }, outsider: 'own' },
  'GET /api/netwerk/convenanten/instellingen': { outsider: 'own' },
  'PUT /api/netwerk/convenanten/instellingen': { outsider: 'own' },
  'GET /api/netwerk/convenanten/{id}': { params: { id: 'covenant' }, outsider: 'refused' },
  'PUT /api/netwerk/convenanten/{id}': { params: { id: 'covenant' }, outsider: 'refused' },
  'POST /api/netwerk/convenanten/{id}/versies': { params: { id: 'covenant' }, outsider: 'refused' },
  'GET /api/netwerk/convenanten/{id}/versies/{versionId}': {
    params: { id: 'covenant' },
    outsider: 'refused',
  },
  // The kennisbank: national articles for everyone, a municipality's own for all of its users (its partners
  // too), never for another municipality (Lindeburg's local titles are forbidden to Oosterveen's administrator);
  // the public part never serves an internal local article.
  'GET /api/kennisbank/artikelen': { outsider: 'own' },
  'POST /api/kennisbank/artikelen': { outsider: 'own' },
  'GET /api/kennisbank/artikelen/{id}': { params: { id: 'localArticle' }, outsider: 'own' },
  'PUT /api/kennisbank/artikelen/{id}': { params: { id: 'localArticle' }, outsider: 'own' },
  'PUT /api/kennisbank/artikelen/{id}/zichtbaarheid': { params: { id: 'localArticle' }, outsider: 'own' },
  'GET /api/public/kennisbank/artikelen': { outsider: 'own' },
  'GET /api/public/kennisbank/artikelen/{id}': { params: { id: 'localArticle' }, outsider: 'refused' },
  // Zelfscan: organisation data of the own municipality; a round of Lindeburg is refused to everyone else.
  'GET /api/zelfscan/vragenlijsten': { outsider: 'own' },
  'POST /api/zelfscan/eigen-vragen': { outsider: 'own' },
  'PUT /api/zelfscan/eigen-vragen/{id}': { params: { id: 'zelfscanOwnQuestion' }, outsider: 'refused' },
  'GET /api/zelfscan/rondes': { outsider: 'own' },
  'POST /api/zelfscan/rondes': { outsider: 'own' },
  'GET /api/zelfscan/rondes/{id}': { params: { id: 'zelfscanRound' }, outsider: 'refused' },
  'PUT /api/zelfscan/rondes/{id}': { params: { id: 'zelfscanRound' }, outsider: 'refused' },
  'PUT /api/zelfscan/rondes/{id}/antwoorden/{questionKey}': {
    params: { id: 'zelfscanRound', questionKey: 'zelfscanQuestion' },
    outsider: 'refused',
  },
  'POST /api/zelfscan/rondes/{id}/antwoorden/{questionKey}/documenten': {
    params: { id: 'zelfscanRound', questionKey: 'zelfscanQuestion' },
    outsider: 'refused',
  },
  'GET /api/zelfscan/rondes/{id}/antwoorden/{questionKey}/documenten/{documentId}': {
    params: { id: 'zelfscanRound', questionKey: 'zelfscanQuestion' },
    outsider: 'refused',
  },
  'GET /api/zelfscan/rondes/{id}/aanwijzingen/{questionKey}': {
    params: { id: 'zelfscanRound', questionKey: 'zelfscanQuestion' },
    outsider: 'refused',
  },
  'POST /api/zelfscan/rondes/{id}/aanwijzingen/{questionKey}': {
    params: { id: 'zelfscanRound', questionKey: 'zelfscanQuestion' },
    outsider: 'refused',
  },
  'POST /api/zelfscan/rondes/{id}/afsluiten': { params: { id: 'zelfscanRound' }, outsider: 'refused' },
  'GET /api/zelfscan/rondes/{id}/vergelijking': { params: { id: 'zelfscanRound' }, outsider: 'refused' },
  'GET /api/zelfscan/actiehouders': { outsider: 'own' },
  'POST /api/zelfscan/rondes/{id}/acties': { params: { id: 'zelfscanRound' }, outsider: 'refused' },
  'GET /api/zelfscan/rondes/{id}/rapport.pdf': { params: { id: 'zelfscanRound' }, outsider: 'refused' },
  'GET /api/zelfscan/regio': { outsider: 'own' },
};

interface Actor {
  readonly name: string | null;
  readonly role: string | null;
  /** Takes part in the demo objects the walk names (the municipality's own staff, the police partner). */
  readonly insider: boolean;
  readonly label: string;
}

const ACTORS: readonly Actor[] = [
  { label: 'anonymous', name: null, role: null, insider: false },
  { label: 'meldpunt', name: 'Sanne de Vries', role: 'meldpunt', insider: true },
  { label: 'officer', name: 'Ahmed El Idrissi', role: 'aandachtsfunctionaris', insider: true },
  { label: 'police partner (takes part)', name: 'Marieke Jansen', role: 'ketenpartner', insider: true },
  { label: 'mayor', name: 'Johan van Dijk', role: 'burgemeester', insider: true },
  { label: 'policy advisor', name: 'Thomas Bakker', role: 'beleidsmedewerker', insider: true },
  { label: 'administrator', name: 'Lotte Visser', role: 'functioneel_beheerder', insider: true },
  { label: 'privacy officer', name: 'Pieter de Boer', role: 'privacy_officer', insider: true },
  {
    label: 'Reclassering (takes part in nothing)',
    name: 'Hanneke Koster',
    role: 'ketenpartner',
    insider: false,
  },
  { label: 'Jongerenwerk (takes part in nothing)', name: 'Ruben Smit', role: 'ketenpartner', insider: false },
  { label: 'GGZ (one casusoverleg item)', name: 'Fatima Bouzid', role: 'ketenpartner', insider: false },
  { label: 'Oosterveen administrator', name: 'Eva Mulder', role: 'functioneel_beheerder', insider: false },
  // Regional cooperation (src/demo/seed-regio.ts): the region's own staff and the small municipality that uses
  // its meldpunt and casusoverleg see nothing of Lindeburg's signals, items or cases.
  { label: 'region administrator', name: 'Bram Veenstra', role: 'functioneel_beheerder', insider: false },
  { label: 'region meldpunt', name: 'Yara Kok', role: 'meldpunt', insider: false },
  { label: 'Brakelveen officer', name: 'Wim de Haan', role: 'aandachtsfunctionaris', insider: false },
  { label: 'Brakelveen mayor', name: 'Els Brouwer', role: 'burgemeester', insider: false },
];

let t: TestApp;
let ops: Operation[];
const ids = {} as Record<Obj, string>;
/** Per outsider: strings that must appear in no answer it gets. */
const forbidden = new Map<string, string[]>();
/** For the other municipality's administrator: Lindeburg's users and organisations (outside directories). */
let lindeburgDirectory: string[] = [];
/** Content of the other municipality: appears in no answer to anyone of Lindeburg. */
let otherTenantMarkers: string[] = [];
let ggzItem = '';

async function column(q: Queryable, sql: string, params: unknown[] = []): Promise<string[]> {
  const r = await q.query<{ v: string | null }>(sql, params);
  return r.rows.flatMap((row) => (row.v ? [String(row.v)] : []));
}

async function first(q: Queryable, sql: string, params: unknown[] = []): Promise<string> {
  const v = (await column(q, sql, params))[0];
  if (!v) throw new Error(`no demo object for: ${sql}`);
  return v;
}

beforeAll(async () => {
  t = await createTestApp();
  // The demo is dated around today; so is the walk (partners' windows on meeting items run on it).
  t.clock.advance(Date.now() - t.clock.now().getTime());
  ops = await loadOperations(t.app);
  const q = t.tdb.db;
  const lb = await first(q, "SELECT id AS v FROM organisation WHERE name = 'Gemeente Lindeburg'");
  const org = (type: string) =>
    first(q, 'SELECT id AS v FROM organisation WHERE tenant_id = $1 AND partner_type = $2', [lb, type]);
  const ggz = await org('ggz');

  // GGZ's items of the casusoverleg (one case): what it may see. Everything the walk names lies outside.
  const ggzItems = await column(
    q,
    'SELECT item_id::text AS v FROM agenda_item_invitation WHERE organisation_id = $1',
    [ggz],
  );
  const ggzCases = await column(q, 'SELECT casus_id::text AS v FROM agenda_item WHERE id = ANY($1::uuid[])', [
    ggzItems,
  ]);
  ggzItem = ggzItems[0] ?? '';
  expect(new Set(ggzCases).size).toBe(1);
  ids.signal = await first(
    q,
    'SELECT id AS v FROM signal WHERE tenant_id = $1 AND NOT restricted AND submitted_by_user_id IS NULL ORDER BY reference LIMIT 1',
    [lb],
  );
  ids.attachment =
    (await column(q, 'SELECT id AS v FROM signal_attachment WHERE signal_id = $1', [ids.signal]))[0] ??
    '00000000-0000-4000-8000-000000000001';
  ids.subject = await first(q, 'SELECT id AS v FROM signal_subject WHERE signal_id = $1', [ids.signal]);
  ids.person = await first(
    q,
    'SELECT id AS v FROM person WHERE tenant_id = $1 ORDER BY display_name LIMIT 1',
    [lb],
  );
  ids.meeting = await first(
    q,
    `SELECT m.id AS v FROM meeting m WHERE m.tenant_id = $1 AND m.type = 'signaleringsoverleg'
        AND EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id) ORDER BY m.starts_at LIMIT 1`,
    [lb],
  );
  ids.item = await first(
    q,
    'SELECT id AS v FROM agenda_item WHERE meeting_id = $1 ORDER BY position LIMIT 1',
    [ids.meeting],
  );
  ids.school = await org('school');
  ids.police = await org('politie');
  ids.contribution = await first(q, 'SELECT id AS v FROM contribution WHERE tenant_id = $1 LIMIT 1', [lb]);
  ids.action = await first(q, 'SELECT id AS v FROM meeting_action WHERE tenant_id = $1 LIMIT 1', [lb]);
  ids.keyFigure = await first(
    q,
    'SELECT id AS v FROM key_figure WHERE tenant_id = $1 ORDER BY name LIMIT 1',
    [lb],
  );
  ids.policyGoal = await first(
    q,
    'SELECT id AS v FROM policy_goal WHERE tenant_id = $1 ORDER BY title LIMIT 1',
    [lb],
  );
  ids.workingElement = await first(
    q,
    'SELECT id AS v FROM working_element WHERE tenant_id = $1 ORDER BY sort LIMIT 1',
    [lb],
  );
  ids.casus = await first(
    q,
    "SELECT id AS v FROM casus WHERE tenant_id = $1 AND phase <> 'afgesloten' AND NOT id = ANY($2::uuid[]) ORDER BY reference LIMIT 1",
    [lb, ggzCases],
  );
  ids.participant = await first(q, 'SELECT id AS v FROM casus_participant WHERE casus_id = $1 LIMIT 1', [
    ids.casus,
  ]);
  ids.measure = await first(q, 'SELECT id AS v FROM casus_measure WHERE casus_id = $1 LIMIT 1', [ids.casus]);
  ids.checklistItem =
    (
      await column(q, 'SELECT id AS v FROM casus_checklist_item WHERE casus_id = $1 LIMIT 1', [ids.casus])
    )[0] ?? '00000000-0000-4000-8000-000000000002';
  ids.networkPerson = await first(q, 'SELECT id AS v FROM casus_network_person WHERE casus_id = $1 LIMIT 1', [
    ids.casus,
  ]);
  ids.relation =
    (
      await column(q, 'SELECT id AS v FROM casus_network_relation WHERE casus_id = $1 LIMIT 1', [ids.casus])
    )[0] ?? '00000000-0000-4000-8000-000000000003';
  ids.familyContact = await first(q, 'SELECT id AS v FROM casus_family_contact WHERE casus_id = $1 LIMIT 1', [
    ids.casus,
  ]);
  ids.user = await first(q, "SELECT id AS v FROM app_user WHERE display_name = 'Sanne de Vries'");
  ids.membership = await first(q, 'SELECT id AS v FROM membership WHERE user_id = $1', [ids.user]);
  ids.category = await first(q, 'SELECT id AS v FROM phenomenon_category WHERE tenant_id = $1 LIMIT 1', [lb]);
  ids.catalogueEntry = await first(
    q,
    'SELECT id AS v FROM measure_catalogue WHERE tenant_id = $1 OR tenant_id IS NULL ORDER BY tenant_id NULLS LAST LIMIT 1',
    [lb],
  );
  // The defaults live in code until a municipality changes one; then there is a row.
  ids.templateItem =
    (await column(q, 'SELECT id AS v FROM checklist_template_item WHERE tenant_id = $1 LIMIT 1', [lb]))[0] ??
    '00000000-0000-4000-8000-000000000004';
  ids.legalBasis = await first(q, 'SELECT id AS v FROM legal_basis LIMIT 1');
  ids.localArticle = await first(
    q,
    'SELECT id AS v FROM kennisbank_article WHERE tenant_id = $1 AND NOT public ORDER BY title_nl LIMIT 1',
    [lb],
  );
  ids.covenant = await first(q, 'SELECT id AS v FROM covenant WHERE tenant_id = $1 ORDER BY title LIMIT 1', [
    lb,
  ]);
  // The demo's interventions and evaluations (src/demo/seed-evaluatie-interventies.ts), when seeded.
  ids.intervention =
    (
      await column(q, 'SELECT id AS v FROM intervention WHERE tenant_id = $1 ORDER BY title LIMIT 1', [lb])
    )[0] ?? '00000000-0000-4000-8000-000000000005';
  ids.interventionEvaluation =
    (
      await column(q, 'SELECT id AS v FROM intervention_evaluation WHERE intervention_id = $1 LIMIT 1', [
        ids.intervention,
      ])
    )[0] ?? '00000000-0000-4000-8000-000000000006';

  // The demo's self-assessment rounds (src/demo/seed-zelfscan.ts): the open one of this year.
  ids.zelfscanRound = await first(
    q,
    "SELECT id AS v FROM zelfscan_round WHERE tenant_id = $1 AND status = 'open' ORDER BY starts_on DESC LIMIT 1",
    [lb],
  );
  // A question of the VAR questionnaire with an evidence hint (a key, not a row).
  ids.zelfscanQuestion = 'var.beleid.capaciteit.aandachtsfunctionaris';
  // The demo has no own questions: a well-formed id of nothing.
  ids.zelfscanOwnQuestion =
    (await column(q, 'SELECT id AS v FROM zelfscan_own_question WHERE tenant_id = $1 LIMIT 1', [lb]))[0] ??
    '00000000-0000-4000-8000-000000000008';

  // The demo's regional agreements (src/demo/seed-regio.ts): one of Lindeburg's region, about Brakelveen.
  ids.agreement =
    (await column(q, 'SELECT id::text AS v FROM regio_agreement ORDER BY starts_on, id LIMIT 1'))[0] ??
    '00000000-0000-4000-8000-000000000007';

  // What a partner outside the demo's cases and meetings may not see: ids, references and names.
  const content = async (exceptCasus: string[], exceptItem: string[]) => [
    ...(await column(q, 'SELECT id::text AS v FROM signal WHERE tenant_id = $1', [lb])),
    ...(await column(q, 'SELECT reference AS v FROM signal WHERE tenant_id = $1', [lb])),
    ...(await column(q, 'SELECT id::text AS v FROM casus WHERE tenant_id = $1 AND NOT id = ANY($2::uuid[])', [
      lb,
      exceptCasus,
    ])),
    ...(await column(
      q,
      'SELECT reference AS v FROM casus WHERE tenant_id = $1 AND NOT id = ANY($2::uuid[])',
      [lb, exceptCasus],
    )),
    ...(await column(
      q,
      `SELECT p.display_name AS v FROM person p WHERE p.tenant_id = $1
          AND NOT EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id AND c.id = ANY($2::uuid[]))`,
      [lb, exceptCasus],
    )),
    ...(await column(q, 'SELECT id::text AS v FROM person WHERE tenant_id = $1', [lb])),
    ...(await column(
      q,
      'SELECT id::text AS v FROM agenda_item WHERE tenant_id = $1 AND NOT id = ANY($2::uuid[])',
      [lb, exceptItem],
    )),
    ...(await column(
      q,
      `SELECT m.id::text AS v FROM meeting m WHERE m.tenant_id = $1
          AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id AND i.id = ANY($2::uuid[]))`,
      [lb, exceptItem],
    )),
    ...(await column(
      q,
      'SELECT id::text AS v FROM contribution WHERE tenant_id = $1 AND NOT item_id = ANY($2::uuid[])',
      [lb, exceptItem],
    )),
    ...(await column(q, 'SELECT id::text AS v FROM meeting_action WHERE tenant_id = $1', [lb])),
    // Full names only: a first name alone ("Bas") also occurs in ordinary words.
    ...(await column(
      q,
      `SELECT n.name AS v FROM casus_network_person n JOIN casus c ON c.id = n.casus_id
        WHERE c.tenant_id = $1 AND n.name LIKE '% %'`,
      [lb],
    )),
  ];
  const nothing = await content([], []);
  forbidden.set('Hanneke Koster', nothing);
  forbidden.set('Ruben Smit', nothing);
  forbidden.set('Fatima Bouzid', await content(ggzCases, ggzItems));
  // Deskundigheid: a partner reads only its own organisation's people of the training register. A person who is
  // also a user goes by the same name in the directory (meetings, the demo sign-in), so only others count.
  for (const [partnerUser, type] of [
    ['Hanneke Koster', 'reclassering'],
    ['Ruben Smit', 'jongerenwerk'],
    ['Fatima Bouzid', 'ggz'],
  ] as const) {
    const others = await column(
      q,
      `SELECT p.name AS v FROM training_person p WHERE p.tenant_id = $1 AND p.organisation_id <> $2
          AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.display_name = p.name)`,
      [lb, await org(type)],
    );
    forbidden.set(partnerUser, [...(forbidden.get(partnerUser) ?? []), ...others]);
  }
  lindeburgDirectory = [
    ...(await column(q, 'SELECT id::text AS v FROM organisation WHERE tenant_id = $1', [lb])),
    ...(await column(
      q,
      `SELECT u.display_name AS v FROM app_user u JOIN membership m ON m.user_id = u.id
         JOIN organisation o ON o.id = m.organisation_id WHERE o.tenant_id = $1`,
      [lb],
    )),
  ];
  forbidden.set('Eva Mulder', [
    ...nothing,
    ...(await column(q, 'SELECT id::text AS v FROM phenomenon_category WHERE tenant_id = $1', [lb])),
    ...(await column(q, 'SELECT id::text AS v FROM covenant WHERE tenant_id = $1', [lb])),
    ...(await column(q, 'SELECT title AS v FROM covenant WHERE tenant_id = $1', [lb])),
    ...(await column(q, 'SELECT id::text AS v FROM kennisbank_article WHERE tenant_id = $1', [lb])),
    ...(await column(q, 'SELECT title_nl AS v FROM kennisbank_article WHERE tenant_id = $1', [lb])),
  ]);

  // The region's users and Brakelveen's: nothing of Lindeburg's content; Oosterveen: no agreement of another.
  for (const name of ['Bram Veenstra', 'Yara Kok', 'Wim de Haan', 'Els Brouwer'])
    forbidden.set(name, nothing);
  const oosterveen = await first(q, "SELECT id AS v FROM organisation WHERE name = 'Gemeente Oosterveen'");
  forbidden.set('Eva Mulder', [
    ...(forbidden.get('Eva Mulder') ?? []),
    ...(await column(q, 'SELECT id::text AS v FROM regio_agreement WHERE municipality_id <> $1', [
      oosterveen,
    ])),
  ]);

  // Content in the other municipality, sent through its public form: no one of Lindeburg may see it.
  const other = await first(q, "SELECT id AS v FROM organisation WHERE name = 'Gemeente Oosterveen'");
  const anon = new TestClient(t.app);
  await anon.refreshSession();
  const report = await anon.post('/api/public/meldingen', {
    municipalityId: other,
    kind: 'melding',
    reporter: { kind: 'anoniem' },
    observations: [{ description: 'Deelt oproepen tot geweld in een appgroep.', source: 'eigen_waarneming' }],
    persons: [{ name: 'Quirijn Oosterveld-Walk' }],
  });
  expect(report.statusCode, report.body).toBe(201);
  otherTenantMarkers = [report.json().reference, 'Quirijn Oosterveld-Walk'];
}, 180_000);
afterAll(() => t?.close());

/**
 * What an outsider may get: as the step says, else, for an operation about one object (a path parameter),
 * nothing ('refused'): the region's users and the small municipality's are outsiders to every Lindeburg object.
 */
function outsiderOf(op: Operation, step: Step | undefined): Step['outsider'] {
  return step?.outsider ?? (op.path.includes('{') ? 'refused' : undefined);
}

function allows(op: Operation, role: string | null): boolean {
  const rule = op.access.allowed;
  if (rule === 'public') return true;
  if (role === null) return false;
  return rule === 'signedIn' || rule.includes(role);
}

function demoValue(v: Obj | string): string {
  return (ids as Record<string, string>)[v] ?? v;
}

function urlFor(op: Operation, step: Step): string {
  const params = Object.fromEntries(Object.entries(step.params ?? {}).map(([k, v]) => [k, ids[v]]));
  const query: Record<string, string> = {};
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    const given = step.query?.[p.name];
    if (given) query[p.name] = demoValue(given);
    else if (p.required) query[p.name] = String(sample(p.schema));
  }
  return urlOf(op, params, query);
}

describe('authorization walk over every operation of /api/openapi.json', () => {
  it('has a line in the walk for exactly the operations of the API', () => {
    expect(Object.keys(WALK).sort()).toEqual(ops.map((o) => o.key).sort());
  });

  it('says for every operation that admits an outsider what it may get', () => {
    const undecided = ops.filter(
      (op) =>
        ACTORS.some((a) => !a.insider && a.role && allows(op, a.role)) &&
        WALK[op.key] &&
        outsiderOf(op, WALK[op.key]) === undefined,
    );
    expect(undecided.map((o) => o.key)).toEqual([]);
  });

  it('GGZ sees its one casusoverleg item, which the partners in nothing do not', async () => {
    const ggz = new TestClient(t.app);
    await ggz.signInAsDemo('Fatima Bouzid');
    expect((await ggz.get(`/api/agendapunten/${ggzItem}`)).statusCode).toBe(200);
    const reclassering = new TestClient(t.app);
    await reclassering.signInAsDemo('Hanneke Koster');
    expect([403, 404]).toContain((await reclassering.get(`/api/agendapunten/${ggzItem}`)).statusCode);
  });

  it('reaches no data the rules exclude, for any role or partner', async () => {
    const findings: string[] = [];
    let calls = 0;
    const started = Date.now();
    for (const actor of ACTORS) {
      const c = new TestClient(t.app);
      if (actor.name) await c.signInAsDemo(actor.name);
      else await c.refreshSession();
      const markers = [...(forbidden.get(actor.name ?? '') ?? []), ...otherTenantMarkers];
      const ordered = [...ops].sort(
        (a, b) => Number(WALK[a.key]?.last ?? 0) - Number(WALK[b.key]?.last ?? 0),
      );
      for (const op of ordered) {
        const step = WALK[op.key];
        if (!step) continue;
        const allowed = allows(op, actor.role);
        const safe = op.method === 'GET';
        // Who may change things does so in the tests of each area; the walk only reads as them.
        if (!safe && allowed && actor.insider) continue;
        // Signing out ends the walk of a signed-in actor; the anonymous one has nothing to end.
        const res = await c.request(op.method, urlFor(op, step), safe ? undefined : sample(op.body ?? {}));
        calls += 1;
        const where = `${actor.label}: ${op.key} -> ${res.statusCode}`;
        const type = String(res.headers['content-type'] ?? '');
        if (res.statusCode >= 500) findings.push(`${where} (server error) ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400 && !type.startsWith('application/problem+json')) {
          findings.push(`${where} is not problem+json (${type})`);
        }
        if (!allowed && ![401, 403].includes(res.statusCode)) {
          findings.push(`${where}: the route rule leaves this role out`);
        }
        if (allowed && !actor.insider && outsiderOf(op, step) === 'refused' && res.statusCode < 300) {
          findings.push(`${where}: an outsider reached a demo object`);
        }
        const directory = actor.name === 'Eva Mulder' && !step.directory ? lindeburgDirectory : [];
        const leaked = [...markers, ...directory].filter((m) => res.body.includes(m));
        if (leaked.length > 0) findings.push(`${where}: answer carries ${leaked.slice(0, 3).join(', ')}`);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`authorization walk: ${calls} calls by ${ACTORS.length} actors in ${seconds.toFixed(1)} s`);
    expect(findings).toEqual([]);
    expect(calls).toBeGreaterThan(ops.length * 4);
  }, 600_000);
});
