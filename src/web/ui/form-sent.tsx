import { type ReactNode, useEffect, useRef } from 'react';
import { Alert } from './alert';
import { ButtonGroup } from './button';

/**
 * What a form that is done with once sent (a new signal, a planned meeting) shows in its place: a heading
 * that takes focus, so keyboard and screen-reader users land on it, what follows, and the ways onward.
 */
export function FormSent({
  headingId,
  title,
  children,
  after,
  actions,
}: {
  readonly headingId: string;
  readonly title: string;
  /** In the message, under its heading. */
  readonly children?: ReactNode;
  /** Under the message, before the ways onward. */
  readonly after?: ReactNode;
  readonly actions: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={headingId}>
      <Alert type="ok">
        <h2 className="utrecht-heading-2" id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {children}
      </Alert>
      {after}
      <ButtonGroup>{actions}</ButtonGroup>
    </section>
  );
}
