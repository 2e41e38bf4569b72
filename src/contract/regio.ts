import { type Static, Type } from 'typebox';
import { AGREEMENT_LIMITS, AGREEMENT_STATUSES, REGIO_TASKS } from '../domain/regio/agreements.js';
import { DateOnly, fillIn, LastSaved, Nullable, Opt, Ref, Timestamp, Uuid, Version } from './primitives.js';

/** Regional cooperation: the agreements between a region and its municipalities (src/domain/regio/). */

export const AgreementParams = Type.Object({ id: Uuid });
export type AgreementParams = Static<typeof AgreementParams>;

export const AgreementListQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    gemeente: Type.Optional(Uuid),
    taak: Type.Optional(Type.Enum(REGIO_TASKS)),
  },
  { additionalProperties: false },
);
export type AgreementListQuery = Static<typeof AgreementListQuery>;

export const AgreementSummary = Type.Object({
  id: Uuid,
  region: Ref,
  municipality: Ref,
  task: Type.Enum(REGIO_TASKS),
  actingMunicipality: Nullable(Ref),
  status: Type.Enum(AGREEMENT_STATUSES),
  startsOn: DateOnly,
  endsOn: Nullable(DateOnly),
  endedOn: Nullable(DateOnly),
});
export type AgreementSummary = Static<typeof AgreementSummary>;

export const AgreementPage = Type.Object({
  agreements: Type.Array(AgreementSummary),
  nextCursor: Nullable(Type.String()),
  mayManage: Type.Boolean(),
});
export type AgreementPage = Static<typeof AgreementPage>;

export const AgreementDetail = Type.Object({
  ...AgreementSummary.properties,
  covenant: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
  note: Type.String(),
  endReason: Nullable(Type.String()),
  endedByName: Nullable(Type.String()),
  /** How many open records the region (or the larger municipality) works under this agreement now. */
  openWork: Type.Integer(),
  createdAt: Timestamp,
  createdByName: Type.String(),
  mayManage: Type.Boolean(),
  ...LastSaved,
});
export type AgreementDetail = Static<typeof AgreementDetail>;

export const CreateAgreementBody = Type.Object(
  {
    municipalityId: fillIn(Uuid, 'Kies de gemeente.', 'Choose the municipality.'),
    task: fillIn(Type.Enum(REGIO_TASKS), 'Kies de taak.', 'Choose the task.'),
    actingMunicipalityId: Opt(Uuid),
    covenantId: Opt(Uuid),
    startsOn: fillIn(DateOnly, 'Vul de ingangsdatum in.', 'Enter the start date.'),
    endsOn: Opt(DateOnly),
    note: Type.Optional(Type.String({ maxLength: AGREEMENT_LIMITS.note })),
  },
  { additionalProperties: false },
);
export type CreateAgreementBody = Static<typeof CreateAgreementBody>;

export const EndAgreementBody = Type.Object(
  {
    version: Version,
    reason: fillIn(
      Type.String({ maxLength: AGREEMENT_LIMITS.endReason }),
      'Schrijf op waarom de afspraak eindigt.',
      'Write down why the agreement ends.',
    ),
  },
  { additionalProperties: false },
);
export type EndAgreementBody = Static<typeof EndAgreementBody>;

export const AgreementSaved = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  /** Ending: how many open records went back to the municipality. */
  handedBack: Type.Optional(Type.Integer()),
});
export type AgreementSaved = Static<typeof AgreementSaved>;

/** What the form offers: the region's municipalities and the covenants of the region and its members. */
export const AgreementChoices = Type.Object({
  region: Nullable(Ref),
  municipalities: Type.Array(Ref),
  covenants: Type.Array(Type.Object({ id: Uuid, title: Type.String(), tenant: Type.String() })),
});
export type AgreementChoices = Static<typeof AgreementChoices>;
