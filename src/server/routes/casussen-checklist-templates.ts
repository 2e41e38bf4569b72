import { Type } from 'typebox';
import {
  addChecklistTemplateItem,
  changeChecklistTemplateItem,
  readChecklistTemplates,
  type TemplateItemFields,
} from '../../app/casus/checklist-templates.js';
import {
  AddBody,
  ChangeBody,
  ChecklistTemplate,
  ItemParams,
} from '../../contract/casus-checklist-templates.js';
import { errorResponses, Uuid } from '../../contract/primitives.js';
import type { CASE_DATE_ANCHORS } from '../../domain/casus/checklist-templates.js';
import type { App, ServerDeps } from '../deps.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';
const OBJECT_TYPE = 'checklistsjabloon';

interface FlatFields {
  textNl: string;
  textEn: string;
  dueAnchor?: (typeof CASE_DATE_ANCHORS)[number] | null;
  dueMonths?: number;
  dueDays?: number;
  sort?: number | null;
  active?: boolean;
}

function fields(b: FlatFields): TemplateItemFields {
  const base = { nl: b.textNl, en: b.textEn, sort: b.sort ?? null };
  const due = b.dueAnchor
    ? {
        anchor: b.dueAnchor,
        ...(b.dueMonths !== undefined ? { months: b.dueMonths } : {}),
        ...(b.dueDays !== undefined ? { days: b.dueDays } : {}),
      }
    : null;
  return b.active === undefined ? { ...base, due } : { ...base, due, active: b.active };
}

/** The situation checklists per municipality (beheer), beside the measure catalogue. */
export async function casusChecklistTemplateRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/casussen/checklistsjablonen',
    {
      config: { access: 'casus.catalogue' },
      schema: {
        tags: [TAG],
        summary:
          'The situation checklists of the municipality: the factsheet items merged with its own; ' +
          'beheer also sees the items switched off',
        response: { 200: Type.Array(ChecklistTemplate), ...errorResponses },
      },
    },
    async (request) => readChecklistTemplates(caseContextOf(deps, request)),
  );

  app.post(
    '/api/casussen/checklistsjablonen',
    {
      config: { access: 'casus.manageCatalogue' },
      schema: {
        tags: [TAG],
        summary:
          'Adds an own item to a situation checklist; with the code of a factsheet item it replaces that one ' +
          '(active: false switches it off). Checklists already in a case do not change.',
        body: AddBody,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = caseContextOf(deps, request);
      const b = request.body;
      const r = await addChecklistTemplateItem(ctx, { ...fields(b), kind: b.kind, code: b.code });
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.patch(
    '/api/casussen/checklistsjablonen/:itemId',
    {
      config: { access: 'casus.manageCatalogue' },
      schema: {
        tags: [TAG],
        summary: "Changes one of the municipality's own checklist items (text, due rule, order, on or off)",
        params: ItemParams,
        body: ChangeBody,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { itemId } = request.params;
      const r = await changeChecklistTemplateItem(ctx, itemId, {
        ...fields(request.body),
        version: request.body.version,
      });
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, itemId);
      return { version: r.version };
    },
  );
}
