import { PERSON_LIMITS } from './curriculum.js';
import { heldInFuture, isRealDate } from './sessions.js';

/**
 * An attendance list from a spreadsheet (CSV) as a plan of what an import would record: sessions (the same
 * date and training is one joint session across organisations), named participants and counts per
 * organisation and target group. Every problem is named by its row (the line in the file, the header being
 * row 1) and its field. Pure: no I/O; persons are matched by e-mail in the app layer.
 */

export const IMPORT_LIMITS = { maxBytes: 1024 * 1024, maxRows: 2000, maxCount: 10_000 } as const;

/** The columns an import knows, with the header names (Dutch and English, any case) that mean each. */
export const IMPORT_COLUMNS = {
  date: ['datum', 'date', 'sessiedatum', 'session date'],
  training: ['training', 'opleiding', 'cursus', 'course'],
  organisation: ['organisatie', 'organisation', 'organization'],
  targetGroup: ['doelgroep', 'target group', 'targetgroup'],
  name: ['naam', 'name', 'deelnemer', 'participant'],
  email: ['e-mail', 'email', 'e-mailadres', 'mail'],
  department: ['afdeling', 'team', 'department'],
  completed: ['aanwezig', 'voltooid', 'completed', 'attended', 'present'],
  count: ['aantal', 'count', 'aantal deelnemers', 'participants'],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** A problem of the file or of one row: `row` 0 is the file as a whole. */
export interface ImportIssue {
  readonly row: number;
  readonly field: ImportColumn | 'file';
  /** The column's name as the file has it (or the field's Dutch name). */
  readonly column: string;
  readonly nl: string;
  readonly en: string;
}

const FIELD_NL: Record<ImportColumn | 'file', string> = {
  date: 'datum',
  training: 'training',
  organisation: 'organisatie',
  targetGroup: 'doelgroep',
  name: 'naam',
  email: 'e-mail',
  department: 'afdeling',
  completed: 'aanwezig',
  count: 'aantal',
  file: 'bestand',
};

const fileIssue = (nl: string, en: string): ImportIssue => ({ row: 0, field: 'file', column: '', nl, en });

export type Decoded = { ok: true; text: string } | { ok: false; issue: ImportIssue };

/**
 * The file's text: UTF-8, with or without a byte-order mark. Anything else is refused with a message that says
 * what to do; a file in Windows-1252 or Latin-1 (what older Excel saves as "CSV") is recognised and named,
 * with the row and column of the first character that is not UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.byteLength === 0)
    return { ok: false, issue: fileIssue('Het bestand is leeg.', 'The file is empty.') };
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) {
    return {
      ok: false,
      issue: fileIssue(
        'Het bestand is groter dan 1 MB. Splits de lijst in delen.',
        'The file is larger than 1 MB. Split the list into parts.',
      ),
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      issue: fileIssue(
        'Het bestand is opgeslagen als UTF-16 ("Unicode-tekst"). Sla het op als "CSV UTF-8" en probeer het opnieuw.',
        'The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and try again.',
      ),
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) {
    return {
      ok: false,
      issue: fileIssue(
        'Dit is geen tekstbestand. Kies een CSV-bestand.',
        'This is not a text file. Choose a CSV file.',
      ),
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: false, issue: notUtf8(body) };
  }
}

/** Where the first byte that is not UTF-8 sits, and in which legacy encoding the file likely is. */
function notUtf8(body: Uint8Array): ImportIssue {
  const at = firstInvalidUtf8(body);
  let row = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (body[i] === 0x0a) {
      row++;
      lineStart = i + 1;
    }
  }
  // The legacy text (every byte one character) locates the column; a CSV header is plain ASCII mostly.
  const latin = Array.from(body, (b) => String.fromCharCode(b)).join('');
  const headerLine = latin.split(/\r?\n/)[0] ?? '';
  const delimiter = detectDelimiter(headerLine);
  const header = splitLine(headerLine, delimiter);
  const before = splitLine(latin.slice(lineStart, at), delimiter);
  const column = header[before.length - 1]?.trim() ?? '';
  const windows = body.some((b) => b >= 0x80 && b <= 0x9f);
  const enc = windows ? 'Windows-1252' : 'Latin-1 (ISO-8859-1)';
  const where = column ? `rij ${row}, kolom "${column}"` : `rij ${row}`;
  const whereEn = column ? `row ${row}, column "${column}"` : `row ${row}`;
  return {
    row,
    field: 'file',
    column,
    nl: `Het bestand is niet in UTF-8 opgeslagen maar waarschijnlijk in ${enc} (${where} heeft een teken dat geen UTF-8 is). Sla het op als "CSV UTF-8" en probeer het opnieuw.`,
    en: `The file is not saved in UTF-8 but probably in ${enc} (${whereEn} has a character that is not UTF-8). Save it as "CSV UTF-8" and try again.`,
  };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    const need =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let j = 1; j <= need; j++) {
      const n = b[i + j];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return b.length;
}

