import { Type } from 'typebox';
import { markCaseStatistics } from '../../app/analyse/exclusion.js';
import {
  addParticipant,
  changeCasePhase,
  changeCaseSituation,
  closeCase,
  endParticipation,
  readCase,
  recordReview,
} from '../../app/casus/case-file.js';
import { listCases } from '../../app/casus/case-list.js';
import { changeChecklistItem, readChecklists } from '../../app/casus/checklists.js';
import {
  addCatalogueEntry,
  changeMeasure,
  changePlan,
  createMeasure,
  readCatalogue,
  readMeasures,
  readPlan,
  removeMeasure,
  switchCatalogueEntry,
} from '../../app/casus/plan.js';
import { ExclusionBody, ExclusionState } from '../../contract/analyse.js';
import {
  CaseDetail,
  CaseListQuery,
  CasePage,
  CaseParams,
  CatalogueBody,
  CatalogueEntry,
  CatalogueParams,
  CatalogueSwitchBody,
  Changed,
  Checklist,
  ClosureBody,
  CreateMeasureBody,
  EndParticipationBody,
  ItemBody,
  ItemParams,
  Measure,
  MeasureParams,
  ParticipantBody,
  ParticipantCreated,
  ParticipantParams,
  PhaseBody,
  Plan,
  PlanBody,
  PlanSaved,
  ReviewBody,
  ReviewRecorded,
  SituationBody,
  SituationChanged,
  UpdateMeasureBody,
  VersionQuery,
} from '../../contract/casussen.js';
import { ParticipantAdded } from '../../contract/netwerk-covenants.js';
import { errorResponses, Uuid } from '../../contract/primitives.js';
import { findDossier } from '../../db/casus-dossier.js';
import type { App, ServerDeps } from '../deps.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';

/**
 * The case module (casus en persoonsgerichte aanpak). Every route decides need to know per case on each
 * request (src/domain/casus/participation.ts); a refusal is answered 404 and logged. Every read and write
 * is logged with the person the case is about.
 */
