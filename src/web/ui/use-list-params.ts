import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** How one filter is read from and written to the address bar. */
export interface ParamSpec<T> {
  /** The parameter's name in the address, when it is not the filter's own. */
  readonly name?: string;
  read(params: URLSearchParams, name: string): T;
  write(params: URLSearchParams, name: string, value: T): void;
}

/**
 * The kinds of filter a list page keeps in its query string. `name` is the parameter's name when it differs
 * from the filter's (a Dutch address for an English field).
 */
export const param = {
  /**
   * Free text or one choice; left out when empty. `trim: false` keeps spaces while typing in a live filter.
   * `otherwise` is the choice when the address names none (a list's default order), shown in the form.
   */
  text: ({
    name,
    trim = true,
    otherwise = '',
  }: {
    name?: string;
    trim?: boolean;
    otherwise?: string;
  } = {}): ParamSpec<string> => ({
    ...(name === undefined ? {} : { name }),
    read: (params, key) => params.get(key) ?? otherwise,
    write: (params, key, value) => {
      if (value.trim() !== '') params.set(key, trim ? value.trim() : value);
    },
  }),
  /** A checkbox: the parameter holds `on` ("true" unless said) when ticked and is left out when not. */
  flag: ({ name, on = 'true' }: { name?: string; on?: string } = {}): ParamSpec<boolean> => ({
    ...(name === undefined ? {} : { name }),
    read: (params, key) => params.get(key) === on,
    write: (params, key, value) => {
      if (value) params.set(key, on);
    },
  }),
  /**
   * Several choices of a fixed set, repeated as `key=a&key=b` in the set's own order. With `otherwise` (a
   * list's default selection, e.g. the open statuses) an address naming none means that selection, and
   * choosing none or all is written as all of the set: "every status" is then a link like any other.
   */
  list: <T extends string>(
    values: readonly T[],
    { otherwise }: { otherwise?: readonly T[] } = {},
  ): ParamSpec<readonly T[]> => ({
    read: (params, key) => {
      const chosen = params.getAll(key).filter((v): v is T => (values as readonly string[]).includes(v));
      return otherwise && chosen.length === 0 ? otherwise : chosen;
    },
    write: (params, key, value) => {
      for (const v of otherwise && value.length === 0 ? values : value) params.append(key, v);
    },
  }),
};

/** The filters of one page by name (`write` is a method, so a spec of strings fits one of unknowns). */
type Spec = Record<string, ParamSpec<unknown>>;
type ValuesOf<S extends Spec> = {
  readonly [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never;
};

/** Reads and writes a page's filters; parameters are written in the order of the spec. */
export interface FilterCodec<F> {
  read(params: URLSearchParams): F;
  write(filters: F): URLSearchParams;
}

/** The filters a codec reads, as a type. */
export type FiltersOf<C> = C extends FilterCodec<infer F> ? F : never;

export function filterCodec<S extends Spec>(spec: S): FilterCodec<ValuesOf<S>> {
  const entries = Object.entries(spec);
  return {
    read: (params) =>
      Object.fromEntries(
        entries.map(([field, p]) => [field, p.read(params, p.name ?? field)]),
      ) as ValuesOf<S>,
    write: (filters) => {
      const params = new URLSearchParams();
      for (const [field, p] of entries) p.write(params, p.name ?? field, filters[field as keyof S]);
      return params;
    },
  };
}

/** Text filters only, each under its own name: the common case. */
export function textFilters<const N extends string>(names: readonly N[]): FilterCodec<Record<N, string>> {
  const spec: Spec = Object.fromEntries(names.map((n) => [n, param.text()]));
  return filterCodec(spec) as FilterCodec<Record<N, string>>;
}

/**
 * The filters of a list page, kept in the address bar so back, forward and a shared link keep them. The
 * form edits a draft; applying it writes the address, and the list follows the address. With `searched`,
 * applying marks the new history entry, so the page may open an exact match at once (`useOpenWhenSearched`).
 */
export function useListParams<F>(codec: FilterCodec<F>, { searched = false }: { searched?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const current = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters change only with the address
  const applied = useMemo(() => codec.read(new URLSearchParams(current)), [current]);
  const [draft, setDraft] = useState<F>(applied);
  // Back and forward in the browser change the filters in the address bar; the form follows.
  useEffect(() => setDraft(applied), [applied]);

  const set =
    <K extends keyof F>(name: K) =>
    (value: F[K]) =>
      setDraft((d) => ({ ...d, [name]: value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(codec.write(draft), searched ? { state: { searched: true } } : undefined);
  };
  const clear = () => {
    setDraft(codec.read(new URLSearchParams()));
    setParams(new URLSearchParams());
  };
  /** Applies a change at once (a live filter), replacing the history entry instead of adding one. */
  const change = (update: Partial<F>) => setParams(codec.write({ ...applied, ...update }), { replace: true });

  return {
    applied,
    /** The applied filters as the API's query string (without "?"), also a stable query key. */
    query: codec.write(applied).toString(),
    draft,
    setDraft,
    set,
    apply,
    clear,
    change,
  };
}

/** What `useListParams` gives a page: the filters applied and the draft of the form, with its handlers. */
export type ListParams<F> = ReturnType<typeof useListParams<F>>;

/**
 * After a search that names one record exactly (a whole reference), opens that record. The search itself
 * is not kept in the history, so going back returns to the list as it was before.
 */
export function useOpenWhenSearched(path: string | null): void {
  const navigate = useNavigate();
  const searched = (useLocation().state as { searched?: boolean } | null)?.searched === true;
  useEffect(() => {
    if (searched && path) navigate(path, { replace: true });
  }, [searched, path, navigate]);
}