/** The delimiter of a header line: the semicolon Dutch Excel writes, or the comma. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

/** One line without line breaks inside quotes, split on the delimiter (for locating a column only). */
function splitLine(line: string, delimiter: string): string[] {
  return parseCsvRecords(line, delimiter)[0]?.fields ?? [''];
}

interface CsvRecord {
  /** The line in the file where the record starts (1 for the header). */
  readonly line: number;
  readonly fields: string[];
}

/** RFC 4180 records: quoted fields with "" for a quote, line breaks inside quotes, CRLF or LF. */
export function parseCsvRecords(text: string, delimiter: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // the \n ends the record
    } else if (ch === '\n') {
      fields.push(field);
      out.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    out.push({ line: recordLine, fields });
  }
  return out;
}

/** A row of the file with its fields by column (trimmed; '' when the column is absent or empty). */
export interface CsvRow {
  readonly row: number;
  readonly values: Readonly<Record<ImportColumn, string>>;
}

export type ParsedCsv =
  | { ok: true; rows: CsvRow[]; columns: Partial<Record<ImportColumn, string>> }
  | { ok: false; issues: ImportIssue[] };

const normalise = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ').replace(/_/g, ' ');

/** The header names to columns, and the rows; a file without the columns it needs is refused as a whole. */
export function parseAttendanceCsv(text: string): ParsedCsv {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const records = parseCsvRecords(text, delimiter).filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = records[0];
  if (!header) return { ok: false, issues: [fileIssue('Het bestand is leeg.', 'The file is empty.')] };
  const index: Partial<Record<ImportColumn, number>> = {};
  const columns: Partial<Record<ImportColumn, string>> = {};
  const issues: ImportIssue[] = [];
  header.fields.forEach((h, i) => {
    const n = normalise(h);
    const col = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).find((c) =>
      (IMPORT_COLUMNS[c] as readonly string[]).includes(n),
    );
    if (!col) return;
    if (index[col] !== undefined) {
      issues.push({
        row: 1,
        field: col,
        column: h.trim(),
        nl: `De kolom "${h.trim()}" staat er twee keer in.`,
        en: `The column "${h.trim()}" appears twice.`,
      });
      return;
    }
    index[col] = i;
    columns[col] = h.trim();
  });
  for (const need of ['date', 'training', 'organisation'] as const) {
    if (index[need] === undefined) issues.push(missingColumn(need));
  }
  if (index.name === undefined && index.count === undefined) issues.push(missingColumn('name'));
  const rows = records.slice(1);
  if (rows.length === 0) {
    issues.push(
      fileIssue('Het bestand heeft geen rijen onder de kopregel.', 'The file has no rows below the header.'),
    );
  }
  if (rows.length > IMPORT_LIMITS.maxRows) {
    issues.push(
      fileIssue(
        `Het bestand heeft meer dan ${IMPORT_LIMITS.maxRows} rijen. Splits de lijst in delen.`,
        `The file has more than ${IMPORT_LIMITS.maxRows} rows. Split the list into parts.`,
      ),
    );
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    columns,
    rows: rows.map((r) => {
      const values = {} as Record<ImportColumn, string>;
      for (const c of Object.keys(IMPORT_COLUMNS) as ImportColumn[]) {
        const i = index[c];
        values[c] = i === undefined ? '' : (r.fields[i] ?? '').trim();
      }
      return { row: r.line, values };
    }),
  };
}

function missingColumn(col: ImportColumn): ImportIssue {
  const names = IMPORT_COLUMNS[col].slice(0, 2).join('" of "');
  const namesEn = IMPORT_COLUMNS[col].slice(0, 2).join('" or "');
  return {
    row: 1,
    field: col,
    column: FIELD_NL[col],
    nl: `De kolom "${names}" ontbreekt in de kopregel.`,
    en: `The column "${namesEn}" is missing from the header.`,
  };
}

/** A date as lists write it: 2026-03-14, 14-03-2026, 14-3-2026 or 14/03/2026; null when it is no real day. */
export function parseListDate(v: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : null;
  if (!parts) return null;
  const d = `${parts[0]}-${(parts[1] as string).padStart(2, '0')}-${(parts[2] as string).padStart(2, '0')}`;
  return isRealDate(d) ? d : null;
}

