import type { ReactNode } from 'react';

/**
 * Label and value pairs (Utrecht data list, rows layout). With an `action` on a row it is a summary list
 * (NL Design System / GOV.UK): the row's link to change it, its text naming the row for screen readers
 * ("Wijzigen<span class=visually-hidden> fase</span>").
 */
export function DataList({
  items,
}: {
  readonly items: ReadonlyArray<{ key: string; label: string; value: ReactNode; action?: ReactNode }>;
}) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.value}
          </dd>
          {item.action ? (
            <dd className="utrecht-data-list__actions utrecht-data-list__actions--html-dd">{item.action}</dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
