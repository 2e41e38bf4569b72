import { type Static, Type } from 'typebox';
import { ACTION_STATUSES } from '../domain/overleg/types.js';
import { ANSWER_KINDS, HINT_VERDICTS, ROUND_STATUSES, ZELFSCAN_LIMITS } from '../domain/zelfscan/rounds.js';
import { HINT_KINDS, MODULE_KEYS, TEMPLATE_IDS } from '../domain/zelfscan/templates.js';
import { DateOnly, fillIn, Label, LastSaved, Nullable, Opt, Timestamp, Uuid, Version } from './primitives.js';

/** The self-assessment (zelfscan): templates, rounds, answers, evidence hints, actions, report, region. */

export const TemplateIdSchema = Type.Enum(TEMPLATE_IDS);
export const AnswerKindSchema = Type.Enum(ANSWER_KINDS);
export const HintKindSchema = Type.Enum(HINT_KINDS);
export const ModuleLink = Type.Object({ key: Type.Enum(MODULE_KEYS), path: Type.String(), label: Label });

/** A question's key: a built-in one ('var.beleid.capaciteit.tijd') or an own one ('eigen.<id>'). */
export const QuestionKey = Type.String({ pattern: '^[a-z0-9._@-]{3,100}$', maxLength: 100 });

export const RoundParams = Type.Object({ id: Uuid });
export const AnswerParams = Type.Object({ id: Uuid, questionKey: QuestionKey });
export const DocumentParams = Type.Object({ id: Uuid, questionKey: QuestionKey, documentId: Uuid });
export const HintParams = Type.Object({ id: Uuid, questionKey: QuestionKey });

export const QuestionSchema = Type.Object({
  key: QuestionKey,
  text: Label,
  /** The municipality's own question (switched off ones stay in the rounds that answered them). */
  own: Type.Boolean(),
  active: Type.Boolean(),
  hint: Nullable(HintKindSchema),
  module: ModuleLink,
});
export type QuestionJson = Static<typeof QuestionSchema>;

export const PartSchema = Type.Object({
  key: Type.String(),
  label: Label,
  questions: Type.Array(QuestionSchema),
});
export const ThemeSchema = Type.Object({ key: Type.String(), label: Label, parts: Type.Array(PartSchema) });
export type ThemeJson = Static<typeof ThemeSchema>;

export const TemplateSchema = Type.Object({
  id: TemplateIdSchema,
  label: Label,
  source: Label,
  themes: Type.Array(ThemeSchema),
});
export type TemplateJson = Static<typeof TemplateSchema>;

export const OwnQuestionSchema = Type.Object({
  id: Uuid,
  template: TemplateIdSchema,
  theme: Type.String(),
  part: Type.String(),
  textNl: Type.String(),
  textEn: Type.String(),
  active: Type.Boolean(),
  ...LastSaved,
});
export type OwnQuestionJson = Static<typeof OwnQuestionSchema>;

export const Templates = Type.Object({
  templates: Type.Array(TemplateSchema),
  ownQuestions: Type.Array(OwnQuestionSchema),
});
export type Templates = Static<typeof Templates>;

export const OwnQuestionCreate = Type.Object(
  {
    template: fillIn(TemplateIdSchema, 'Kies een vragenlijst.', 'Choose a questionnaire.'),
    theme: Type.String({ maxLength: 40 }),
    part: Type.String({ maxLength: 40 }),
    textNl: Type.String({ maxLength: ZELFSCAN_LIMITS.questionText }),
    textEn: Type.String({ maxLength: ZELFSCAN_LIMITS.questionText }),
  },
  { additionalProperties: false },
);
export type OwnQuestionCreate = Static<typeof OwnQuestionCreate>;

export const OwnQuestionUpdate = Type.Object(
  {
    textNl: Type.String({ maxLength: ZELFSCAN_LIMITS.questionText }),
    textEn: Type.String({ maxLength: ZELFSCAN_LIMITS.questionText }),
    active: Type.Boolean(),
    version: Version,
  },
  { additionalProperties: false },
);
export type OwnQuestionUpdate = Static<typeof OwnQuestionUpdate>;

