import type { ComponentProps, FormEvent, ReactNode } from 'react';
import { Button, ButtonGroup } from './button';
import { ErrorSummary, type SummaryField } from './error-summary';
import { TextField } from './form-field';
import { Heading } from './heading';
import { AppLink } from './link';
import { Paragraph } from './paragraph';
import { useFieldErrors } from './problem';
import { type QueryLike, QueryState } from './query-state';
import type { ListParams } from './use-list-params';
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
  headingId,
  intro,
  before,
  actions,
  children,
}: {
  readonly title: string;
  /** The id of the heading, for the page's one list to be named by it (a table's `labelledBy`). */
  readonly headingId?: string;
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
      <Heading level={1} id={headingId}>
        {title}
      </Heading>
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

/** The props that tie a filter's field to the form's draft: id, label, value, change and the server's error. */
export function useFilterFields<F>(
  { draft, set }: Pick<ListParams<F>, 'draft' | 'set'>,
  {
    error,
    id,
    label,
  }: {
    readonly error: unknown;
    readonly id: (name: string) => string;
    readonly label: (name: TextFilter<F>) => string;
  },
) {
  const fieldError = useFieldErrors(error);
  return <K extends TextFilter<F>>(name: K) => ({
    id: id(name),
    label: label(name),
    value: draft[name] as string,
    onValueChange: set(name) as (value: string) => void,
    error: fieldError(name),
  });
}

/** The names of a list's filters that hold one text (a choice, a date, a search). */
type TextFilter<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

/** A period as two date filters, "from" and "to" (the API's names). */
export function DateRange({
  field,
}: {
  readonly field: (name: 'from' | 'to') => ComponentProps<typeof TextField>;
}) {
  return (
    <>
      <TextField type="date" {...field('from')} />
      <TextField type="date" {...field('to')} />
    </>
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
