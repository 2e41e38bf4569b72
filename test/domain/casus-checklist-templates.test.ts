import { describe, expect, it } from 'vitest';
import {
  effectiveChecklistItems,
  mergeChecklistItems,
  type OwnChecklistItem,
  validateTemplateItem,
} from '../../src/domain/casus/checklist-templates.js';
import { CHECKLISTS } from '../../src/domain/casus/checklists.js';

const own = (o: Partial<OwnChecklistItem> & Pick<OwnChecklistItem, 'code'>): OwnChecklistItem => ({
  id: `id-${o.code}`,
  kind: 'uitgereisd',
  nl: `NL ${o.code}`,
  en: `EN ${o.code}`,
  due: null,
  sort: 500,
  active: true,
  version: 1,
  ...o,
});

const factsheetCodes = (CHECKLISTS.find((c) => c.kind === 'uitgereisd')?.items ?? []).map((i) => i.code);

describe('merging the factsheet checklist with the own items of a municipality', () => {
  it.each([
    { name: 'no own items: the factsheet as is', items: [], codes: factsheetCodes },
    {
      name: 'a new item goes after the factsheet by default',
      items: [own({ code: 'huisbezoek' })],
      codes: [...factsheetCodes, 'huisbezoek'],
    },
    {
      name: 'a sort between two factsheet items places it there',
      items: [own({ code: 'huisbezoek', sort: 15 })],
      codes: [factsheetCodes[0], 'huisbezoek', ...factsheetCodes.slice(1)],
    },
    {
      name: 'an inactive own item with a factsheet code switches it off',
      items: [own({ code: 'woordvoeringslijn', active: false, sort: 30 })],
      codes: factsheetCodes.filter((c) => c !== 'woordvoeringslijn'),
    },
    {
      name: 'an inactive new item is not used',
      items: [own({ code: 'huisbezoek', active: false })],
      codes: factsheetCodes,
    },
    {
      name: 'items of another checklist are ignored',
      items: [own({ code: 'huisbezoek', kind: 'overleden' })],
      codes: factsheetCodes,
    },
  ])('$name', ({ items, codes }) => {
    expect(effectiveChecklistItems('uitgereisd', items).map((i) => i.code)).toEqual(codes);
  });

  it('replaces text and due rule of a factsheet item by an own item of the same code', () => {
    const items = effectiveChecklistItems('uitgereisd', [
      own({
        code: 'uitschrijving_brp',
        nl: 'Na 4 maanden',
        en: 'After 4 months',
        sort: 60,
        due: { anchor: 'departedOn', months: 4 },
      }),
    ]);
    expect(items.find((i) => i.code === 'uitschrijving_brp')).toEqual({
      code: 'uitschrijving_brp',
      nl: 'Na 4 maanden',
      en: 'After 4 months',
      due: { anchor: 'departedOn', months: 4 },
    });
    expect(items).toHaveLength(factsheetCodes.length);
  });

  it('shows beheer where each item comes from, switched-off ones included', () => {
    const merged = mergeChecklistItems('uitgereisd', [
      own({ code: 'woordvoeringslijn', active: false, sort: 30 }),
      own({ code: 'huisbezoek', version: 3 }),
    ]);
    expect(merged.find((m) => m.code === 'woordvoeringslijn')).toMatchObject({
      origin: 'aangepast',
      active: false,
    });
    expect(merged.find((m) => m.code === 'huisbezoek')).toMatchObject({
      origin: 'eigen',
      ownId: 'id-huisbezoek',
      version: 3,
    });
    expect(merged.find((m) => m.code === 'aangifte_vermissing')).toMatchObject({
      origin: 'factsheet',
      ownId: null,
    });
  });
});

describe('validating an own checklist item', () => {
  const ok = { kind: 'uitgereisd', code: 'huisbezoek', nl: 'Tekst', en: 'Text', due: null, sort: null };
  it.each([
    { name: 'a valid item', input: ok, fields: [] },
    { name: 'unknown checklist', input: { ...ok, kind: 'vakantie' }, fields: ['kind'] },
    { name: 'bad code', input: { ...ok, code: 'Huis Bezoek' }, fields: ['code'] },
    { name: 'empty texts', input: { ...ok, nl: ' ', en: '' }, fields: ['textNl', 'textEn'] },
    { name: 'too long text', input: { ...ok, nl: 'x'.repeat(501) }, fields: ['textNl'] },
    {
      name: 'unknown anchor',
      input: { ...ok, due: { anchor: 'openedOn', months: 1 } },
      fields: ['dueAnchor'],
    },
    {
      name: 'negative or fractional term',
      input: { ...ok, due: { anchor: 'departedOn', months: -1, days: 1.5 } },
      fields: ['dueMonths', 'dueDays'],
    },
    { name: 'sort out of range', input: { ...ok, sort: 20000 }, fields: ['sort'] },
  ])('$name', ({ input, fields }) => {
    const errors = validateTemplateItem(input);
    expect(errors.map((e) => e.field)).toEqual(fields);
    for (const e of errors) {
      expect(e.nl.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
    }
  });
});
