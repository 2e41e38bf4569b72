import type { ReactNode } from 'react';
import { useId } from 'react';
import { cx } from './class-names';

/**
 * A table with a caption (Utrecht table). Wide tables scroll sideways inside a region that can take
 * keyboard focus, so the hidden columns stay reachable without a mouse.
 */
export function Table({
  caption,
  captionHidden = false,
  head,
  children,
}: {
  readonly caption: string;
  readonly captionHidden?: boolean;
  readonly head: ReactNode;
  readonly children: ReactNode;
}) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="duiden-table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption
          id={captionId}
          className={captionHidden ? 'duiden-visually-hidden' : 'utrecht-table__caption'}
        >
          {caption}
        </caption>
        <thead className="utrecht-table__header">{head}</thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </section>
  );
}

export function Tr({ children }: { readonly children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Th({
  children,
  scope = 'col',
}: {
  readonly children: ReactNode;
  readonly scope?: 'col' | 'row';
}) {
  return (
    <th className="utrecht-table__header-cell" scope={scope}>
      {children}
    </th>
  );
}

export function Td({
  children,
  nowrap = false,
  className,
}: {
  readonly children: ReactNode;
  readonly nowrap?: boolean;
  /** E.g. a minimum width for a column of running text. */
  readonly className?: string;
}) {
  return <td className={cx('utrecht-table__cell', nowrap && 'duiden-nowrap', className)}>{children}</td>;
}