export async function casusRoutes(app: App, deps: ServerDeps): Promise<void> {
  const caseVersion = async (id: string) => (await findDossier(deps.db, id))?.version ?? 0;

  app.get(
    '/api/casussen',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary:
          'One page of the cases the user may see now (all of the own municipality for the officer and the ' +
          'mayor, the open cases a partner takes part in): filter by phase, situation, regisseur, ' +
          'participating organisation, overdue review; search by case number (or name); sort; cursor pages',
        querystring: CaseListQuery,
        response: { 200: CasePage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await listCases(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'casus_list', '');
      return { items: r.items, nextCursor: r.nextCursor, exactId: r.exactId };
    },
  );

  app.get(
    '/api/casussen/maatregelcatalogus',
    {
      config: { access: 'casus.catalogue' },
      schema: {
        tags: [TAG],
        summary:
          'The measure catalogue of the municipality (shared list plus its own entries), by track; ' +
          'beheer also sees the entries switched off',
        response: { 200: Type.Array(CatalogueEntry), ...errorResponses },
      },
    },
    async (request) => readCatalogue(caseContextOf(deps, request)),
  );

  app.post(
    '/api/casussen/maatregelcatalogus',
    {
      config: { access: 'casus.manageCatalogue' },
      schema: {
        tags: [TAG],
        summary:
          'Adds an own entry to the catalogue; with the code of a shared entry it replaces that one ' +
          '(active: false switches it off)',
        body: CatalogueBody,
        response: { 201: ParticipantCreated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const b = request.body;
      const r = await addCatalogueEntry(ctx, {
        code: b.code,
        track: b.track,
        labelNl: b.labelNl,
        labelEn: b.labelEn,
        legalBasis: b.legalBasis ?? null,
        active: b.active ?? true,
      });
      if (!r.ok) throw await failure(ctx, r, 'maatregelcatalogus', '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.patch(
    '/api/casussen/maatregelcatalogus/:entryId',
    {
      config: { access: 'casus.manageCatalogue' },
      schema: {
        tags: [TAG],
        summary: "Switches one of the municipality's own catalogue entries on or off",
        params: CatalogueParams,
        body: CatalogueSwitchBody,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await switchCatalogueEntry(ctx, request.params.entryId, request.body.active);
      if (!r.ok) throw await failure(ctx, r, 'maatregelcatalogus', request.params.entryId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/casussen/:id',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary: 'One case with its participants and timeline',
        params: CaseParams,
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readCase(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.detail;
    },
  );

  app.post(
    '/api/casussen/:id/deelnemers',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a partner organisation (optionally one named person of it) to the case',
        params: CaseParams,
        body: ParticipantBody,
        response: { 201: ParticipantAdded, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await addParticipant(ctx, request.params.id, {
        organisationId: request.body.organisationId,
        userId: request.body.userId ?? null,
        role: request.body.role,
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return reply.status(201).send({ id: r.participantId, covenantWarning: r.covenantWarning });
    },
  );

  app.post(
    '/api/casussen/:id/deelnemers/:participantId/beeindigen',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Ends a participation at once: the partner no longer sees the case from its next request on',
        params: ParticipantParams,
        body: EndParticipationBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id, participantId } = request.params;
      const r = await endParticipation(ctx, id, participantId, request.body.reason?.trim() || null);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id, version: await caseVersion(id) };
    },
  );

  app.put(
    '/api/casussen/:id/statistiek',
    {
      config: { access: 'casus.statistics' },
      schema: {
        tags: [TAG],
        summary:
          'Leaves the case out of the figures of the analysis (test, dubbel, niet_voor_statistiek; a reason is required) or, with null, puts it back; also a closed case',
        params: CaseParams,
        body: ExclusionBody,
        response: {
          200: Type.Object({ id: Uuid, version: Type.Integer(), statistics: ExclusionState }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id } = request.params;
      const r = await markCaseStatistics(ctx, id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id, version: r.version, statistics: r.statistics };
    },
  );

  app.post(
    '/api/casussen/:id/fase',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Moves the case to another phase by a recorded decision (with its reason)',
        params: CaseParams,
        body: PhaseBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id } = request.params;
      const r = await changeCasePhase(ctx, id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id, version: await caseVersion(id) };
    },
  );

  app.post(
    '/api/casussen/:id/situatie',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Changes the situation (for example uitgereisd) by a recorded decision; creates the checklist it brings',
        params: CaseParams,
        body: SituationBody,
        response: { 200: SituationChanged, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id } = request.params;
      const r = await changeCaseSituation(ctx, id, {
        ...request.body,
        occurredOn: request.body.occurredOn ?? null,
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id, version: await caseVersion(id), checklistId: r.checklistId };
    },
  );

  app.post(
    '/api/casussen/:id/evaluatie',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Records that the case was reviewed and sets the next review (default: three months on)',
        params: CaseParams,
        body: ReviewBody,
        response: { 200: ReviewRecorded, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id } = request.params;
      const r = await recordReview(ctx, id, {
        version: request.body.version,
        note: request.body.note?.trim() ?? '',
        nextReviewOn: request.body.nextReviewOn ?? null,
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id, version: await caseVersion(id), nextReviewOn: r.nextReviewOn };
    },
  );

  app.post(
    '/api/casussen/:id/afsluiten',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Closes the case with its reason; every participation ends',
        params: CaseParams,
        body: ClosureBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id } = request.params;
      const r = await closeCase(ctx, id, { ...request.body, note: request.body.note ?? '' });
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id, version: await caseVersion(id) };
    },
  );

  // -------------------------------------------------------------------------------------------------
  // Plan van aanpak and measures

  app.get(
    '/api/casussen/:id/plan',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary: 'The plan van aanpak: goals, drivers (in words), protective factors, impact on surroundings',
        params: CaseParams,
        response: { 200: Plan, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readPlan(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.plan;
    },
  );

  app.put(
    '/api/casussen/:id/plan',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Saves the plan van aanpak. Needs the version last read (0 for the first save).',
        params: CaseParams,
        body: PlanBody,
        response: { 200: PlanSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await changePlan(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return { version: r.version };
    },
  );

  app.get(
    '/api/casussen/:id/maatregelen',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary: 'The measures of the plan in three tracks (strafrechtelijk, bestuurlijk, zorg)',
        params: CaseParams,
        response: { 200: Type.Array(Measure), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readMeasures(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.measures;
    },
  );

  app.post(
    '/api/casussen/:id/maatregelen',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Adds a measure (from the catalogue or own text); a bestuurlijk measure needs its legal basis',
        params: CaseParams,
        body: CreateMeasureBody,
        response: { 201: Changed, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const r = await createMeasure(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.patch(
    '/api/casussen/:id/maatregelen/:measureId',
    {
      config: { access: 'casus.measure' },
      schema: {
        tags: [TAG],
        summary:
          'Changes a measure (the regie; a participant its own organisation’s measures: dates, status and ' +
          'evaluation). Needs the version last read.',
        params: MeasureParams,
        body: UpdateMeasureBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id, measureId } = request.params;
      const r = await changeMeasure(ctx, id, measureId, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id: measureId, version: r.version };
    },
  );

  app.delete(
    '/api/casussen/:id/maatregelen/:measureId',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Removes a measure entered by mistake (recorded in the timeline). Needs ?version=.',
        params: MeasureParams,
        querystring: VersionQuery,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const { id, measureId } = request.params;
      const r = await removeMeasure(ctx, id, measureId, request.query.version);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return reply.status(204).send(null);
    },
  );

  // -------------------------------------------------------------------------------------------------
  // Situation checklists

  app.get(
    '/api/casussen/:id/checklists',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: [TAG],
        summary: 'The situation checklists of the case (VNG/NGB factsheet), with due dates and overdue flags',
        params: CaseParams,
        response: { 200: Type.Array(Checklist), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readChecklists(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.checklists;
    },
  );

  app.patch(
    '/api/casussen/:id/checklistpunten/:itemId',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary: 'Marks a checklist item done or not applicable (with a note), or open again',
        params: ItemParams,
        body: ItemBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id, itemId } = request.params;
      const r = await changeChecklistItem(ctx, id, itemId, {
        ...request.body,
        note: request.body.note ?? '',
      });
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { id: itemId, version: r.version };
    },
  );
}
