import { describe, expect, it } from 'vitest';
import { hintLines } from '../../src/domain/zelfscan/hints.js';
import {
  compareRounds,
  isEvidenceUrl,
  isGap,
  progressPerTheme,
  unanswered,
  validateAnswer,
  validateHintReview,
  validateOwnQuestion,
  validateRound,
} from '../../src/domain/zelfscan/rounds.js';
import { HINT_KINDS, MODULES, questionsOf, TEMPLATES } from '../../src/domain/zelfscan/templates.js';

const fields = (issues: ReadonlyArray<{ field: string }>) => issues.map((i) => i.field);

describe('templates', () => {
  it('the VAR template has its four themes, each with parts and questions', () => {
    expect(TEMPLATES.var.themes.map((t) => t.key)).toEqual(['beleid', 'deskundigheid', 'preventie', 'pga']);
    for (const t of TEMPLATES.var.themes) {
      expect(t.parts.length).toBeGreaterThan(0);
      for (const p of t.parts) expect(p.questions.length).toBeGreaterThan(0);
    }
  });

  it('the factsheet checklist has its four questions', () => {
    expect(questionsOf('factsheet')).toHaveLength(4);
  });

  it('question keys are unique, written in both languages and link to a module', () => {
    const all = [...questionsOf('var'), ...questionsOf('factsheet')];
    expect(new Set(all.map((q) => q.key)).size).toBe(all.length);
    for (const q of all) {
      expect(q.nl.length).toBeGreaterThan(10);
      expect(q.en.length).toBeGreaterThan(10);
      expect(Object.keys(MODULES)).toContain(q.module);
    }
  });

  it('every kind of evidence hint is used by a VAR question', () => {
    const used = new Set(questionsOf('var').flatMap((q) => (q.hint ? [q.hint] : [])));
    expect([...used].sort()).toEqual([...HINT_KINDS].sort());
  });
});

describe('validateAnswer', () => {
  it.each([
    ['a plain yes', { answer: 'ja' }, []],
    ['yes with a link', { answer: 'ja', evidenceUrl: 'https://gemeente.example/beleid' }, []],
    ['partly without explanation', { answer: 'deels', explanation: ' ' }, ['explanation']],
    ['no with explanation', { answer: 'nee', explanation: 'Nog niet geregeld.' }, []],
    ['n/a without explanation', { answer: 'nvt' }, ['explanation']],
    ['no choice', { answer: 'misschien' }, ['answer']],
    ['a plain http link', { answer: 'ja', evidenceUrl: 'http://gemeente.example' }, ['evidenceUrl']],
    [
      'a link with credentials',
      { answer: 'ja', evidenceUrl: 'https://a:b@gemeente.example' },
      ['evidenceUrl'],
    ],
    ['words instead of a link', { answer: 'ja', evidenceUrl: 'zie map' }, ['evidenceUrl']],
    ['too long an explanation', { answer: 'ja', explanation: 'x'.repeat(4001) }, ['explanation']],
  ] as const)('%s', (_, draft, expected) => {
    expect(fields(validateAnswer(draft))).toEqual(expected);
  });

  it('only https links are evidence', () => {
    expect(isEvidenceUrl('https://x.example/a b')).toBe(false);
    expect(isEvidenceUrl('javascript:alert(1)')).toBe(false);
    expect(isEvidenceUrl('https://x.example/doc.pdf')).toBe(true);
  });

  it('deels and nee are gaps, ja and n.v.t. are not', () => {
    expect(['ja', 'deels', 'nee', 'nvt'].map((k) => isGap(k as 'ja'))).toEqual([false, true, true, false]);
  });
});

describe('validateRound', () => {
  const ok = { template: 'var', title: 'Zelfscan 2026', startsOn: '2026-03-02', participants: [] };
  it.each([
    ['a round', {}, []],
    ['without a title', { title: '' }, ['title']],
    ['an unknown questionnaire', { template: 'samm' }, ['template']],
    ['a day that does not exist', { startsOn: '2026-02-30' }, ['startsOn']],
    [
      'a participant without a name',
      {
        participants: [
          { name: 'Ahmed', function: 'aandachtsfunctionaris' },
          { name: ' ', function: '' },
        ],
      },
      ['participants.1.name'],
    ],
  ] as const)('%s', (_, change, expected) => {
    expect(fields(validateRound({ ...ok, ...change }))).toEqual(expected);
  });
});

