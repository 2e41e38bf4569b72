import { describe, expect, it } from 'vitest';
import {
  decodeCsv,
  IMPORT_LIMITS,
  parseAttendanceCsv,
  parseListDate,
  planImport,
} from '../../../src/domain/deskundigheid/attendance-import.js';

const lookups = {
  trainings: [{ id: 't1', title: 'Signalen herkennen' }],
  organisations: [
    { id: 'g', name: 'Gemeente Lindeburg' },
    { id: 'j', name: 'Jongerenwerk Lindeburg' },
  ],
  targetGroups: [
    { id: 'b', name: "BOA's" },
    { id: 'jw', name: 'Jongerenwerkers' },
  ],
};
const TODAY = '2026-06-01';
const utf8 = (s: string) => new TextEncoder().encode(s);

function plan(csv: string) {
  const d = decodeCsv(utf8(csv));
  if (!d.ok) throw new Error(d.issue.en);
  const p = parseAttendanceCsv(d.text);
  if (!p.ok) throw new Error(p.issues[0]?.en);
  return planImport(p.rows, lookups, TODAY);
}

describe('decoding the file', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('naam\nJosé')]);
    expect(decodeCsv(bom)).toEqual({ ok: true, text: 'naam\nJosé' });
    expect(decodeCsv(utf8('naam\nJosé'))).toEqual({ ok: true, text: 'naam\nJosé' });
  });

  it('names Windows-1252 with the row and column of the first wrong character', () => {
    // "José" in Windows-1252 (é = 0xE9) on row 3, column naam; a € (0x80) marks it as Windows-1252.
    const bytes = new Uint8Array([...utf8('datum;naam\n2026-01-01;Piet\n2026-01-01;Jos'), 0xe9, 0x0a, 0x80]);
    const d = decodeCsv(bytes);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.issue.row).toBe(3);
    expect(d.issue.column).toBe('naam');
    expect(d.issue.nl).toContain('Windows-1252');
    expect(d.issue.nl).toContain('rij 3, kolom "naam"');
    expect(d.issue.en).toContain('UTF-8');
  });

  it('names Latin-1 when no Windows-only characters occur', () => {
    const d = decodeCsv(new Uint8Array([...utf8('naam\nRen'), 0xe9]));
    expect(!d.ok && d.issue.nl).toContain('Latin-1');
  });

  it('refuses an empty, a binary, a UTF-16 and a too large file', () => {
    expect(decodeCsv(new Uint8Array()).ok).toBe(false);
    expect(decodeCsv(new Uint8Array([0x25, 0x50, 0x00, 0x01])).ok).toBe(false);
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x6e, 0x00])).ok).toBe(false);
    expect(decodeCsv(new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(0x61)).ok).toBe(false);
  });
});

describe('reading the columns', () => {
  it('takes comma or semicolon, quoted fields and header names in any case, Dutch or English', () => {
    const p = parseAttendanceCsv(
      'Date,Training,Organisation,Target group,Name,E-mail,Completed\r\n' +
        '2026-03-14,Signalen herkennen,Gemeente Lindeburg,"BOA\'s","Vries, Jan de",j@x.nl,yes\r\n',
    );
    expect(p.ok && p.rows[0]?.values).toMatchObject({
      name: 'Vries, Jan de',
      targetGroup: "BOA's",
      completed: 'yes',
    });
    const q = parseAttendanceCsv('DATUM;TRAINING;ORGANISATIE;NAAM\n14-3-2026;"Sig ""x""";G;Piet\n');
    expect(q.ok && q.rows[0]?.values).toMatchObject({ date: '14-3-2026', training: 'Sig "x"', name: 'Piet' });
  });

  it('refuses a file without the columns it needs, naming them', () => {
    const p = parseAttendanceCsv('naam;e-mail\nPiet;p@x.nl\n');
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues.map((i) => i.field)).toEqual(['date', 'training', 'organisation']);
    expect(p.issues[0]?.nl).toContain('"datum"');
  });

  it('limits the number of rows', () => {
    const rows = Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, () => '2026-01-01;T;G;P').join('\n');
    const p = parseAttendanceCsv(`datum;training;organisatie;naam\n${rows}`);
    expect(!p.ok && p.issues[0]?.en).toContain('more than');
  });

  it('reads the dates lists use', () => {
    expect(parseListDate('2026-03-14')).toBe('2026-03-14');
    expect(parseListDate('14-3-2026')).toBe('2026-03-14');
    expect(parseListDate('14/03/2026')).toBe('2026-03-14');
    expect(parseListDate('31-02-2026')).toBeNull();
    expect(parseListDate('maart')).toBeNull();
  });
});

