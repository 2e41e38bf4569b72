import type { ReactNode } from 'react';

export type BadgeStatus = 'success' | 'warning' | 'danger' | 'neutral' | 'inactive';

/** A short status word in a coloured box; the word itself carries the meaning, not the colour. */
export function StatusBadge({
  status,
  children,
}: {
  readonly status: BadgeStatus;
  readonly children: ReactNode;
}) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}
