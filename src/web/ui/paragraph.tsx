import type { ReactNode } from 'react';
import { cx } from './class-names';

export function Paragraph({
  children,
  lead = false,
  small = false,
  id,
}: {
  readonly children: ReactNode;
  readonly lead?: boolean;
  readonly small?: boolean;
  readonly id?: string;
}) {
  return (
    <p
      id={id}
      className={cx(
        'utrecht-paragraph',
        lead && 'utrecht-paragraph--lead',
        small && 'utrecht-paragraph--small',
      )}
    >
      {children}
    </p>
  );
}