const YES = ['', 'ja', 'j', 'yes', 'y', 'x', '1', 'true', 'waar', 'voltooid', 'aanwezig'];
const NO = ['nee', 'n', 'no', '0', 'false', 'onwaar', 'afwezig', 'absent'];

/** What the import matches names against (the municipality's own lists). */
export interface ImportLookups {
  readonly trainings: readonly { readonly id: string; readonly title: string }[];
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  readonly targetGroups: readonly { readonly id: string; readonly name: string }[];
}

export interface PlannedPerson {
  readonly row: number;
  readonly name: string;
  readonly email: string | null;
  readonly department: string;
  readonly organisationId: string;
  readonly targetGroupId: string | null;
  readonly completed: boolean;
}

export interface PlannedCount {
  readonly rows: readonly number[];
  readonly organisationId: string;
  readonly targetGroupId: string;
  readonly participants: number;
}

export interface PlannedSession {
  readonly heldOn: string;
  readonly trainingId: string;
  readonly organisationIds: readonly string[];
  readonly people: readonly PlannedPerson[];
  readonly counts: readonly PlannedCount[];
  readonly rows: readonly number[];
}

export interface ImportPlan {
  readonly sessions: readonly PlannedSession[];
  readonly issues: readonly ImportIssue[];
  readonly rows: number;
}

