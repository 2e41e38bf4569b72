import { Type } from 'typebox';
import { NETWORK_LIMITS, NETWORK_LINK_KINDS, NETWORK_RELATIONS } from '../domain/casus/network.js';
import { Nullable, Timestamp, Uuid, Version } from './primitives.js';

export const PersonParams = Type.Object({ id: Uuid, personId: Uuid });
export const RelationParams = Type.Object({ id: Uuid, relationId: Uuid });

export const PersonFields = {
  name: Type.String({ minLength: 1, maxLength: NETWORK_LIMITS.name, description: 'A name or description' }),
  relation: Type.Enum(NETWORK_RELATIONS, {
    description: 'How the person relates to the subject of the case',
  }),
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
export const UpdatePersonBody = Type.Object(
  { ...PersonFields, version: Version },
  { additionalProperties: false },
);

export const RelationFields = {
  fromPersonId: Uuid,
  toPersonId: Uuid,
  kind: Type.Enum(NETWORK_LINK_KINDS, {
    description: "'ouder_van' reads from the first person to the second",
  }),
  note: Type.Optional(Type.String({ maxLength: NETWORK_LIMITS.relationNote })),
};
export const CreateRelationBody = Type.Object(RelationFields, { additionalProperties: false });
export const UpdateRelationBody = Type.Object(
  { ...RelationFields, version: Version },
  { additionalProperties: false },
);

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
  updatedAt: Timestamp,
  updatedBy: Nullable(Type.String()),
  version: Type.Integer(),
});
export const NetworkRelation = Type.Object({
  id: Uuid,
  fromPersonId: Uuid,
  toPersonId: Uuid,
  kind: Type.Enum(NETWORK_LINK_KINDS),
  note: Type.String(),
  version: Type.Integer(),
});
export const Network = Type.Object({
  subject: Type.Object({ id: Uuid, name: Type.String() }),
  persons: Type.Array(NetworkPerson),
  relations: Type.Array(NetworkRelation),
  mayEdit: Type.Boolean(),
});
export const Created = Type.Object({ id: Uuid, version: Type.Integer() });
