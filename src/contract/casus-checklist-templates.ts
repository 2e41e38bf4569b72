import { type Static, Type } from 'typebox';
import { CASE_DATE_ANCHORS, TEMPLATE_LIMITS } from '../domain/casus/checklist-templates.js';
import { CHECKLIST_KINDS } from '../domain/casus/checklists.js';
import { Label, Nullable, Uuid } from './primitives.js';

export const Anchor = Type.Enum(CASE_DATE_ANCHORS);

export const TemplateItem = Type.Object({
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
export type TemplateItem = Static<typeof TemplateItem>;

export const ChecklistTemplate = Type.Object({
  kind: Type.Enum(CHECKLIST_KINDS),
  label: Label,
  items: Type.Array(TemplateItem),
});
export type ChecklistTemplate = Static<typeof ChecklistTemplate>;

// The domain checks content (code pattern, empty text, ranges) so the answer names the field in both
// languages; the schema only bounds the shape.
export const ItemFields = {
  textNl: Type.String({ maxLength: TEMPLATE_LIMITS.text * 2 }),
  textEn: Type.String({ maxLength: TEMPLATE_LIMITS.text * 2 }),
  dueAnchor: Type.Optional(Nullable(Anchor)),
  dueMonths: Type.Optional(Type.Integer({ description: 'Months after the anchor date' })),
  dueDays: Type.Optional(Type.Integer({ description: 'Days after the anchor date (after the months)' })),
  sort: Type.Optional(Nullable(Type.Integer())),
  active: Type.Optional(Type.Boolean()),
};

export const AddBody = Type.Object(
  {
    kind: Type.Enum(CHECKLIST_KINDS),
    code: Type.String({ maxLength: 60, description: 'a-z, 0-9 and _; a factsheet code replaces that item' }),
    ...ItemFields,
  },
  { additionalProperties: false },
);
export type AddBody = Static<typeof AddBody>;
export const ChangeBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version last read; a stale one is answered 409' }),
    ...ItemFields,
  },
  { additionalProperties: false },
);
export type ChangeBody = Static<typeof ChangeBody>;
export const ItemParams = Type.Object({ itemId: Uuid });
export type ItemParams = Static<typeof ItemParams>;
