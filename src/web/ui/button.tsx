import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './class-names';

export type ButtonAppearance = 'primary-action' | 'secondary-action' | 'subtle';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly appearance?: ButtonAppearance;
  /** A button that removes or ends something. */
  readonly danger?: boolean;
  /** Shown while its action runs; the button stays focusable (a disabled button would drop focus). */
  readonly busy?: boolean;
}

export function Button({
  appearance = 'secondary-action',
  danger = false,
  busy = false,
  type = 'button',
  className,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'utrecht-button',
        `utrecht-button--${appearance}`,
        danger && 'utrecht-button--danger',
        busy && 'utrecht-button--busy',
        className,
      )}
      aria-busy={busy || undefined}
      {...rest}
    />
  );
}

export function ButtonGroup({ children }: { readonly children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}
