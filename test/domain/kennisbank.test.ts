import { describe, expect, it } from 'vitest';
import {
  ARTICLE_KINDS,
  ARTICLE_LIMITS,
  articleBlocks,
  checkLocalArticle,
  isPastReview,
  type LocalArticleDraft,
} from '../../src/domain/kennisbank/article.js';
import { HELP_TOPICS, NATIONAL_IDS } from '../../src/domain/kennisbank/help-topics.js';
import { NATIONAL_ARTICLES } from '../../src/domain/kennisbank/national.js';

const draft = (over: Partial<LocalArticleDraft> = {}): LocalArticleDraft => ({
  kind: 'hulporganisatie',
  public: false,
  titleNl: 'Zorg- en Veiligheidshuis',
  titleEn: '',
  summaryNl: 'Samenwerking in de regio.',
  summaryEn: '',
  bodyNl: 'Tekst.',
  bodyEn: '',
  source: 'Gemeente',
  sourceUrl: '',
  validSince: '2026-01-01',
  reviewBy: '2027-01-01',
  owner: 'Team OOV',
  ...over,
});

describe('review dates', () => {
  it.each([
    ['2026-12-31', '2027-01-01', false],
    ['2027-01-01', '2027-01-01', false],
    ['2027-01-02', '2027-01-01', true],
  ])('on %s with review by %s: past review %s', (today, reviewBy, past) => {
    expect(isPastReview({ validSince: '2026-01-01', reviewBy }, today)).toBe(past);
  });
});

describe('checking a local article', () => {
  it('accepts a complete draft', () => {
    expect(checkLocalArticle(draft())).toEqual([]);
  });

  it.each([
    [{ kind: '' }, 'kind'],
    [{ titleNl: '  ' }, 'titleNl'],
    [{ summaryNl: '' }, 'summaryNl'],
    [{ bodyNl: '' }, 'bodyNl'],
    [{ source: '' }, 'source'],
    [{ owner: '' }, 'owner'],
    [{ sourceUrl: 'http://example.org' }, 'sourceUrl'],
    [{ sourceUrl: 'geen adres' }, 'sourceUrl'],
    [{ reviewBy: '2026-01-01' }, 'reviewBy'],
  ] as const)('refuses %o naming %s', (over, field) => {
    const issues = checkLocalArticle(draft(over));
    expect(issues.map((i) => i.field)).toEqual([field]);
    expect(issues[0]?.nl).toBeTruthy();
    expect(issues[0]?.en).toBeTruthy();
  });

  it('names every missing field at once', () => {
    expect(checkLocalArticle(draft({ titleNl: '', owner: '', source: '' })).map((i) => i.field)).toEqual([
      'titleNl',
      'source',
      'owner',
    ]);
  });
});

describe('article text as blocks', () => {
  it('reads paragraphs, subheadings and lists, nothing as HTML', () => {
    expect(articleBlocks('## Kop\n\nEen zin\nloopt door.\n\n- een\n- twee\nNa de lijst <b>x</b>')).toEqual([
      { kind: 'heading', text: 'Kop' },
      { kind: 'paragraph', text: 'Een zin loopt door.' },
      { kind: 'list', items: ['een', 'twee'] },
      { kind: 'paragraph', text: 'Na de lijst <b>x</b>' },
    ]);
    expect(articleBlocks('')).toEqual([]);
  });
});

describe('the national articles', () => {
  it('have unique ids, both languages, source, dates and owner within the limits', () => {
    const ids = NATIONAL_ARTICLES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(Object.values(NATIONAL_IDS)));
    for (const a of NATIONAL_ARTICLES) {
      expect(ARTICLE_KINDS).toContain(a.kind);
      for (const lang of ['nl', 'en'] as const) {
        expect(a.title[lang].length, a.id).toBeGreaterThan(0);
        expect(a.title[lang].length).toBeLessThanOrEqual(ARTICLE_LIMITS.title);
        expect(a.summary[lang].length).toBeGreaterThan(0);
        expect(a.summary[lang].length).toBeLessThanOrEqual(ARTICLE_LIMITS.summary);
        expect(a.body[lang].length).toBeGreaterThan(0);
        expect(a.body[lang].length).toBeLessThanOrEqual(ARTICLE_LIMITS.body);
      }
      expect(a.source.length).toBeGreaterThan(0);
      expect(a.source.length).toBeLessThanOrEqual(ARTICLE_LIMITS.source);
      expect(a.owner.length).toBeGreaterThan(0);
      expect(a.reviewBy > a.validSince).toBe(true);
      if (a.sourceUrl) expect(a.sourceUrl.startsWith('https://')).toBe(true);
    }
  });

  it('cover the kinds of the issue: the three NCTV definitions, the help organisations, laws and instruments', () => {
    const count = (kind: string) => NATIONAL_ARTICLES.filter((a) => a.kind === kind).length;
    expect(count('definitie')).toBe(3);
    expect(count('hulporganisatie')).toBe(10);
    expect(count('stappenplan')).toBe(3);
    expect(count('wetgeving')).toBe(3);
    expect(count('instrument')).toBe(5);
  });

  it('name risk instruments only, internally: no items, not on the public page', () => {
    for (const a of NATIONAL_ARTICLES.filter((x) => x.kind === 'instrument')) {
      expect(a.public).toBe(false);
      expect(a.body.nl).toContain('neemt de onderdelen');
      expect(a.body.nl.length).toBeLessThan(1000);
    }
  });

  it('put where to get help on the public page: the LSE and what to do, with 112 and 0900-8844', () => {
    const lse = NATIONAL_ARTICLES.find((a) => a.id === NATIONAL_IDS.lse);
    expect(lse?.public).toBe(true);
    expect(lse?.body.nl).toMatch(/familie/);
    const steps = NATIONAL_ARTICLES.find((a) => a.id === NATIONAL_IDS.watAlsIemandRadicaliseert);
    expect(steps?.public).toBe(true);
    expect(steps?.body.nl).toContain('112');
    expect(steps?.body.nl).toContain('0900-8844');
  });

  it('answer every help topic with a national article', () => {
    for (const id of Object.values(HELP_TOPICS)) expect(Object.values(NATIONAL_IDS)).toContain(id);
  });
});
