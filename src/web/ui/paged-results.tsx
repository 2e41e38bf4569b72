import type { ReactNode } from 'react';
import { Button, ButtonGroup } from './button';
import { Paragraph } from './paragraph';

/** The part of a react-query infinite query that paging needs. */
export interface PagedQuery {
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  fetchNextPage(): Promise<unknown>;
}

/**
 * A list that grows page by page ("Meer laden"): the rows, or a line when there are none, how many are shown
 * (announced to screen readers), and the button for the next page while there is one.
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
    readonly shown: string;
    readonly loadMore: string;
    readonly loadingMore: string;
  };
  readonly children: ReactNode;
}) {
  return (
    <>
      {count === 0 ? <Paragraph>{texts.none}</Paragraph> : children}
      <Paragraph>
        <span role="status">{texts.shown}</span>
      </Paragraph>
      {query.hasNextPage ? (
        <ButtonGroup>
          <Button
            busy={query.isFetchingNextPage}
            onClick={() => !query.isFetchingNextPage && void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? texts.loadingMore : texts.loadMore}
          </Button>
        </ButtonGroup>
      ) : null}
    </>
  );
}