describe('the plan of an import', () => {
  it('makes one joint session of the same date and training across organisations', () => {
    const p = plan(
      'datum;training;organisatie;doelgroep;naam;e-mail;aanwezig\n' +
        "2026-03-14;Signalen herkennen;Gemeente Lindeburg;BOA's;Piet Boa;p@lindeburg.nl;ja\n" +
        '2026-03-14;signalen herkennen;Jongerenwerk Lindeburg;Jongerenwerkers;Sara Werk;s@jw.nl;nee\n' +
        '2026-03-14;Signalen herkennen;Jongerenwerk Lindeburg;Jongerenwerkers;;;\n',
    );
    expect(p.issues).toEqual([expect.objectContaining({ row: 4, field: 'name' })]);
    expect(p.sessions).toHaveLength(1);
    const s = p.sessions[0];
    expect([...(s?.organisationIds ?? [])].sort()).toEqual(['g', 'j']);
    expect(s?.people.map((x) => [x.name, x.completed])).toEqual([
      ['Piet Boa', true],
      ['Sara Werk', false],
    ]);
  });

  it('records counts per organisation and target group, summed over rows', () => {
    const p = plan(
      'datum,training,organisatie,doelgroep,aantal,naam\n' +
        '2026-03-14,Signalen herkennen,Jongerenwerk Lindeburg,Jongerenwerkers,4,\n' +
        '2026-03-14,Signalen herkennen,Jongerenwerk Lindeburg,Jongerenwerkers,3,\n',
    );
    expect(p.issues).toEqual([]);
    expect(p.sessions[0]?.counts).toEqual([
      { rows: [2, 3], organisationId: 'j', targetGroupId: 'jw', participants: 7 },
    ]);
  });

  it.each([
    [
      'unknown training',
      '2026-03-14;Onbekend;Gemeente Lindeburg;;Piet',
      'training',
      'onbekende training "Onbekend"',
    ],
    [
      'unknown organisation',
      '2026-03-14;Signalen herkennen;Elders;;Piet',
      'organisation',
      'onbekende organisatie',
    ],
    [
      'unknown target group',
      '2026-03-14;Signalen herkennen;Gemeente Lindeburg;Bakkers;Piet',
      'targetGroup',
      'onbekende doelgroep',
    ],
    [
      'a future date',
      '2026-07-01;Signalen herkennen;Gemeente Lindeburg;;Piet',
      'date',
      'niet in de toekomst',
    ],
    [
      'an invalid date',
      '2026-13-01;Signalen herkennen;Gemeente Lindeburg;;Piet',
      'date',
      'geen geldige datum',
    ],
    ['a missing name', '2026-03-14;Signalen herkennen;Gemeente Lindeburg;;', 'name', 'vul de naam'],
  ])('names the row and the field of %s', (_what, line, field, text) => {
    const p = plan(
      `datum;training;organisatie;doelgroep;naam\n2026-03-14;Signalen herkennen;Gemeente Lindeburg;;Goed\n${line}\n`,
    );
    expect(p.issues).toHaveLength(1);
    expect(p.issues[0]).toMatchObject({ row: 3, field });
    expect(p.issues[0]?.nl).toContain('Rij 3');
    expect(p.issues[0]?.nl).toContain(text);
    expect(p.issues[0]?.en).toContain('Row 3');
  });

  it('refuses the same e-mail twice in a session', () => {
    const p = plan(
      'datum;training;organisatie;naam;e-mail\n' +
        '2026-03-14;Signalen herkennen;Gemeente Lindeburg;Piet;p@x.nl\n' +
        '2026-03-14;Signalen herkennen;Gemeente Lindeburg;Piet B;P@x.nl\n',
    );
    expect(p.issues).toEqual([expect.objectContaining({ row: 3, field: 'email' })]);
  });

  it('counts rows from the header, also with a quoted line break before', () => {
    const p = plan(
      'datum;training;organisatie;naam\n' +
        '2026-03-14;Signalen herkennen;Gemeente Lindeburg;"Piet\nBoa"\n' +
        '2026-03-14;Onbekend;Gemeente Lindeburg;Jan\n',
    );
    expect(p.issues[0]?.row).toBe(4);
  });
});
