import type { ReactNode } from 'react';
import { cx } from './class-names';

interface HeadingProps {
  readonly level: 1 | 2 | 3 | 4;
  readonly children: ReactNode;
  readonly id?: string;
  readonly className?: string;
}

/**
 * A heading with the Utrecht heading class of its level. The h1 takes focus after a route change (see
 * src/web/app-layout.tsx), so it can be focused by script but is not in the tab order.
 */
export function Heading({ level, children, id, className }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag
      id={id}
      className={cx(`utrecht-heading-${level}`, className)}
      tabIndex={level === 1 ? -1 : undefined}
    >
      {children}
    </Tag>
  );
}
