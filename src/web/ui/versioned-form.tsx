import { type ReactNode, type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Button, type ButtonAppearance, ButtonGroup } from './button';
import { DataList } from './data-list';
import { ErrorSummary, type SummaryField } from './error-summary';
import { Heading } from './heading';
import { Paragraph } from './paragraph';
import type { SavedDraft, Versioned, VersionedSave } from './use-versioned-save';

export type ConflictItems = ReadonlyArray<{ key: string; label: string; value: ReactNode }>;

/** The words of the conflict panel; a screen with its own words gives them. */
export interface ConflictWords {
  readonly title: string;
  readonly intro: (version: number) => string;
}

/**
 * The version someone else saved, shown next to the form that still holds the user's input (the page
 * itself shows that version too, and the next save is based on it).
 */
export function VersionConflict({
  version,
  items,
  words,
}: {
  readonly version: number;
  readonly items: ConflictItems;
  readonly words?: ConflictWords | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="utrecht-alert utrecht-alert--warning" aria-labelledby={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id={id}>
            {words ? words.title : t('overleg.conflict.title')}
          </h3>
          <Paragraph>{words ? words.intro(version) : t('overleg.conflict.intro', { version })}</Paragraph>
          {items.length > 0 ? <DataList items={items} /> : null}
        </div>
      </div>
    </section>
  );
}

/** A section of a screen under its own heading, named by it. */
export function FormSection({
  id,
  title,
  level = 2,
  className,
  children,
}: {
  readonly id: string;
  readonly title: ReactNode;
  readonly level?: 2 | 3 | 4;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * What came of the last change: its confirmation, or the error summary linking to the fields. Also for a
 * change made by a button rather than a form (end, unlock, remove).
 */
export function SaveOutcome({
  message,
  error,
  fields = [],
}: {
  readonly message: ReactNode;
  readonly error: unknown;
  readonly fields?: readonly SummaryField[];
}) {
  return (
    <>
      {message ? (
        <Alert type="ok" live>
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={error} fields={fields} />
    </>
  );
}

interface VersionedFormProps<D, R, C extends Versioned> {
  /** The form's state, from useVersionedSave. */
  readonly save: VersionedSave<D, R, C>;
  /** The fields in the order of the form: the error summary links to them. */
  readonly fields: readonly SummaryField[];
  /** The confirmation after a save, shown until the draft changes. */
  readonly savedMessage?: ReactNode | ((saved: SavedDraft<D, R>) => ReactNode);
  /** What the version now saved holds, shown next to the form after a 409. */
  readonly otherItems?: (other: C) => ConflictItems;
  readonly conflictWords?: ConflictWords;
  /** A panel of the screen's own for the version now saved, in place of otherItems. */
  readonly conflict?: ReactNode;
  readonly submitLabel: ReactNode;
  readonly submitAppearance?: ButtonAppearance;
  readonly danger?: boolean;
  /** Buttons after the submit button (e.g. cancel); with them, the buttons stand as a group. */
  readonly actions?: ReactNode;
  /** The form's accessible name: the id of its heading, or a label of its own. */
  readonly labelledBy?: string;
  readonly label?: string;
  readonly id?: string;
  readonly formRef?: Ref<HTMLFormElement>;
  /** The form's class; null for a form in the flow of its section. */
  readonly className?: string | null;
  readonly children: ReactNode;
}

/**
 * A form that changes something the server keeps versions of: the confirmation of the last save, the error
 * summary linking to the fields, after a 409 the version now saved next to the form that keeps what was
 * typed, the fields, and the submit button that shows the save running.
 */
export function VersionedForm<D, R, C extends Versioned>({
  save,
  fields,
  savedMessage,
  otherItems,
  conflictWords,
  conflict,
  submitLabel,
  submitAppearance = 'primary-action',
  danger,
  actions,
  labelledBy,
  label,
  id,
  formRef,
  className = 'duiden-form',
  children,
}: VersionedFormProps<D, R, C>) {
  const saved = save.saved;
  const message = saved && (typeof savedMessage === 'function' ? savedMessage(saved) : savedMessage);
  const submit = (
    <Button type="submit" appearance={submitAppearance} danger={danger ?? false} busy={save.pending}>
      {submitLabel}
    </Button>
  );
  return (
    <>
      <SaveOutcome message={message} error={save.error} fields={fields} />
      {save.other && otherItems ? (
        <VersionConflict version={save.other.version} items={otherItems(save.other)} words={conflictWords} />
      ) : null}
      {conflict}
      <form
        id={id}
        ref={formRef}
        className={className ?? undefined}
        onSubmit={save.submit}
        noValidate
        aria-labelledby={labelledBy}
        aria-label={label}
      >
        {children}
        {actions === undefined ? (
          submit
        ) : (
          <ButtonGroup>
            {submit}
            {actions}
          </ButtonGroup>
        )}
      </form>
    </>
  );
}
