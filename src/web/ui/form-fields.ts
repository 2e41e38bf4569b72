import { useCallback, useState } from 'react';
import type { SummaryField } from './error-summary';
import { radioId } from './form-field';
import { useFieldErrors } from './problem';
import type { BoundField, TextKey } from './use-versioned-save';

/** How a form names one of its fields: the id of its input and its label, written once for field and summary. */
export interface FieldName {
  readonly id: string;
  readonly label: string;
  /** The name the server gives the field in problem.errors[].field, when it is not the key of the table. */
  readonly field?: string;
  /** Of a radio group: the value of its first option, whose input the error summary links to. */
  readonly firstOption?: string;
}

/** The fields of a form in the order it shows them (the error summary lists the server's messages so). */
export type FieldTable<N extends string> = Readonly<Record<N, FieldName>>;

/** A table whose ids and labels follow from the fields' names, in the order given. */
export function fieldTable<N extends string>(
  names: readonly N[],
  name: (field: N) => FieldName,
): FieldTable<N> {
  return Object.fromEntries(names.map((field) => [field, name(field)])) as Record<N, FieldName>;
}

/** What a field takes from the table: its id, its label and the server's message for it. */
export interface NamedField {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
}

/** A draft of a form and its change, as `useDraft`, `useAddForm` and `useVersionedSave` hold it. */
export interface DraftSource<D> {
  readonly draft: D;
  readonly set: (change: Partial<D>) => void;
}

export interface FormFields<N extends string, D> {
  /** The error summary's list (FormFrame's and ErrorSummary's `fields`). */
  readonly summary: readonly SummaryField[];
  /** The id, label and server message of a field. */
  readonly field: (name: N) => NamedField;
  /** The same for a radio group, whose label is its legend. */
  readonly group: (name: N) => Omit<NamedField, 'label'> & { readonly legend: string };
  /** A field tied to one text of the draft: its id, label, value, change and server message. */
  readonly bind: (name: N & TextKey<D>) => NamedField & BoundField;
  /** The same for a radio group. */
  readonly bindGroup: (
    name: N & TextKey<D>,
  ) => Omit<NamedField, 'label'> & { readonly legend: string } & BoundField;
  /** The server's message for a field by the server's name, for what the table does not name. */
  readonly fieldError: (field: string) => string | undefined;
}

/**
 * The fields of a form named once: from one table of ids and labels come the error summary's links and each
 * field's id, label and server message, and, given the form's draft, its value and change.
 */
export function useFormFields<N extends string, D = Record<N, string>>(
  error: unknown,
  table: FieldTable<N>,
  source?: DraftSource<D>,
): FormFields<N, D> {
  return formFields(useFieldErrors(error), table, source);
}

/** The error summary's list of a table, for a form whose fields are drawn where the error is known. */
export function fieldSummary<N extends string>(table: FieldTable<N>): readonly SummaryField[] {
  return (Object.keys(table) as N[]).map((name) => {
    const { id, label, field: serverName, firstOption } = table[name];
    return {
      field: serverName ?? name,
      id: firstOption === undefined ? id : radioId(id, firstOption),
      label,
    };
  });
}

/** `useFormFields` with the server's messages already read (e.g. handed to a part of a form). */
export function formFields<N extends string, D = Record<N, string>>(
  fieldError: (field: string) => string | undefined,
  table: FieldTable<N>,
  source?: DraftSource<D>,
): FormFields<N, D> {
  const field = (name: N): NamedField => {
    const { id, label, field: serverName } = table[name];
    return { id, label, error: fieldError(serverName ?? name) };
  };
  const bind = (name: N & TextKey<D>): NamedField & BoundField => {
    if (!source) throw new Error(`useFormFields: no draft to bind ${name} to`);
    return {
      ...field(name),
      value: String(source.draft[name]),
      onValueChange: (value: string) => source.set({ [name]: value } as Partial<D>),
    };
  };
  return {
    summary: fieldSummary(table),
    field,
    group: (name) => asGroup(field(name)),
    bind,
    bindGroup: (name) => asGroup(bind(name)),
    fieldError,
  };
}

/** A radio group is named by its legend. */
function asGroup<F extends NamedField>({
  label,
  ...rest
}: F): Omit<F, 'label'> & { readonly legend: string } {
  return { ...rest, legend: label };
}

/** The draft of a form that keeps its own (a sign-in step, a search): its values and a change to some. */
export function useDraft<D extends object>(initial: D): DraftSource<D> {
  const [draft, setDraft] = useState<D>(initial);
  // The same function every render, so an effect may depend on it.
  const set = useCallback((change: Partial<D>) => setDraft((d) => ({ ...d, ...change })), []);
  return { draft, set };
}
