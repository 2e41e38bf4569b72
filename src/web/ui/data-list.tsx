import type { ReactNode } from 'react';

/** Label and value pairs (Utrecht data list, rows layout). */
export function DataList({
  items,
}: {
  readonly items: ReadonlyArray<{ key: string; label: string; value: ReactNode }>;
}) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
