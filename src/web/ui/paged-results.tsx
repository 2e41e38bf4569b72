import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { apiGet } from '../api';
import { Button, ButtonGroup } from './button';
import { Paragraph } from './paragraph';
import { type QueryLike, QueryState } from './query-state';

/** The part of a react-query infinite query that paging needs. */
export interface PagedQuery {
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  fetchNextPage(): Promise<unknown>;
}

/**
 * A list the API gives in pages by cursor: `path` with the filters in `query` (a query string without "?"),
 * each next page asked with `cursor`; `items` takes the rows out of a page. Returns the infinite query and
 * the rows of all pages read so far.
 */
export function useCursorPages<P extends { readonly nextCursor?: string | null }, T>({
  key,
  path,
  query: filters = '',
  items,
}: {
  readonly key: readonly unknown[];
  readonly path: string;
  readonly query?: string;
  readonly items: (page: P) => readonly T[];
}) {
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => {
      const p = new URLSearchParams(filters);
      if (pageParam) p.set('cursor', pageParam);
      const s = p.toString();
      return apiGet<P>(`${path}${s ? `?${s}` : ''}`);
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { query, items: query.data?.pages.flatMap(items) ?? [] };
}

/** How many rows are shown, announced to screen readers when it changes. */
export function ResultCount({ children }: { readonly children: ReactNode }) {
  return (
    <Paragraph>
      <span role="status">{children}</span>
    </Paragraph>
  );
}

/** The button for the next page, while there is one. */
export function LoadMore({
  query,
  texts,
}: {
  readonly query: PagedQuery;
  readonly texts: { readonly loadMore: string; readonly loadingMore: string };
}) {
  return query.hasNextPage ? (
    <ButtonGroup>
      <Button
        busy={query.isFetchingNextPage}
        onClick={() => !query.isFetchingNextPage && void query.fetchNextPage()}
      >
        {query.isFetchingNextPage ? texts.loadingMore : texts.loadMore}
      </Button>
    </ButtonGroup>
  ) : null;
}

/**
 * A list that grows page by page ("Meer laden"): the rows, or a line when there are none, how many are shown
 * (announced to screen readers; left out when `texts.shown` is not given), and the button for the next page
 * while there is one.
 */
export function PagedResults({
  query,
  count,
  texts,
  children,
}: {
  readonly query: PagedQuery;
  readonly count: number;
  readonly texts: {
    readonly none: string;
    readonly shown?: string;
    readonly loadMore: string;
    readonly loadingMore: string;
  };
  readonly children: ReactNode;
}) {
  return (
    <>
      {count === 0 ? <Paragraph>{texts.none}</Paragraph> : children}
      {texts.shown !== undefined ? <ResultCount>{texts.shown}</ResultCount> : null}
      <LoadMore query={query} texts={texts} />
    </>
  );
}

/**
 * The rows of a list read by cursor (`useCursorPages`) once they are there: while the first page loads a
 * line says so; errors are left to the filters' error summary, which names the filter that caused them.
 */
export function PagedList<T>({
  list,
  texts,
  children,
}: {
  readonly list: {
    readonly query: PagedQuery & QueryLike<unknown>;
    readonly items: readonly T[];
  };
  readonly texts: {
    readonly none: string;
    readonly shown: (count: number) => string;
    readonly loadMore: string;
    readonly loadingMore: string;
  };
  readonly children: (items: readonly T[]) => ReactNode;
}) {
  return (
    <QueryState query={list.query} showError={false}>
      {() => (
        <PagedResults
          query={list.query}
          count={list.items.length}
          texts={{ ...texts, shown: texts.shown(list.items.length) }}
        >
          {children(list.items)}
        </PagedResults>
      )}
    </QueryState>
  );
}
