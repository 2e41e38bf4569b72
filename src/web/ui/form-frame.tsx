import type { ReactNode, Ref } from 'react';
import { DoneAlert } from './alert';
import { Button, type ButtonAppearance, ButtonGroup } from './button';
import { cx } from './class-names';
import { ErrorSummary, type SummaryField } from './error-summary';
import { Heading } from './heading';

export interface FormFrameProps {
  /** The form's heading; its id names the form. Leave it out when the section's heading names it. */
  readonly title?: ReactNode;
  readonly titleLevel?: 2 | 3;
  /** The id of the heading that names the form (the form's own `title`, or one above it). */
  readonly labelledBy?: string;
  /** The form's name when no heading names it. */
  readonly label?: string;
  /** Shown under the heading, before any message. */
  readonly intro?: ReactNode;
  /** What the last send did, announced as it appears; null (or left out) before. */
  readonly done?: ReactNode;
  /** The failed send's problem: its message and a link to every field it names (in the order of `fields`). */
  readonly error: unknown;
  readonly fields: readonly SummaryField[];
  /** On a conflict (409): the version saved meanwhile, above the form that keeps what was typed. */
  readonly conflict?: ReactNode;
  /** Called on submit, not while a send is under way. */
  readonly onSubmit: () => void;
  readonly busy: boolean;
  /** The text of the one submit button; or give `actions`. */
  readonly submitLabel?: string;
  /** The submit button's look: secondary unless the form is the page's main action. */
  readonly submitAppearance?: ButtonAppearance;
  /** The submit button removes or ends something. */
  readonly danger?: boolean;
  /** The form's buttons, in place of the one submit button. */
  readonly actions?: ReactNode;
  /** Buttons after the one submit button (e.g. cancel); given (even null), the buttons stand as a group. */
  readonly moreActions?: ReactNode;
  /** A class for the form besides duiden-form (e.g. the intake's layout); null for a form in the flow of its section. */
  readonly className?: string | null;
  readonly id?: string;
  readonly formRef?: Ref<HTMLFormElement>;
  /** Shown in place of the form, messages staying (e.g. when nothing may be changed any more). */
  readonly instead?: ReactNode;
  /** Under the buttons, still in the form. */
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}

/**
 * What every form on a screen shares: its heading, the message after a send, the error summary, the version
 * saved meanwhile on a conflict, and the form itself (the server validates, so no browser validation) with
 * its buttons busy while it sends. The state of the fields stays with the screen, so a refused send keeps
 * what was typed.
 */
export function FormFrame({
  title,
  titleLevel = 3,
  labelledBy,
  label,
  intro,
  done,
  error,
  fields,
  conflict,
  onSubmit,
  busy,
  submitLabel,
  submitAppearance,
  danger = false,
  actions,
  moreActions,
  footer,
  instead,
  className,
  id,
  formRef,
  children,
}: FormFrameProps) {
  const submit = (
    <Button type="submit" appearance={submitAppearance} busy={busy} danger={danger}>
      {submitLabel}
    </Button>
  );
  return (
    <>
      {title ? (
        <Heading level={titleLevel} id={labelledBy}>
          {title}
        </Heading>
      ) : null}
      {intro}
      <SaveOutcome message={done} error={error} fields={fields} />
      {conflict}
      {instead ?? (
        <form
          id={id}
          ref={formRef}
          className={className === null ? undefined : cx('duiden-form', className)}
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) onSubmit();
          }}
          noValidate
          aria-labelledby={labelledBy}
          aria-label={label}
        >
          {children}
          {actions ??
            (moreActions === undefined ? (
              submit
            ) : (
              <ButtonGroup>
                {submit}
                {moreActions}
              </ButtonGroup>
            ))}
          {footer}
        </form>
      )}
    </>
  );
}

/**
 * What came of the last change: its confirmation (announced as it appears), or the error summary linking to
 * the fields. The messages of every FormFrame, and on their own for a change made by a button rather than a
 * form (end, unlock, remove).
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
      {message ? <DoneAlert>{message}</DoneAlert> : null}
      <ErrorSummary error={error} fields={fields} />
    </>
  );
}
