import { describe, expect, it } from 'vitest';
import { fieldSummary, fieldTable, formFields } from '../../src/web/ui/form-fields';

// The table a form names its fields in: the error summary and the fields must say the same.
const table = {
  kind: { id: 'req-kind', label: 'Soort', firstOption: 'inzage' },
  person: { id: 'req-person', field: 'personId', label: 'Persoon' },
  reason: { id: 'req-reason', label: 'Reden' },
};

describe('the fields of a form named once', () => {
  it('lists the summary in the order of the table, by the server names, a radio group by its first option', () => {
    expect(fieldSummary(table)).toEqual([
      { field: 'kind', id: 'req-kind-inzage', label: 'Soort' },
      { field: 'personId', id: 'req-person', label: 'Persoon' },
      { field: 'reason', id: 'req-reason', label: 'Reden' },
    ]);
  });

  it("gives each field its id, label and the server's message under the server's name", () => {
    const messages: Record<string, string> = { personId: 'Kies een persoon.' };
    const fields = formFields((name) => messages[name], table);
    expect(fields.field('person')).toEqual({
      id: 'req-person',
      label: 'Persoon',
      error: 'Kies een persoon.',
    });
    expect(fields.field('reason').error).toBeUndefined();
    expect(fields.group('kind')).toEqual({ id: 'req-kind', legend: 'Soort', error: undefined });
  });

  it('binds a field to the draft: its value and a change of that one text', () => {
    const changes: object[] = [];
    const draft = { kind: 'inzage', person: 'p-1', reason: '' };
    const fields = formFields(() => undefined, table, { draft, set: (c) => changes.push(c) });
    const reason = fields.bind('reason');
    expect(reason.value).toBe('');
    reason.onValueChange('Verzoek per brief');
    expect(changes).toEqual([{ reason: 'Verzoek per brief' }]);
    expect(fields.bindGroup('kind')).toMatchObject({ id: 'req-kind', legend: 'Soort', value: 'inzage' });
  });

  it('refuses to bind without a draft rather than show an empty field', () => {
    expect(() => formFields(() => undefined, table).bind('reason')).toThrow();
  });

  it('makes a table from the names when ids and labels follow from them', () => {
    expect(fieldTable(['code', 'labelNl'], (f) => ({ id: `new-${f}`, label: f }))).toEqual({
      code: { id: 'new-code', label: 'code' },
      labelNl: { id: 'new-labelNl', label: 'labelNl' },
    });
  });
});
