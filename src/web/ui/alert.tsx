import type { ReactNode } from 'react';
import { cx } from './class-names';
import { Paragraph } from './paragraph';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message box. `live` announces it to screen readers when it appears (role=status, or role=alert for
 * errors); leave it off for messages that are part of the page from the start.
 */
export function Alert({
  type = 'info',
  live = false,
  children,
  className,
}: {
  readonly type?: AlertType;
  readonly live?: boolean;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  const role = live ? (type === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={cx('utrecht-alert', `utrecht-alert--${type}`, className)} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** The announced message that a change was saved (or what it did), in one paragraph. */
export function DoneAlert({ children }: { readonly children: ReactNode }) {
  return (
    <Alert type="ok" live>
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
