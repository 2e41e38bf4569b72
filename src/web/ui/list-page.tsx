import type { FormEvent, ReactNode } from 'react';
import { Button, ButtonGroup } from './button';
import { ErrorSummary, type SummaryField } from './error-summary';
import { Heading } from './heading';
import { AppLink } from './link';
import { Paragraph } from './paragraph';
import { type QueryLike, QueryState } from './query-state';
import { usePageTitle } from './use-page-title';

/** The way back to the screen above, on a line of its own. */
export function BackLink({ to, children }: { readonly to: string; readonly children: ReactNode }) {
  return (
    <Paragraph>
      <AppLink to={to}>{children}</AppLink>
    </Paragraph>
  );
}

/**
 * The frame of a screen: the document title, what stands above the heading (a way back, the area's
 * navigation), the heading and its introduction, the screen's main actions as buttons, then the content.
 */
export function Page({
  title,
  intro,
  before,
  actions,
  children,
}: {
  readonly title: string;
  readonly intro?: ReactNode;
  readonly before?: ReactNode;
  /** Button links to start something (left out when null, e.g. for a role that may not). */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <>
      {before}
      <Heading level={1}>{title}</Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {actions ? <ButtonGroup>{actions}</ButtonGroup> : null}
      {children}
    </>
  );
}

/**
 * The filters of a list as a form in its own labelled section: the error summary linking to the filter with
 * an error (the server checks them), the fields, and the buttons to apply and to clear them.
 */
export function FilterForm({
  id,
  title,
  intro,
  error,
  fields,
  texts,
  onApply,
  onClear,
  children,
}: {
  /** The id of the section's heading, which also names the form. */
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly error: unknown;
  readonly fields: readonly SummaryField[];
  readonly texts: { readonly apply: string; readonly clear: string };
  readonly onApply: (e: FormEvent) => void;
  readonly onClear: () => void;
  readonly children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {intro ? <Paragraph small>{intro}</Paragraph> : null}
      <ErrorSummary error={error} fields={fields} />
      <form onSubmit={onApply} noValidate aria-labelledby={id}>
        {children}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {texts.apply}
          </Button>
          <Button onClick={onClear}>{texts.clear}</Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** A list read from the API in one go: loading, the error, a line when it is empty, or the rows. */
export function ListState<T>({
  query,
  none,
  children,
}: {
  readonly query: QueryLike<readonly T[]>;
  readonly none: string;
  readonly children: (items: readonly T[]) => ReactNode;
}) {
  return (
    <QueryState query={query}>
      {(items) => (items.length === 0 ? <Paragraph>{none}</Paragraph> : children(items))}
    </QueryState>
  );
}
