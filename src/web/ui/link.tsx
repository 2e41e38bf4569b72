import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from './class-names';

/** A link inside the app, styled as an Utrecht link. */
export function AppLink({ className, ...rest }: LinkProps) {
  return <Link className={cx('utrecht-link', 'utrecht-link--html-a', className)} {...rest} />;
}

/** A link inside the app that looks like a button. */
export function ButtonLink({
  appearance = 'secondary-action',
  ...rest
}: LinkProps & { readonly appearance?: 'primary-action' | 'secondary-action' }) {
  return (
    <Link
      className={cx(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        `utrecht-button-link--${appearance}`,
      )}
      {...rest}
    />
  );
}

/** A link that leaves the single-page app (e.g. to a server route that redirects). */
export function ExternalButtonLink({
  href,
  children,
  appearance = 'primary-action',
}: {
  readonly href: string;
  readonly children: ReactNode;
  readonly appearance?: 'primary-action' | 'secondary-action';
}) {
  return (
    <a
      href={href}
      className={cx(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        `utrecht-button-link--${appearance}`,
      )}
    >
      {children}
    </a>
  );
}
