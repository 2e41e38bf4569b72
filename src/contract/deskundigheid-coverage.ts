import { type Static, Type } from 'typebox';
import { TARGET_GROUP_SIDES, TRAINING_LEVELS } from '../domain/deskundigheid/curriculum.js';
import { DerivedSchema, PeriodId } from './analyse.js';
import { DateOnly, Label } from './primitives.js';

/**
 * The coverage of the curriculum (issue 16): per target group the people trained at the required level, all
 * its people and the share, by department or partner organisation, over the last quarters, and the participants
 * by sector. Every count is the disclosure control's (src/domain/analyse): published, or suppressed ("·");
 * a share only from published counts on a base of at least k. No person is named.
 */

export const CoverageQuery = Type.Object(
  { peildatum: Type.Optional(DateOnly) },
  { additionalProperties: false },
);
export type CoverageQuery = Static<typeof CoverageQuery>;

/** A protected count: the number, or suppressed. */
export const CountMark = Type.Union([
  Type.Object({ value: Type.Integer({ minimum: 0 }) }),
  Type.Object({ suppressed: Type.Literal(true) }),
]);
export type CountMark = Static<typeof CountMark>;

export const CoverageFigure = Type.Object({
  trained: CountMark,
  people: CountMark,
  share: DerivedSchema,
});
export type CoverageFigure = Static<typeof CoverageFigure>;

export const CoverageUnitSchema = Type.Object({
  kind: Type.Union([Type.Literal('afdeling'), Type.Literal('organisatie')]),
  /** The department, or the partner organisation's name. */
  name: Type.String(),
  figure: CoverageFigure,
});

export const CoverageGroupSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  side: Type.Enum(TARGET_GROUP_SIDES),
  requiredLevel: Type.Enum(TRAINING_LEVELS),
  figure: CoverageFigure,
  units: Type.Array(CoverageUnitSchema),
});
export type CoverageGroupJson = Static<typeof CoverageGroupSchema>;

export const CoverageQuarter = Type.Object({
  id: PeriodId,
  label: Label,
  /** The day counted: the quarter's last day, or the day asked for in the running quarter. */
  day: DateOnly,
});

export const CoverageTrend = Type.Object({
  quarters: Type.Array(CoverageQuarter),
  groups: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), figures: Type.Array(CoverageFigure) }),
  ),
});

export const SectorRow = Type.Object({ sector: Type.String(), label: Label, participants: CountMark });

export const CoverageReport = Type.Object({
  day: DateOnly,
  k: Type.Integer(),
  /** Too many small cells to protect: nothing of the report is published. */
  exhausted: Type.Boolean(),
  total: CoverageFigure,
  groups: Type.Array(CoverageGroupSchema),
  trend: CoverageTrend,
  sectors: Type.Object({
    from: DateOnly,
    /** The day after the last day counted. */
    to: DateOnly,
    rows: Type.Array(SectorRow),
    total: CountMark,
  }),
});
export type CoverageReport = Static<typeof CoverageReport>;
