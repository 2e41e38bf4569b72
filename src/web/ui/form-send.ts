import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api';
import { useFieldErrors } from './problem';

/**
 * The send of a form on a screen: the call, what the success message needs once it succeeded (cleared when
 * the form is sent again), the server's message per field, and the props a `FormFrame` takes from it.
 * `onSent` refreshes what the page shows and empties the fields that should be; what it returns is `done`.
 * `afterSent` runs once `done` is set; the form stays busy until a promise it returns is done. A failed send
 * leaves the fields as they are, so what was typed stays. The other form hooks are built on this one.
 */
export function useFormSend<R, D = true, V = void>({
  send,
  onSent,
  afterSent,
  onError,
}: {
  /** Sends what the form holds (`values`: what `sendOnce` is given). */
  readonly send: (values: V) => Promise<R>;
  readonly onSent: (result: R, values: V) => D | Promise<D>;
  readonly afterSent?: ((result: R, values: V) => unknown) | undefined;
  readonly onError?: (error: unknown) => void;
}) {
  const [done, setDone] = useState<D | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (result, values) => {
      setDone(await onSent(result, values));
      await afterSent?.(result, values);
    },
    ...(onError ? { onError } : {}),
  });
  const fieldError = useFieldErrors(mutation.error);
  /** Sends once (a second press while it is being sent does nothing). */
  const sendOnce = (values: V) => {
    if (mutation.isPending) return;
    setDone(null);
    mutation.mutate(values);
  };
  return {
    mutation,
    done,
    setDone,
    fieldError,
    sendOnce,
    /** For a FormFrame whose send takes no values: its error summary, busy state and submit. */
    frame: { error: mutation.error, busy: mutation.isPending, onSubmit: () => sendOnce(undefined as V) },
  };
}

/** Something the server keeps a version of: every change sends the version it was based on. */
export interface Versioned {
  readonly version: number;
}

/** Whether the answer is a conflict (409): someone else saved a newer version meanwhile. */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'conflict';
}

/** The record now saved, when the answer is a conflict (409) that carries it. */
export function conflictCurrent<S>(error: unknown, isRecord: (value: unknown) => value is S): S | null {
  return isConflict(error) && isRecord(error.body.current) ? error.body.current : null;
}

/** Whether a value read from JSON is an object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Whether a value is a record of one kind: an object with a version for which `is` holds (the fields that tell
 * this kind apart). With `conflictCurrent`, it reads the version a 409 carries.
 */
export function versionedWith<S extends Versioned>(
  is: (value: Record<string, unknown>) => boolean,
): (value: unknown) => value is S {
  return (value): value is S => isObject(value) && typeof value.version === 'number' && is(value);
}

/** Whether a value is a record of settings: an object with a version and, as a number, the field named. */
export function settingsWith<S extends Versioned>(field: keyof S & string): (value: unknown) => value is S {
  return versionedWith<S>((value) => typeof value[field] === 'number');
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
  const form = useFormSend<R, C, D>({
    send,
    onSent: confirm,
    afterSent: (_answer, sent) => {
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
    submit: () => form.sendOnce(draft),
  };
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
  const form = useFormSend<S, true, number>({
    send,
    onSent: () => true,
    afterSent: (s) => {
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
    submit: () => form.sendOnce(baseVersion),
  };
}
