import type { App } from '../../src/server/deps.js';

/** The part of JSON Schema the route schemas use (TypeBox output as published in /api/openapi.json). */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly patternProperties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface Parameter {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
  readonly required?: boolean;
  readonly schema: JsonSchema;
}

export interface Operation {
  /** `METHOD /path/{param}` as in the OpenAPI document. */
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly access: { readonly key: string; readonly allowed: 'public' | 'signedIn' | readonly string[] };
  readonly parameters: readonly Parameter[];
  readonly body: JsonSchema | null;
}

/** Every operation of the published API description, with its access rule and schemas. */
export async function loadOperations(app: App): Promise<Operation[]> {
  const doc = (await app.inject('/api/openapi.json')).json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          'x-access': Operation['access'];
          parameters?: Parameter[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      const body = content['application/json']?.schema ?? Object.values(content)[0]?.schema ?? null;
      ops.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        access: op['x-access'],
        parameters: op.parameters ?? [],
        body,
      });
    }
  }
  return ops;
}

/** Known shapes for the few patterns the schemas use; anything else gets a plain word. */
const PATTERN_SAMPLES: Record<string, string> = {
  '^[a-z0-9._@-]{3,100}$': 'demo.user',
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': '10:30',
  '^[a-z0-9_]{2,60}$': 'proef_code',
  '^[0-9]{4}(-(H[12]|K[1-4]|(0[1-9]|1[0-2])))?$': '2025',
  '^[A-Za-z0-9_-]{32,64}$': 'proefProefProefProefProefProefProefProefPro',
  '^[0-9a-f]{64}$': '0'.repeat(64),
};

const FORMAT_SAMPLES: Record<string, string> = {
  uuid: '00000000-0000-4000-8000-000000000000',
  date: '2026-03-01',
  'date-time': '2026-03-01T10:00:00.000Z',
  email: 'proef@example.org',
  uri: 'https://example.org/',
};

export function types(schema: JsonSchema): string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === 'string' ? [schema.type] : [...schema.type];
}

/** The branches of a union without the null branch (a nullable field's real shape). */
export function branches(schema: JsonSchema): JsonSchema[] {
  const list = schema.anyOf ?? schema.oneOf ?? [];
  return list.filter((b) => !(types(b).length === 1 && types(b)[0] === 'null'));
}

/**
 * A value that satisfies the schema (formats, patterns, bounds), with every optional property filled in,
 * so a test can change one field and know the schema accepted the rest.
 */
export function sample(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (schema.anyOf || schema.oneOf) {
    const first = branches(schema)[0];
    return first ? sample(first) : null;
  }
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s) as object));
  const type = types(schema).find((t) => t !== 'null') ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(schema.properties ?? {})) out[k] = sample(v);
      return out;
    }
    case 'array': {
      const n = Math.min(Math.max(schema.minItems ?? 1, 1), schema.maxItems ?? 1);
      return Array.from({ length: n }, () => (schema.items ? sample(schema.items) : 'x'));
    }
    case 'string': {
      if (schema.format && FORMAT_SAMPLES[schema.format]) return FORMAT_SAMPLES[schema.format];
      if (schema.pattern) return PATTERN_SAMPLES[schema.pattern] ?? 'x';
      const n = Math.min(Math.max(schema.minLength ?? 0, 5), schema.maxLength ?? 5);
      return 'proef'.padEnd(n, 'x').slice(0, n);
    }
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? 1);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return null;
  }
}

/** The paths (as [key, ...]) of the free-text strings in a schema: no format, pattern or enum. */
export function freeTextPaths(
  schema: JsonSchema,
  at: Array<string | number> = [],
): Array<Array<string | number>> {
  if (schema.anyOf || schema.oneOf) {
    const first = branches(schema)[0];
    return first ? freeTextPaths(first, at) : [];
  }
  const type = types(schema).find((t) => t !== 'null') ?? (schema.properties ? 'object' : undefined);
  if (type === 'object') {
    return Object.entries(schema.properties ?? {}).flatMap(([k, v]) => freeTextPaths(v, [...at, k]));
  }
  if (type === 'array' && schema.items) return freeTextPaths(schema.items, [...at, 0]);
  if (type === 'string' && !schema.format && !schema.pattern && !schema.enum && schema.const === undefined) {
    return [at];
  }
  return [];
}

/** A deep copy of `value` with the value at `path` replaced. */
export function withValue(
  value: unknown,
  path: ReadonlyArray<string | number>,
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withValue(copy[head], rest, replacement);
  return copy;
}

/**
 * The URL of an operation with the given path parameters (URL-encoded) and query; a path parameter not
 * given gets a sample of its schema (a well-formed id that names nothing, the first of an enum).
 */
export function urlOf(
  op: Operation,
  params: Readonly<Record<string, string>>,
  query: Readonly<Record<string, string>> = {},
): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    return encodeURIComponent(params[name] ?? String(sample(schema)));
  });
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
}