export const ParticipantSchema = Type.Object(
  {
    name: Type.String({ maxLength: ZELFSCAN_LIMITS.participantName }),
    function: Type.String({ maxLength: ZELFSCAN_LIMITS.participantFunction }),
  },
  { additionalProperties: false },
);

const roundFields = {
  title: Type.String({ maxLength: ZELFSCAN_LIMITS.title }),
  startsOn: fillIn(DateOnly, 'Vul de datum in waarop de ronde begon.', 'Enter the date the round started.'),
  participants: Type.Array(ParticipantSchema, { maxItems: ZELFSCAN_LIMITS.participants }),
};

export const RoundCreate = Type.Object(
  { template: fillIn(TemplateIdSchema, 'Kies een vragenlijst.', 'Choose a questionnaire.'), ...roundFields },
  { additionalProperties: false },
);
export type RoundCreate = Static<typeof RoundCreate>;

export const RoundUpdate = Type.Object({ ...roundFields, version: Version }, { additionalProperties: false });
export type RoundUpdate = Static<typeof RoundUpdate>;

export const RoundClose = Type.Object(
  { summary: Type.String({ maxLength: ZELFSCAN_LIMITS.summary }), version: Version },
  { additionalProperties: false },
);
export type RoundClose = Static<typeof RoundClose>;

export const RoundSummary = Type.Object({
  id: Uuid,
  template: TemplateIdSchema,
  title: Type.String(),
  startsOn: DateOnly,
  status: Type.Enum(ROUND_STATUSES),
  closedAt: Nullable(Timestamp),
  ...LastSaved,
});
export type RoundSummary = Static<typeof RoundSummary>;

export const RoundListQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type RoundListQuery = Static<typeof RoundListQuery>;

export const RoundPage = Type.Object({
  rounds: Type.Array(RoundSummary),
  nextCursor: Nullable(Type.String()),
});
export type RoundPage = Static<typeof RoundPage>;

export const AnswerSchema = Type.Object({
  questionKey: QuestionKey,
  answer: AnswerKindSchema,
  explanation: Type.String(),
  evidenceUrl: Nullable(Type.String()),
  documents: Type.Array(Type.Object({ id: Uuid, fileName: Type.String(), addedAt: Timestamp })),
  answeredAt: Timestamp,
  answeredBy: Nullable(Type.String()),
  version: Type.Integer(),
});
export type AnswerJson = Static<typeof AnswerSchema>;

export const HintReviewSchema = Type.Object({
  id: Uuid,
  questionKey: QuestionKey,
  hint: HintKindSchema,
  verdict: Type.Enum(HINT_VERDICTS),
  note: Type.String(),
  facts: Type.Array(Label),
  reviewedAt: Timestamp,
  reviewedBy: Nullable(Type.String()),
});
export type HintReviewJson = Static<typeof HintReviewSchema>;

export const RoundActionSchema = Type.Object({
  id: Uuid,
  questionKey: QuestionKey,
  description: Type.String(),
  owner: Nullable(Type.String()),
  dueOn: DateOnly,
  status: Type.Enum(ACTION_STATUSES),
});
export type RoundActionJson = Static<typeof RoundActionSchema>;

export const RoundDetail = Type.Object({
  ...RoundSummary.properties,
  participants: Type.Array(ParticipantSchema),
  summary: Type.String(),
  closedBy: Nullable(Type.String()),
  templateLabel: Label,
  /** The questions as this round asks them: built-in ones and the municipality's own. */
  themes: Type.Array(ThemeSchema),
  answers: Type.Array(AnswerSchema),
  /** Per question, the verdicts on its evidence hint, the latest first. */
  hintReviews: Type.Array(HintReviewSchema),
  actions: Type.Array(RoundActionSchema),
  /** The previous closed round of this questionnaire, to compare with. */
  previousRound: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
});
export type RoundDetail = Static<typeof RoundDetail>;

