import type { ReactNode } from 'react';
import { Heading } from './heading';

/** A part of a screen under its own heading, named by it (a region for screen readers). */
export function Section({
  id,
  title,
  level = 2,
  className = 'duiden-section',
  within,
  children,
}: {
  /** The id of the heading, which names the section. */
  readonly id: string;
  readonly title: ReactNode;
  readonly level?: 2 | 3 | 4;
  /** The section's class: the spacing of a section of the page by default; null for none. */
  readonly className?: string | null;
  /**
   * The heading id of the section this one repeats in (e.g. "Te laat" around "Uw acties"): named by both, so
   * two sections with the same heading under different parents are two landmarks with different names.
   */
  readonly within?: string;
  readonly children: ReactNode;
}) {
  return (
    <section aria-labelledby={within ? `${within} ${id}` : id} className={className ?? undefined}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
