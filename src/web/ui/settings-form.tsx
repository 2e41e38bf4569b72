import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ComponentProps, type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { Alert } from './alert';
import { Button, type ButtonAppearance } from './button';
import { DataList } from './data-list';
import { ErrorSummary, type SummaryField } from './error-summary';
import { TextField } from './form-field';
import { Paragraph } from './paragraph';
import { useFieldErrors } from './problem';

/**
 * A change sent from a form: the mutation, its confirmation once done (cleared when the form is sent again)
 * and the server's message per field. `confirm` words what was done from the answer and what was sent.
 */
export function useFormMutation<V, R, C>({
  send,
  confirm,
  onSaved,
  onError,
}: {
  readonly send: (values: V) => Promise<R>;
  readonly confirm: (answer: R, values: V) => C;
  /** After the confirmation is set; the form stays busy until a returned promise is done. */
  readonly onSaved?: (answer: R, values: V) => unknown;
  readonly onError?: (error: unknown) => void;
}) {
  const [done, setDone] = useState<C | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (answer, values) => {
      setDone(confirm(answer, values));
      await onSaved?.(answer, values);
    },
    ...(onError ? { onError } : {}),
  });
  const fieldError = useFieldErrors(mutation.error);
  /** Sends the form once (a second press while it is being sent does nothing). */
  const submit = (values: V) => (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setDone(null);
    mutation.mutate(values);
  };
  return { mutation, done, setDone, fieldError, submit };
}

/**
 * A form that adds a record: its draft, sent as it stands; after success the draft is emptied (except what
 * `keep` keeps, e.g. a choice the next record likely shares), the list under `queryKey` read again, and the
 * confirmation shown.
 */
export function useAddForm<D extends object, R, C>({
  empty,
  send,
  confirm,
  queryKey,
  keep,
}: {
  readonly empty: D;
  readonly send: (draft: D) => Promise<R>;
  readonly confirm: (answer: R, draft: D) => C;
  readonly queryKey: QueryKey;
  readonly keep?: (draft: D) => Partial<D>;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<D>(empty);
  const set = (change: Partial<D>) => setDraft((d) => ({ ...d, ...change }));
  const form = useFormMutation({
    send,
    confirm,
    onSaved: (_answer, sent: D) => {
      setDraft({ ...empty, ...keep?.(sent) });
      return queryClient.invalidateQueries({ queryKey });
    },
  });
  return {
    draft,
    set,
    add: form.mutation,
    added: form.done,
    fieldError: form.fieldError,
    submit: form.submit(draft),
  };
}

/** The record now saved, when the answer is a conflict (409) that carries it. */
export function conflictCurrent<S>(error: unknown, isRecord: (value: unknown) => value is S): S | null {
  return error instanceof ApiError && error.code === 'conflict' && isRecord(error.body.current)
    ? error.body.current
    : null;
}

/** The version every settings record carries, sent back with a change. */
export interface Versioned {
  readonly version: number;
}

/** Whether a value is a record of settings: an object with a version and, as a number, the field named. */
export function settingsWith<S extends Versioned>(field: keyof S & string): (value: unknown) => value is S {
  return (value): value is S =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).version === 'number' &&
    typeof (value as Record<string, unknown>)[field] === 'number';
}

/**
 * A form that edits one versioned settings record. It saves with the version it read; the saved record goes
 * into the query cache under `queryKey`. On a conflict what was typed stays, `other` holds the record now
 * saved (to show next to the form), and the next save is based on that version.
 */
export function useSettingsForm<S extends Versioned>({
  queryKey,
  initial,
  isRecord,
  send,
}: {
  readonly queryKey: QueryKey;
  readonly initial: S;
  readonly isRecord: (value: unknown) => value is S;
  readonly send: (version: number) => Promise<S>;
}) {
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const form = useFormMutation({
    send,
    confirm: () => true,
    onSaved: (s: S) => {
      queryClient.setQueryData(queryKey, s);
      setBaseVersion(s.version);
    },
    onError: (error) => {
      const other = conflictCurrent(error, isRecord);
      if (other) setBaseVersion(other.version);
    },
  });
  return {
    save: form.mutation,
    saved: form.done === true,
    other: conflictCurrent(form.mutation.error, isRecord),
    fieldError: form.fieldError,
    submit: form.submit(baseVersion),
  };
}

/**
 * The record now saved by someone else, shown next to the form that keeps what was typed. The heading and
 * introduction are Beheer's unless an area words them itself.
 */
export function ConflictNotice({
  id,
  version,
  items,
  texts,
}: {
  readonly id: string;
  readonly version: number;
  readonly items: ReadonlyArray<{ key: string; label: string; value: ReactNode }>;
  readonly texts?: { readonly title: string; readonly intro: string };
}) {
  const { t } = useTranslation();
  return (
    <section className="utrecht-alert utrecht-alert--warning" aria-labelledby={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id={id}>
            {texts?.title ?? t('beheer.conflictTitle')}
          </h3>
          <Paragraph>{texts?.intro ?? t('beheer.conflictIntro', { version })}</Paragraph>
          {items.length > 0 ? <DataList items={items} /> : null}
        </div>
      </div>
    </section>
  );
}

/**
 * The form of a settings or add form, named by the heading above it: the confirmation once saved, the error
 * summary linking to the fields, the record now saved after a conflict, the fields and the button.
 */
export function SaveForm({
  labelledBy,
  confirmation,
  error,
  fields,
  conflict,
  submit,
  onSubmit,
  children,
}: {
  /** The id of the heading that names the form. */
  readonly labelledBy: string;
  /** The text shown (and announced) once saved; null before. */
  readonly confirmation: string | null;
  readonly error: unknown;
  readonly fields: readonly SummaryField[];
  readonly conflict?: ReactNode;
  readonly submit: { readonly label: string; readonly busy: boolean; readonly appearance?: ButtonAppearance };
  readonly onSubmit: (e: FormEvent) => void;
  readonly children: ReactNode;
}) {
  return (
    <>
      {confirmation !== null ? (
        <Alert type="ok" live>
          <Paragraph>{confirmation}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={error} fields={fields} />
      {conflict}
      <form className="duiden-form" onSubmit={onSubmit} noValidate aria-labelledby={labelledBy}>
        {children}
        <Button type="submit" appearance={submit.appearance ?? 'primary-action'} busy={submit.busy}>
          {submit.label}
        </Button>
      </form>
    </>
  );
}

/**
 * A whole number typed in a text field, as the API wants it; anything else is sent as typed, for the server
 * to refuse by name. An empty field is left out.
 */
export function typedWhole(value: string, digits = 3): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return new RegExp(`^\\d{1,${digits}}$`).test(v) ? Number(v) : v;
}

/** A required whole number typed in a text field (a number of days, hours, months), at most `digits` long. */
export function WholeNumberField({
  digits = 3,
  ...field
}: Omit<ComponentProps<typeof TextField>, 'inputMode' | 'autoComplete' | 'maxLength' | 'required'> & {
  readonly digits?: number;
}) {
  return <TextField inputMode="numeric" autoComplete="off" maxLength={digits} required {...field} />;
}
