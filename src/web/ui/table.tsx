import type { ReactNode } from 'react';
import { useId } from 'react';
import { cx } from './class-names';

/**
 * A table with a caption (Utrecht table). Wide tables scroll sideways inside a region that can take
 * keyboard focus, so the hidden columns stay reachable without a mouse.
 *
 * A table right under a heading that already names it takes `labelledBy` (the heading's id) instead of a
 * caption: no caption repeats the heading, and the scrolling part is a group rather than a second region
 * with the name of the section around it.
 */
export function Table(
  props: (
    | { readonly caption: string; readonly captionHidden?: boolean; readonly labelledBy?: never }
    | { readonly labelledBy: string; readonly caption?: never; readonly captionHidden?: never }
  ) & {
    readonly head: ReactNode;
    readonly children: ReactNode;
  },
) {
  const { head, children } = props;
  const captionId = useId();
  const table = (name: ReactNode, labelledBy?: string) => (
    <table className="utrecht-table utrecht-table--html-table" aria-labelledby={labelledBy}>
      {name}
      <thead className="utrecht-table__header">{head}</thead>
      <tbody className="utrecht-table__body">{children}</tbody>
    </table>
  );
  if (props.labelledBy !== undefined) {
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      // biome-ignore lint/a11y/useSemanticElements: a group of a table, not of form fields (no fieldset)
      <div className="duiden-table-scroll" role="group" aria-labelledby={props.labelledBy} tabIndex={0}>
        {table(null, props.labelledBy)}
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="duiden-table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {table(
        <caption
          id={captionId}
          className={props.captionHidden ? 'duiden-visually-hidden' : 'utrecht-table__caption'}
        >
          {props.caption}
        </caption>,
      )}
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
