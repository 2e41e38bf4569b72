import { FILL_IN } from '../contract/primitives.js';
import type { FieldError } from './problem.js';

/** The subset of an Ajv error we translate (`parentSchema` and `data` as Ajv's `verbose` gives them). */
export interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Record<string, unknown>;
  readonly parentSchema?: unknown;
  readonly data?: unknown;
}

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;

/** A field's own words for "missing" (`fillIn` in src/contract/primitives.ts), if it has them. */
function ownWords(schema: unknown): [string, string] | null {
  const w = record(record(schema)?.[FILL_IN]);
  return w && typeof w.nl === 'string' && typeof w.en === 'string' ? [w.nl, w.en] : null;
}

/** A choice among fixed values (an enum, or a union of constants). */
function isChoice(schema: unknown): boolean {
  const s = record(schema);
  if (!s) return false;
  if (Array.isArray(s.enum) || 'const' in s) return true;
  const members = Array.isArray(s.anyOf) ? s.anyOf : [];
  return members.some((m) => isChoice(m));
}

const FILL_IN_FIELD: [string, string] = ['Vul dit veld in.', 'Fill in this field.'];
const MAKE_CHOICE: [string, string] = ['Maak een keuze.', 'Make a choice.'];

/** What to do about a missing or empty field: its own words, else "Maak een keuze." or "Vul dit veld in.". */
function missing(schema: unknown): [string, string] {
  return ownWords(schema) ?? (isChoice(schema) ? MAKE_CHOICE : FILL_IN_FIELD);
}

const FORMAT: Record<string, [string, string]> = {
  email: ['Vul een geldig e-mailadres in.', 'Enter a valid e-mail address.'],
  date: ['Vul een geldige datum in (jjjj-mm-dd).', 'Enter a valid date (yyyy-mm-dd).'],
  'date-time': ['Vul een geldige datum en tijd in.', 'Enter a valid date and time.'],
  uuid: ['Dit is geen geldige verwijzing.', 'This is not a valid reference.'],
  uri: ['Vul een geldig webadres in.', 'Enter a valid web address.'],
};

function message(e: SchemaError): [string, string] {
  const p = e.params;
  switch (e.keyword) {
    case 'required': {
      const property = record(record(e.parentSchema)?.properties)?.[String(p.missingProperty)];
      return missing(property);
    }
    case 'minLength':
      return p.limit === 1
        ? missing(e.parentSchema)
        : [`Vul minimaal ${p.limit} tekens in.`, `Enter at least ${p.limit} characters.`];
    case 'maxLength':
      return [`Gebruik hoogstens ${p.limit} tekens.`, `Use at most ${p.limit} characters.`];
    case 'minimum':
      return [`De waarde moet minimaal ${p.limit} zijn.`, `The value must be at least ${p.limit}.`];
    case 'maximum':
      return [`De waarde mag hoogstens ${p.limit} zijn.`, `The value must be at most ${p.limit}.`];
    case 'minItems':
      return [`Kies er minimaal ${p.limit}.`, `Choose at least ${p.limit}.`];
    case 'maxItems':
      return [`Kies er hoogstens ${p.limit}.`, `Choose at most ${p.limit}.`];
    case 'format':
      return (
        FORMAT[String(p.format)] ?? [
          'De invoer heeft niet de juiste vorm.',
          'The input is not in the right form.',
        ]
      );
    case 'pattern':
      return ['De invoer heeft niet de juiste vorm.', 'The input is not in the right form.'];
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      // An empty choice (a select left on its first line) is a missing one.
      if (e.data === '' && ownWords(e.parentSchema)) return missing(e.parentSchema);
      return ['Kies een van de mogelijke waarden.', 'Choose one of the allowed values.'];
    case 'type':
      return ['Deze waarde heeft niet het juiste type.', 'This value has the wrong type.'];
    case 'additionalProperties':
      return ['Dit veld is onbekend.', 'This field is unknown.'];
    case 'nul':
      return [
        'Deze tekst bevat een teken dat niet is toegestaan (het NUL-teken).',
        'This text contains a character that is not allowed (the NUL character).',
      ];
    case 'depth':
      return [
        `De invoer is te diep genest (hoogstens ${p.limit} niveaus).`,
        `The input is nested too deeply (at most ${p.limit} levels).`,
      ];
    default:
      return ['Deze waarde is niet geldig.', 'This value is not valid.'];
  }
}

/** Turns schema errors into one message per field (the first error for each field wins). */
export function toFieldErrors(errors: readonly SchemaError[], part: string): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const e of errors) {
    const segments = e.instancePath
      .split('/')
      .filter(Boolean)
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    if (e.keyword === 'required' && typeof e.params.missingProperty === 'string') {
      segments.push(e.params.missingProperty);
    }
    if (e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string') {
      segments.push(e.params.additionalProperty);
    }
    const field = segments.length > 0 ? segments.join('.') : part;
    if (seen.has(field)) continue;
    const [nl, en] = message(e);
    seen.set(field, { field, nl, en });
  }
  return [...seen.values()];
}

/** Registers the `fillIn` annotation with Ajv: words for the error message, no rule of its own. */
export function fillInKeyword<A extends { addKeyword(definition: { keyword: string }): unknown }>(ajv: A): A {
  ajv.addKeyword({ keyword: FILL_IN });
  return ajv;
}
