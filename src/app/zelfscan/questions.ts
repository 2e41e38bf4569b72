import type { QuestionJson, TemplateJson, ThemeJson } from '../../contract/zelfscan.js';
import type { AnswerRecord, OwnQuestionRecord } from '../../db/zelfscan.js';
import type { RoundQuestion } from '../../domain/zelfscan/rounds.js';
import { MODULES, type ModuleKey, TEMPLATES, type TemplateId } from '../../domain/zelfscan/templates.js';

/** The questions of a template as a round asks them: the built-in ones with the municipality's own. */

export const OWN_PREFIX = 'eigen.';
export const ownKey = (id: string) => `${OWN_PREFIX}${id}`;
export const ownIdOf = (key: string) => (key.startsWith(OWN_PREFIX) ? key.slice(OWN_PREFIX.length) : null);

export const moduleLink = (key: ModuleKey) => ({
  key,
  path: MODULES[key].path,
  label: { nl: MODULES[key].nl, en: MODULES[key].en },
});

/**
 * The template's themes with their questions. `own` are the municipality's own questions; `include` decides
 * which of them a round asks (an open round: the active ones and those it answered; a closed one: answered).
 */
export function themesOf(
  template: TemplateId,
  own: readonly OwnQuestionRecord[],
  include: (q: OwnQuestionRecord) => boolean,
): ThemeJson[] {
  return TEMPLATES[template].themes.map((t) => ({
    key: t.key,
    label: { nl: t.nl, en: t.en },
    parts: t.parts.map((p) => ({
      key: p.key,
      label: { nl: p.nl, en: p.en },
      questions: [
        ...p.questions.map(
          (x): QuestionJson => ({
            key: x.key,
            text: { nl: x.nl, en: x.en },
            own: false,
            active: true,
            hint: x.hint ?? null,
            module: moduleLink(x.module),
          }),
        ),
        ...own
          .filter((o) => o.template === template && o.theme === t.key && o.part === p.key && include(o))
          .map(
            (o): QuestionJson => ({
              key: ownKey(o.id),
              text: { nl: o.textNl, en: o.textEn || o.textNl },
              own: true,
              active: o.active,
              hint: null,
              module: moduleLink('zelfscan'),
            }),
          ),
      ],
    })),
  }));
}

export function templateJson(template: TemplateId, own: readonly OwnQuestionRecord[]): TemplateJson {
  const t = TEMPLATES[template];
  return {
    id: t.id,
    label: { nl: t.nl, en: t.en },
    source: t.source,
    themes: themesOf(template, own, (o) => o.active),
  };
}

/** The round's questions for the rules (unanswered, comparison): key, theme, part. */
export function flatQuestions(
  themes: readonly ThemeJson[],
): Array<RoundQuestion & { question: QuestionJson }> {
  return themes.flatMap((t) =>
    t.parts.flatMap((p) => p.questions.map((q) => ({ key: q.key, theme: t.key, part: p.key, question: q }))),
  );
}

/** Which own questions a round asks: answered ones always, active ones while it is open. */
export function roundIncludes(open: boolean, answers: readonly AnswerRecord[]) {
  const answered = new Set(answers.map((a) => a.questionKey));
  return (o: OwnQuestionRecord) => answered.has(ownKey(o.id)) || (open && o.active);
}
