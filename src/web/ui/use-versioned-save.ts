import { type FormEvent, useState } from 'react';
import { isConflict, useFormSend, type Versioned } from './form-send';

export type { Versioned } from './form-send';

/** A save that went through: what the server answered and the draft that was sent. */
export interface SavedDraft<D, R> {
  readonly result: R;
  readonly sent: D;
}

export interface VersionedSaveOptions<D, R, C extends Versioned> {
  /** What the form starts with: the thing as last read, or the empty form for a new one. */
  readonly initial: D | (() => D);
  /** The version last read (left out by a form that adds something new). */
  readonly version?: number;
  /** Sends the draft, based on the given version. May throw an ApiError of its own for a check before sending. */
  readonly send: (draft: D, version: number) => Promise<R>;
  /** The version now saved, from a 409 answer. */
  readonly conflict?: (error: unknown) => C | null;
  /** The version the answer of a save carries, when it carries one. */
  readonly versionOf?: (result: R) => number;
  /** After a save: read again what depends on it. The form stays busy until it is done. */
  readonly onSaved?: (result: R, sent: D) => unknown;
  /** After a 409: read the thing again, so the page shows the version now saved. */
  readonly onConflict?: (current: C | null) => void;
  /** After any failed save, e.g. to read again a count the attempt changed. */
  readonly onFailed?: (error: unknown) => void;
  /** A form that adds something starts empty again after a save. */
  readonly resetTo?: D;
}

/** The keys of a draft that hold text (what a text field, text area, select or radio group edits). */
export type TextKey<D> = { [K in keyof D]-?: D[K] extends string ? K : never }[keyof D];

/** What a text field, text area, select or radio group of the form needs: its value, its change, its error. */
export interface BoundField {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly error: string | undefined;
}

export interface VersionedSave<D, R, C extends Versioned> {
  readonly draft: D;
  /** Changes the draft; the confirmation of the last save goes. */
  readonly set: (change: Partial<D>) => void;
  /** The version the next save is based on. */
  readonly version: number;
  /** The last save, until the draft changes or is sent again. */
  readonly saved: SavedDraft<D, R> | null;
  readonly error: unknown;
  readonly pending: boolean;
  /** The server's message for one field of the draft. */
  readonly fieldError: (field: string) => string | undefined;
  /**
   * Binds a field to one text of the draft, with the server's message for it (by default under the same
   * name). A select offers only values the draft's type allows.
   */
  readonly bind: (key: TextKey<D>, serverField?: string) => BoundField;
  /** The version someone else saved meanwhile, after a 409. */
  readonly other: C | null;
  /** Sends the draft, once at a time. */
  readonly submit: (event?: FormEvent) => void;
}

/**
 * The state of a form that changes (or adds) something the server keeps versions of. It sends the version
 * last read: the highest known from the page, the answer of the last save, or the version a 409 answer
 * carries. On a failed save what was typed stays, and after a 409 the next save is based on the version now
 * saved, which the form shows next to what the user typed.
 */
export function useVersionedSave<D, R = unknown, C extends Versioned = Versioned>(
  options: VersionedSaveOptions<D, R, C>,
): VersionedSave<D, R, C> {
  const [draft, setDraft] = useState<D>(options.initial);
  const [known, setKnown] = useState(0);
  const version = Math.max(options.version ?? 0, known);
  const form = useFormSend<R, SavedDraft<D, R>, D>({
    send: (sent) => options.send(sent, version),
    onSent: (result, sent) => {
      if (options.versionOf) setKnown(options.versionOf(result));
      if (options.resetTo !== undefined) setDraft(options.resetTo);
      return { result, sent };
    },
    afterSent: options.onSaved,
    onError: (error) => {
      options.onFailed?.(error);
      if (!isConflict(error)) return;
      const current = options.conflict?.(error) ?? null;
      if (current) setKnown(current.version);
      options.onConflict?.(current);
    },
  });
  const { mutation, fieldError } = form;
  const set = (change: Partial<D>) => {
    form.setDone(null);
    setDraft((d) => ({ ...d, ...change }));
  };
  return {
    draft,
    set,
    version,
    saved: form.done,
    error: mutation.error,
    pending: mutation.isPending,
    fieldError,
    bind: (key, serverField) => ({
      value: String(draft[key]),
      onValueChange: (value) => set({ [key]: value } as Partial<D>),
      error: fieldError(serverField ?? String(key)),
    }),
    other: options.conflict?.(mutation.error) ?? null,
    submit: (event) => {
      event?.preventDefault();
      form.sendOnce(draft);
    },
  };
}
