import type { Place, Relation, ReporterKind, SignalKind, Source } from '../../../domain/melding/types';
import { ApiError } from '../../api';

/**
 * What is typed into an intake form (public, professional or staff), kept as strings until it is sent, so a
 * refused submission (validation, 429, conflict) leaves everything in place. Each block of a list has a key
 * of its own, so removing one does not move what was typed in the others.
 */

export interface ObservationDraft {
  readonly key: number;
  readonly description: string;
  readonly observedOn: string;
  readonly observedWhen: string;
  readonly place: Place | '';
  readonly placeDetail: string;
  readonly source: Source | '';
  readonly sourceDetail: string;
}

export interface AssumptionDraft {
  readonly key: number;
  readonly text: string;
}

export interface PersonDraft {
  readonly key: number;
  readonly name: string;
  readonly age: string;
  readonly birthDate: string;
  readonly neighbourhood: string;
  readonly address: string;
  readonly schoolOrWork: string;
  readonly relation: Relation | '';
  readonly relationDetail: string;
}

export interface ReporterDraft {
  readonly kind: ReporterKind | '';
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly organisation: string;
  readonly role: string;
  readonly feedbackWanted: boolean;
}

export interface MeldingDraft {
  readonly kind: SignalKind | '';
  readonly reporter: ReporterDraft;
  readonly question: string;
  readonly observations: readonly ObservationDraft[];
  readonly assumptions: readonly AssumptionDraft[];
  readonly contraIndications: string;
  readonly persons: readonly PersonDraft[];
  readonly files: readonly File[];
  /** The honeypot: hidden from people and assistive technology; only robots fill it in. */
  readonly website: string;
}

let lastKey = 0;
const nextKey = () => {
  lastKey += 1;
  return lastKey;
};

export function emptyObservation(): ObservationDraft {
  return {
    key: nextKey(),
    description: '',
    observedOn: '',
    observedWhen: '',
    place: '',
    placeDetail: '',
    source: '',
    sourceDetail: '',
  };
}

export function emptyAssumption(): AssumptionDraft {
  return { key: nextKey(), text: '' };
}

export function emptyPerson(): PersonDraft {
  return {
    key: nextKey(),
    name: '',
    age: '',
    birthDate: '',
    neighbourhood: '',
    address: '',
    schoolOrWork: '',
    relation: '',
    relationDetail: '',
  };
}

export function emptyDraft(reporterKind: ReporterKind | '' = ''): MeldingDraft {
  return {
    kind: '',
    reporter: {
      kind: reporterKind,
      name: '',
      email: '',
      phone: '',
      organisation: '',
      role: '',
      feedbackWanted: false,
    },
    question: '',
    observations: [emptyObservation()],
    assumptions: [emptyAssumption()],
    contraIndications: '',
    persons: [emptyPerson()],
    files: [],
    website: '',
  };
}

/** Trimmed text, or undefined when nothing was typed: the server then treats the field as not given. */
function text(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

const blank = (values: readonly string[]) => values.every((v) => v.trim() === '');

function isEmptyObservation(o: ObservationDraft): boolean {
  return (
    blank([o.description, o.observedOn, o.observedWhen, o.placeDetail, o.sourceDetail]) &&
    o.place === '' &&
    o.source === ''
  );
}

function isEmptyPerson(p: PersonDraft): boolean {
  return (
    blank([p.name, p.age, p.birthDate, p.neighbourhood, p.address, p.schoolOrWork, p.relationDetail]) &&
    p.relation === ''
  );
}

/** An age as the server wants it: a whole number; anything else is sent as typed, for the server to refuse. */
function age(value: string): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^\d{1,3}$/.test(v) ? Number(v) : v;
}

/** For every entry of a list that was sent: the position of its block in the form. */
export interface SentIndexes {
  readonly observations: readonly number[];
  readonly assumptions: readonly number[];
  readonly persons: readonly number[];
}

/** Which blocks of a list have something in them, with their position in the form. */
function kept<T>(list: readonly T[], isEmpty: (item: T) => boolean): Array<[T, number]> {
  return list.flatMap((item, i): Array<[T, number]> => (isEmpty(item) ? [] : [[item, i]]));
}

/**
 * The content shared by every intake, as the API takes it. Blocks left completely empty are not sent
 * (a form starts with one empty observation and one empty person); contact details are not sent for an
 * anonymous report, though they stay in the form in case the reporter changes their mind.
 */
export function intakeContent(d: MeldingDraft): { content: Record<string, unknown>; indexes: SentIndexes } {
  const observations = kept(d.observations, isEmptyObservation);
  const assumptions = kept(d.assumptions, (a) => a.text.trim() === '');
  const persons = kept(d.persons, isEmptyPerson);
  const r = d.reporter;
  const anonymous = r.kind === 'anoniem';
  const content: Record<string, unknown> = {
    kind: d.kind || undefined,
    reporter: {
      kind: r.kind || undefined,
      ...(anonymous
        ? {}
        : {
            name: text(r.name),
            email: text(r.email),
            phone: text(r.phone),
            organisation: text(r.organisation),
            role: text(r.role),
          }),
      feedbackWanted: r.feedbackWanted,
    },
    question: d.kind === 'adviesvraag' ? text(d.question) : undefined,
    observations: observations.map(([o]) => ({
      description: o.description,
      observedOn: text(o.observedOn),
      observedWhen: text(o.observedWhen),
      place: o.place || undefined,
      placeDetail: text(o.placeDetail),
      source: o.source || undefined,
      sourceDetail: o.source === 'eigen_waarneming' ? undefined : text(o.sourceDetail),
    })),
    assumptions: assumptions.map(([a]) => a.text),
    contraIndications: text(d.contraIndications),
    persons: persons.map(([p]) => ({
      name: text(p.name),
      age: age(p.age),
      birthDate: text(p.birthDate),
      neighbourhood: text(p.neighbourhood),
      address: text(p.address),
      schoolOrWork: text(p.schoolOrWork),
      relation: p.relation || undefined,
      relationDetail: text(p.relationDetail),
    })),
    ...(d.website === '' ? {} : { website: d.website }),
  };
  return {
    content,
    indexes: {
      observations: observations.map(([, i]) => i),
      assumptions: assumptions.map(([, i]) => i),
      persons: persons.map(([, i]) => i),
    },
  };
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The chosen files as the API takes them: name and content in base64; the server decides the type. */
export async function attachmentsOf(
  files: readonly File[],
): Promise<Array<{ fileName: string; contentBase64: string }>> {
  return Promise.all(files.map(async (f) => ({ fileName: f.name, contentBase64: await readAsBase64(f) })));
}

/**
 * The server names fields by their place in what was sent ("persons.0.birthDate"); the form shows them by
 * the place of the block in the form, which differs when empty blocks were left out.
 */
export function withFormIndexes(error: unknown, indexes: SentIndexes): unknown {
  if (!(error instanceof ApiError) || error.errors.length === 0) return error;
  const errors = error.errors.map((e) => {
    const m = /^(observations|assumptions|persons)\.(\d+)(\..+)?$/.exec(e.field);
    if (!m) return e;
    const list = m[1] as keyof SentIndexes;
    const at = indexes[list][Number(m[2])];
    return at === undefined ? e : { ...e, field: `${list}.${at}${m[3] ?? ''}` };
  });
  return new ApiError(error.status, error.code, error.messages, errors, error.body, error.retryAfterSeconds);
}

/** The id of a form field from its name in the API ("persons.0.name" → "melding-persons-0-name"). */
export function fieldId(field: string): string {
  return `melding-${field.replace(/\./g, '-')}`;
}