describe('validateOwnQuestion and validateHintReview', () => {
  it('an own question belongs to a part of the template', () => {
    expect(
      fields(validateOwnQuestion({ template: 'var', theme: 'beleid', part: 'middelen', textNl: 'Vraag?' })),
    ).toEqual([]);
    expect(
      fields(
        validateOwnQuestion({ template: 'var', theme: 'voorbereiding', part: 'organisatie', textNl: '' }),
      ),
    ).toEqual(['part', 'textNl']);
  });

  it('a correction needs a note, a confirmation does not', () => {
    expect(fields(validateHintReview({ verdict: 'bevestigd', note: '' }))).toEqual([]);
    expect(fields(validateHintReview({ verdict: 'gecorrigeerd', note: '' }))).toEqual(['note']);
    expect(fields(validateHintReview({ verdict: 'klopt' }))).toEqual(['verdict']);
  });
});

describe('compareRounds', () => {
  const questions = [
    { key: 'a', theme: 't1', part: 'p1' },
    { key: 'b', theme: 't1', part: 'p1' },
    { key: 'c', theme: 't1', part: 'p2' },
    { key: 'd', theme: 't2', part: 'p3' },
  ];

  it('counts answers per kind per theme and part, and lists what changed', () => {
    const r = compareRounds(
      {
        questions,
        answers: [
          { questionKey: 'a', answer: 'ja' },
          { questionKey: 'b', answer: 'deels' },
          { questionKey: 'c', answer: 'ja' },
        ],
      },
      {
        questions: questions.slice(0, 3),
        answers: [
          { questionKey: 'a', answer: 'nee' },
          { questionKey: 'b', answer: 'deels' },
          { questionKey: 'c', answer: 'nee' },
        ],
      },
    );
    const t1 = r.groups.find((g) => g.theme === 't1' && g.part === null);
    expect(t1?.current).toEqual({ ja: 2, deels: 1, nee: 0, nvt: 0, open: 0 });
    expect(t1?.previous).toEqual({ ja: 0, deels: 1, nee: 2, nvt: 0, open: 0 });
    const t2 = r.groups.find((g) => g.theme === 't2' && g.part === null);
    expect(t2?.current.open).toBe(1);
    expect(t2?.previous).toEqual({ ja: 0, deels: 0, nee: 0, nvt: 0, open: 0 });
    expect(r.changed.map((c) => [c.questionKey, c.previous, c.current])).toEqual([
      ['a', 'nee', 'ja'],
      ['c', 'nee', 'ja'],
    ]);
    // Counts only: nothing in the comparison is a score, index or rank.
    expect(JSON.stringify(r)).not.toMatch(/score|index|rank/i);
  });

  it('without a previous round there is nothing to compare with', () => {
    const r = compareRounds({ questions, answers: [] }, null);
    expect(r.changed).toEqual([]);
    expect(r.groups.every((g) => g.previous === null)).toBe(true);
  });

  it('names the questions still open, and the progress per theme', () => {
    const answers = [{ questionKey: 'a', answer: 'ja' as const }];
    expect(unanswered(questions, answers)).toEqual(['b', 'c', 'd']);
    expect(progressPerTheme(questions, answers)).toEqual([
      { theme: 't1', questions: 3, answered: 1, ja: 1, deels: 0, nee: 0 },
      { theme: 't2', questions: 1, answered: 0, ja: 0, deels: 0, nee: 0 },
    ]);
  });
});

describe('hintLines', () => {
  it('words facts and never an answer', () => {
    const lines = [
      ...hintLines({ kind: 'dossierhouder', officers: 1 }),
      ...hintLines({ kind: 'signaleringsoverleg', held: [], weeks: 8 }),
      ...hintLines({
        kind: 'deskundigheid',
        day: '2026-12-07',
        groups: [{ name: "BOA's", trained: null, people: 12 }],
      }),
    ];
    expect(lines.map((l) => l.nl)).toEqual([
      'Duiden kent 1 actieve aandachtsfunctionaris (dossierhouder) van de gemeente.',
      'In de laatste 8 weken is in Duiden geen signaleringsoverleg gehouden.',
      'Wie op 7 december 2026 aan de eis van de doelgroep voldoet (beschermde aantallen; afgeschermd waar een aantal te klein is):',
      "BOA's: afgeschermd van 12.",
    ]);
    expect(lines.map((l) => l.nl).join(' ')).not.toMatch(/\b(ja|nee|deels)\b/);
  });
});
