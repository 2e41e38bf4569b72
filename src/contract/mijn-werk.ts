import { type Static, Type } from 'typebox';
import { MEETING_TYPES } from '../domain/overleg/types.js';
import { DateOnly, Nullable, Timestamp, Uuid } from './primitives.js';

/** The kinds of work "Mijn werk" gathers, each done on its own screen. */
export const WORK_KINDS = ['overleg', 'melding', 'evaluatie', 'checklist', 'familie', 'actie'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** The deadline groups of the home page: past, today, the coming seven days, the seven after. */
export const WORK_GROUPS = ['te_laat', 'vandaag', 'deze_week', 'volgende_week'] as const;
export type WorkGroup = (typeof WORK_GROUPS)[number];

/**
 * One thing to do, by reference only: the meeting's title, the signal's or the case's reference, never the
 * name of a person. `id` is the record the link opens (the meeting, the signal, the case, the action).
 */
export const WorkItem = Type.Object({
  kind: Type.Enum(WORK_KINDS),
  id: Uuid,
  /** A signal's or a case's reference, or the title of the meeting (of the action). */
  label: Type.String(),
  dueOn: DateOnly,
  /** Meetings only: when it starts, its kind, and whether the signed-in user chairs it. */
  startsAt: Nullable(Timestamp),
  meetingType: Nullable(Type.Enum(MEETING_TYPES)),
  chair: Type.Boolean(),
  /** A case's open checklist items or family follow-ups with a term in this group (1 for other kinds). */
  count: Type.Integer({ minimum: 1 }),
});
export type WorkItem = Static<typeof WorkItem>;

/** One kind of work within a deadline group: the first few, and how many more there are. */
export const WorkOfKind = Type.Object({
  kind: Type.Enum(WORK_KINDS),
  items: Type.Array(WorkItem),
  more: Type.Integer({ minimum: 0, description: 'How many more of this kind are due in this group' }),
});
export type WorkOfKind = Static<typeof WorkOfKind>;

export const MyWork = Type.Object({
  today: DateOnly,
  groups: Type.Array(
    Type.Object({
      group: Type.Enum(WORK_GROUPS),
      /** The last day of the group (the first for 'volgende_week' is the day after 'deze_week'). */
      until: Nullable(DateOnly),
      kinds: Type.Array(WorkOfKind, { description: 'Only the kinds with something due in this group' }),
    }),
  ),
});
export type MyWork = Static<typeof MyWork>;
