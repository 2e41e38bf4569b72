import { type TSchema, Type } from 'typebox';
import {
  addChecklistTemplateItem,
  changeChecklistTemplateItem,
  readChecklistTemplates,
  type TemplateItemFields,
} from '../../app/casus/checklist-templates.js';
import { CASE_DATE_ANCHORS, TEMPLATE_LIMITS } from '../../domain/casus/checklist-templates.js';
import { CHECKLIST_KINDS } from '../../domain/casus/checklists.js';
import type { App, ServerDeps } from '../deps.js';
import { errorResponses, Uuid } from '../../contract/primitives.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';
const OBJECT_TYPE = 'checklistsjabloon';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Label = Type.Object({ nl: Type.String(), en: Type.String() });
const Anchor = Type.Enum(CASE_DATE_ANCHORS);

const TemplateItem = Type.Object({
  id: Nullable(Uuid),
  code: Type.String(),
  text: Label,
  due: Nullable(Type.Object({ anchor: Anchor, months: Type.Integer(), days: Type.Integer() })),
  sort: Type.Integer(),
  origin: Type.Union([Type.Literal('factsheet'), Type.Literal('aangepast'), Type.Literal('eigen')], {
    description: 'factsheet: unchanged; aangepast: an own item replaces it; eigen: added by the municipality',
  }),
  active: Type.Boolean(),
  version: Nullable(Type.Integer()),
});

const ChecklistTemplate = Type.Object({
  kind: Type.Enum(CHECKLIST_KINDS),
  label: Label,
  items: Type.Array(TemplateItem),
});

// The domain checks content (code pattern, empty text, ranges) so the answer names the field in both
// languages; the schema only bounds the shape.
const ItemFields = {
  textNl: Type.String({ maxLength: TEMPLATE_LIMITS.text * 2 }),
  textEn: Type.String({ maxLength: TEMPLATE_LIMITS.text * 2 }),
  dueAnchor: Type.Optional(Nullable(Anchor)),
  dueMonths: Type.Optional(Type.Integer({ description: 'Months after the anchor date' })),
  dueDays: Type.Optional(Type.Integer({ description: 'Days after the anchor date (after the months)' })),
  sort: Type.Optional(Nullable(Type.Integer())),
  active: Type.Optional(Type.Boolean()),
};

const AddBody = Type.Object(
  {
    kind: Type.Enum(CHECKLIST_KINDS),
    code: Type.String({ maxLength: 60, description: 'a-z, 0-9 and _; a factsheet code replaces that item' }),
    ...ItemFields,
  },
  { additionalProperties: false },
);
const ChangeBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version last read; a stale one is answered 409' }),
    ...ItemFields,
  },
  { additionalProperties: false },
);
const ItemParams = Type.Object({ itemId: Uuid });

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
