import type { ReactNode } from 'react';
import { Heading } from './heading';

/** A part of a screen under its own heading, named by it (a region for screen readers). */
export function Section({
  id,
  title,
  level = 2,
  children,
}: {
  /** The id of the heading, which names the section. */
  readonly id: string;
  readonly title: string;
  readonly level?: 2 | 3;
  readonly children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="duiden-section">
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