const byName = <T extends { readonly id: string }>(list: readonly T[], name: (t: T) => string) => {
  const m = new Map<string, T>();
  for (const t of list) m.set(name(t).trim().toLowerCase(), t);
  return m;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The plan of an import: each row checked against the municipality's trainings, organisations and target
 * groups, and grouped into sessions by date and training. Every row with a problem is named with its field;
 * the app layer commits only a plan without problems, so nothing is half-imported.
 */
export function planImport(parsed: readonly CsvRow[], lookups: ImportLookups, today: string): ImportPlan {
  const trainings = byName(lookups.trainings, (t) => t.title);
  const organisations = byName(lookups.organisations, (o) => o.name);
  const groups = byName(lookups.targetGroups, (g) => g.name);
  const issues: ImportIssue[] = [];
  const sessions = new Map<
    string,
    {
      heldOn: string;
      trainingId: string;
      orgs: Set<string>;
      people: PlannedPerson[];
      emails: Set<string>;
      counts: Map<
        string,
        { rows: number[]; organisationId: string; targetGroupId: string; participants: number }
      >;
      rows: number[];
    }
  >();
  for (const { row, values: v } of parsed) {
    const rowIssues: ImportIssue[] = [];
    const issue = (field: ImportColumn, nl: string, en: string) =>
      rowIssues.push({
        row,
        field,
        column: FIELD_NL[field],
        nl: `Rij ${row}, ${FIELD_NL[field]}: ${nl}`,
        en: `Row ${row}, ${FIELD_NL[field]}: ${en}`,
      });

    const heldOn = parseListDate(v.date);
    if (!v.date) issue('date', 'vul de datum van de sessie in.', 'enter the date of the session.');
    else if (!heldOn)
      issue(
        'date',
        `"${v.date}" is geen geldige datum (gebruik 2026-03-14 of 14-03-2026).`,
        `"${v.date}" is not a valid date (use 2026-03-14 or 14-03-2026).`,
      );
    else if (heldOn > today) {
      const f = heldInFuture('date');
      issue('date', lower(f.nl), lower(f.en));
    }
    const training = trainings.get(v.training.toLowerCase());
    if (!v.training) issue('training', 'vul de training in.', 'enter the training.');
    else if (!training)
      issue(
        'training',
        `onbekende training "${v.training}". Gebruik de titel uit de catalogus.`,
        `unknown training "${v.training}". Use the title from the catalogue.`,
      );
    const org = organisations.get(v.organisation.toLowerCase());
    if (!v.organisation) issue('organisation', 'vul de organisatie in.', 'enter the organisation.');
    else if (!org)
      issue(
        'organisation',
        `onbekende organisatie "${v.organisation}".`,
        `unknown organisation "${v.organisation}".`,
      );
    const group = v.targetGroup ? groups.get(v.targetGroup.toLowerCase()) : undefined;
    if (v.targetGroup && !group)
      issue(
        'targetGroup',
        `onbekende doelgroep "${v.targetGroup}".`,
        `unknown target group "${v.targetGroup}".`,
      );

    const isCount = v.name === '' && v.count !== '';
    let participants = 0;
    let completed = true;
    if (isCount) {
      participants = /^\d+$/.test(v.count) ? Number(v.count) : Number.NaN;
      if (!Number.isInteger(participants) || participants < 1 || participants > IMPORT_LIMITS.maxCount) {
        issue(
          'count',
          `vul een aantal van 1 tot ${IMPORT_LIMITS.maxCount} in.`,
          `enter a count from 1 to ${IMPORT_LIMITS.maxCount}.`,
        );
      }
      if (!v.targetGroup)
        issue('targetGroup', 'vul bij een aantal de doelgroep in.', 'enter the target group with a count.');
    } else {
      if (!v.name)
        issue(
          'name',
          'vul de naam van de deelnemer in (of een aantal).',
          'enter the name of the participant (or a count).',
        );
      else if (v.name.length > PERSON_LIMITS.name)
        issue(
          'name',
          `gebruik hoogstens ${PERSON_LIMITS.name} tekens.`,
          `use at most ${PERSON_LIMITS.name} characters.`,
        );
      if (v.email && (!EMAIL.test(v.email) || v.email.length > PERSON_LIMITS.email))
        issue(
          'email',
          `"${v.email}" is geen geldig e-mailadres.`,
          `"${v.email}" is not a valid e-mail address.`,
        );
      if (v.department.length > PERSON_LIMITS.department)
        issue(
          'department',
          `gebruik hoogstens ${PERSON_LIMITS.department} tekens.`,
          `use at most ${PERSON_LIMITS.department} characters.`,
        );
      const c = v.completed.toLowerCase();
      if (NO.includes(c)) completed = false;
      else if (!YES.includes(c))
        issue('completed', `"${v.completed}" is geen ja of nee.`, `"${v.completed}" is not yes or no.`);
    }
    if (rowIssues.length > 0 || !heldOn || !training || !org) {
      issues.push(...rowIssues);
      continue;
    }
    const key = `${heldOn}|${training.id}`;
    let s = sessions.get(key);
    if (!s) {
      s = {
        heldOn,
        trainingId: training.id,
        orgs: new Set(),
        people: [],
        emails: new Set(),
        counts: new Map(),
        rows: [],
      };
      sessions.set(key, s);
    }
    if (isCount && group) {
      const ck = `${org.id}|${group.id}`;
      const prev = s.counts.get(ck);
      if (prev && prev.participants + participants > IMPORT_LIMITS.maxCount) {
        issue(
          'count',
          `samen meer dan ${IMPORT_LIMITS.maxCount} deelnemers.`,
          `together more than ${IMPORT_LIMITS.maxCount} participants.`,
        );
      } else if (prev) {
        prev.participants += participants;
        prev.rows.push(row);
      } else s.counts.set(ck, { rows: [row], organisationId: org.id, targetGroupId: group.id, participants });
    } else {
      const email = v.email ? v.email.toLowerCase() : null;
      if (email && s.emails.has(email)) {
        issue(
          'email',
          'deze deelnemer staat al eerder in dezelfde sessie.',
          'this participant is listed earlier in the same session.',
        );
      } else {
        if (email) s.emails.add(email);
        s.people.push({
          row,
          name: v.name,
          email,
          department: v.department,
          organisationId: org.id,
          targetGroupId: group?.id ?? null,
          completed,
        });
      }
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    s.orgs.add(org.id);
    s.rows.push(row);
  }
  return {
    rows: parsed.length,
    issues,
    sessions: [...sessions.values()]
      .filter((s) => s.rows.length > 0)
      .sort((a, b) =>
        a.heldOn === b.heldOn ? a.trainingId.localeCompare(b.trainingId) : a.heldOn.localeCompare(b.heldOn),
      )
      .map((s) => ({
        heldOn: s.heldOn,
        trainingId: s.trainingId,
        organisationIds: [...s.orgs],
        people: s.people,
        counts: [...s.counts.values()],
        rows: s.rows,
      })),
  };
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A person of the plan that matches nobody by e-mail needs a target group to be created. */
export function missingGroupIssue(p: PlannedPerson): ImportIssue {
  return {
    row: p.row,
    field: 'targetGroup',
    column: FIELD_NL.targetGroup,
    nl: `Rij ${p.row}, doelgroep: vul de doelgroep in; deze deelnemer staat nog niet in het register.`,
    en: `Row ${p.row}, target group: enter the target group; this participant is not in the register yet.`,
  };
}

/** An e-mail that belongs to a person of another organisation than the row says. */
export function otherOrganisationIssue(p: PlannedPerson): ImportIssue {
  return {
    row: p.row,
    field: 'email',
    column: FIELD_NL.email,
    nl: `Rij ${p.row}, e-mail: dit adres hoort bij iemand van een andere organisatie in het register.`,
    en: `Row ${p.row}, e-mail: this address belongs to someone of another organisation in the register.`,
  };
}
