import type { ComponentProps, ReactNode } from 'react';
import { Confirmation } from './form-confirmation';
import { TextAreaField } from './form-field';
import { FormFrame, type FormFrameProps } from './form-frame';

/** The step between choosing and recording: "Weet u zeker…", what recording will do, and "Ja, …". */
export interface DecisionConfirm {
  readonly title: string;
  readonly confirmLabel: string;
  /** What recording the decision will do, said before it is done. */
  readonly children: ReactNode;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** `actions`: in place of the form's buttons (the default); `below`: under the form, its buttons staying. */
  readonly placement?: 'actions' | 'below';
}

type DecisionFormProps = FormFrameProps & {
  /** While the user confirms: the confirmation step; null otherwise. */
  readonly confirm?: DecisionConfirm | null;
};

/**
 * A form that records a human decision: the choice and the reason in words (and, where the screen has it,
 * who decides on whose behalf) as the screen's fields, the error summary linking to them, on a conflict the
 * version decided meanwhile next to what was typed, busy buttons while it saves, and, for a decision that
 * cannot be undone, a confirmation before it is recorded.
 */
export function DecisionForm({ confirm, ...frame }: DecisionFormProps) {
  const confirmation = confirm ? (
    <Confirmation
      title={confirm.title}
      confirmLabel={confirm.confirmLabel}
      busy={confirm.busy}
      onConfirm={confirm.onConfirm}
      onCancel={confirm.onCancel}
    >
      {confirm.children}
    </Confirmation>
  ) : null;
  if (confirm?.placement === 'below') {
    return (
      <>
        <FormFrame {...frame} />
        {confirmation}
      </>
    );
  }
  return <FormFrame {...frame} actions={confirmation ?? frame.actions} />;
}

/** The reason for a decision in the decider's own words: required, at most 2,000 characters by default. */
export function ReasonField({
  maxLength = 2000,
  required = true,
  ...field
}: ComponentProps<typeof TextAreaField>) {
  return <TextAreaField maxLength={maxLength} required={required} {...field} />;
}