export const AnswerBody = Type.Object(
  {
    answer: fillIn(AnswerKindSchema, 'Kies ja, deels, nee of n.v.t.', 'Choose yes, partly, no or n/a.'),
    explanation: Type.String({ maxLength: ZELFSCAN_LIMITS.explanation }),
    evidenceUrl: Opt(Type.String({ maxLength: ZELFSCAN_LIMITS.url })),
    /** The answer's version last read; absent for a question nobody answered yet. */
    version: Type.Optional(Version),
  },
  { additionalProperties: false },
);
export type AnswerBody = Static<typeof AnswerBody>;

export const DocumentBody = Type.Object(
  {
    fileName: fillIn(Type.String({ minLength: 1, maxLength: 255 }), 'Kies een bestand.', 'Choose a file.'),
    contentBase64: fillIn(
      Type.String({ minLength: 1, maxLength: 14_000_000 }),
      'Kies een bestand.',
      'Choose a file.',
    ),
    version: Version,
  },
  { additionalProperties: false },
);
export type DocumentBody = Static<typeof DocumentBody>;

export const AnswerSaved = Type.Object({ questionKey: QuestionKey, version: Type.Integer() });

export const HintFacts = Type.Object({
  questionKey: QuestionKey,
  hint: HintKindSchema,
  /** What Duiden's records show now, in words; a person confirms or corrects it. */
  facts: Type.Array(Label),
  module: ModuleLink,
});
export type HintFacts = Static<typeof HintFacts>;

export const HintReviewBody = Type.Object(
  {
    verdict: fillIn(
      Type.Enum(HINT_VERDICTS),
      'Kies of de gegevens kloppen of dat u ze corrigeert.',
      'Choose whether the facts are right or you correct them.',
    ),
    note: Type.String({ maxLength: ZELFSCAN_LIMITS.note }),
  },
  { additionalProperties: false },
);
export type HintReviewBody = Static<typeof HintReviewBody>;

export const ActionBody = Type.Object(
  {
    questionKey: fillIn(QuestionKey, 'Kies de vraag waar de actie bij hoort.', 'Choose the question.'),
    description: Type.String({ maxLength: 2000 }),
    ownerUserId: Opt(Uuid),
    dueOn: Type.String({ maxLength: 10 }),
  },
  { additionalProperties: false },
);
export type ActionBody = Static<typeof ActionBody>;

export const ActionOwners = Type.Array(Type.Object({ id: Uuid, name: Type.String() }));

const Counts = Type.Object({
  ja: Type.Integer(),
  deels: Type.Integer(),
  nee: Type.Integer(),
  nvt: Type.Integer(),
  open: Type.Integer(),
});

export const Comparison = Type.Object({
  round: Type.Object({ id: Uuid, title: Type.String() }),
  previous: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
  groups: Type.Array(
    Type.Object({
      theme: Type.String(),
      part: Nullable(Type.String()),
      label: Label,
      current: Counts,
      previous: Nullable(Counts),
    }),
  ),
  changed: Type.Array(
    Type.Object({
      questionKey: QuestionKey,
      question: Label,
      theme: Label,
      part: Label,
      previous: Nullable(AnswerKindSchema),
      current: Nullable(AnswerKindSchema),
    }),
  ),
});
export type Comparison = Static<typeof Comparison>;

export const ReportQuery = Type.Object(
  { voor: Type.Optional(Type.Union([Type.Literal('college'), Type.Literal('raad')])) },
  { additionalProperties: false },
);

export const RegionOverview = Type.Object({
  region: Type.Object({ id: Uuid, name: Type.String() }),
  themes: Type.Array(Type.Object({ key: Type.String(), label: Label })),
  municipalities: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      /** The latest closed round of the VAR questionnaire; null when none was closed yet. */
      round: Nullable(Type.Object({ title: Type.String(), closedAt: Timestamp })),
      themes: Type.Array(
        Type.Object({
          theme: Type.String(),
          questions: Type.Integer(),
          answered: Type.Integer(),
          ja: Type.Integer(),
          deels: Type.Integer(),
          nee: Type.Integer(),
        }),
      ),
    }),
  ),
});
export type RegionOverview = Static<typeof RegionOverview>;

export const Created = Type.Object({ id: Uuid, version: Type.Integer() });
