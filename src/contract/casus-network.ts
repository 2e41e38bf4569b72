import { type Static, Type } from 'typebox';
import { NETWORK_LIMITS, NETWORK_LINK_KINDS, NETWORK_RELATIONS } from '../domain/casus/network.js';
import { fillIn, LastSaved, Nullable, Uuid, Version } from './primitives.js';

export const PersonParams = Type.Object({ id: Uuid, personId: Uuid });
export type PersonParams = Static<typeof PersonParams>;
export const RelationParams = Type.Object({ id: Uuid, relationId: Uuid });
export type RelationParams = Static<typeof RelationParams>;

export const PersonFields = {
  name: fillIn(
    Type.String({ minLength: 1, maxLength: NETWORK_LIMITS.name, description: 'A name or description' }),
    'Vul de naam of een omschrijving van de persoon in.',
    'Enter the name or a description of the person.',
  ),
  relation: fillIn(
    Type.Enum(NETWORK_RELATIONS, { description: 'How the person relates to the subject of the case' }),
    'Kies de relatie tot de persoon van de casus.',
    'Choose the relation to the person of the case.',
  ),
  relationNote: Type.Optional(Type.String({ maxLength: NETWORK_LIMITS.relationNote })),
  vulnerability: Type.Optional(
    Type.String({ maxLength: NETWORK_LIMITS.vulnerability, description: 'A professional note in words' }),
  ),
  preventiveCare: Type.Boolean({ description: 'Whether preventive care is arranged' }),
  preventiveCareNote: Type.Optional(Type.String({ maxLength: NETWORK_LIMITS.careNote })),
  linkedPersonId: Type.Optional(Nullable(Uuid)),
  linkedCasusId: Type.Optional(Nullable(Uuid)),
};
export const CreatePersonBody = Type.Object(PersonFields, { additionalProperties: false });
export type CreatePersonBody = Static<typeof CreatePersonBody>;
export const UpdatePersonBody = Type.Object(
  { ...PersonFields, version: Version },
  { additionalProperties: false },
);
export type UpdatePersonBody = Static<typeof UpdatePersonBody>;

export const RelationFields = {
  fromPersonId: fillIn(Uuid, 'Kies de eerste persoon.', 'Choose the first person.'),
  toPersonId: fillIn(Uuid, 'Kies de tweede persoon.', 'Choose the second person.'),
  kind: fillIn(
    Type.Enum(NETWORK_LINK_KINDS, { description: "'ouder_van' reads from the first person to the second" }),
    'Kies de soort relatie.',
    'Choose the kind of relation.',
  ),
  note: Type.Optional(Type.String({ maxLength: NETWORK_LIMITS.relationNote })),
};
export const CreateRelationBody = Type.Object(RelationFields, { additionalProperties: false });
export type CreateRelationBody = Static<typeof CreateRelationBody>;
export const UpdateRelationBody = Type.Object(
  { ...RelationFields, version: Version },
  { additionalProperties: false },
);
export type UpdateRelationBody = Static<typeof UpdateRelationBody>;

export const NetworkPerson = Type.Object({
  id: Uuid,
  name: Type.String(),
  relation: Type.Enum(NETWORK_RELATIONS),
  relationNote: Type.String(),
  vulnerability: Type.String(),
  preventiveCare: Type.Boolean(),
  preventiveCareNote: Type.String(),
  linkedPerson: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  linkedCase: Nullable(Type.Object({ id: Uuid, reference: Type.String() })),
  ...LastSaved,
});
export type NetworkPerson = Static<typeof NetworkPerson>;
export const NetworkRelationRecord = Type.Object({
  id: Uuid,
  fromPersonId: Uuid,
  toPersonId: Uuid,
  kind: Type.Enum(NETWORK_LINK_KINDS),
  note: Type.String(),
  version: Type.Integer(),
});
export type NetworkRelationRecord = Static<typeof NetworkRelationRecord>;
export const Network = Type.Object({
  subject: Type.Object({ id: Uuid, name: Type.String() }),
  persons: Type.Array(NetworkPerson),
  relations: Type.Array(NetworkRelationRecord),
  mayEdit: Type.Boolean(),
});
export type Network = Static<typeof Network>;
export const Created = Type.Object({ id: Uuid, version: Type.Integer() });
export type Created = Static<typeof Created>;
