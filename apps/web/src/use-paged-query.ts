import { useEffect, useState } from 'react';

import type { TypedDocumentString } from '@census/client';

import { useApp } from './app-context';
import { useCachedQuery } from './offline/query-cache';
import { useQuery } from './use-query';

export interface Page<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly TNode[];
}

export interface PagedState<TNode> {
  nodes: readonly TNode[];
  totalCount?: number | undefined;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error?: Error | undefined;
  /** Appends the next page (after the last page's endCursor). */
  more: () => Promise<void>;
  /** Loads the first page again and drops the pages added by `more`. */
  reload: () => Promise<void>;
  /**
   * Shows this node in place of the listed node with the same `id`, on any page: a mutation's answer carries the
   * changed node, so the list needs no reload (which would also drop the pages added by `more`).
   */
  replace: (node: TNode) => void;
}

const idOf = (node: unknown) => (node as { id?: unknown }).id;

/**
 * A connection read page by page: the first page as `useQuery` reads it, then a "more" button appends the page after
 * the last endCursor (pages hold at most 100 items). New variables start over from the first page. `cached`: the
 * first page is kept on the phone for offline work (offline/query-cache.ts), as the field-work pages want.
 */
export function usePagedQuery<TResult, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  pick: (result: TResult) => Page<TNode>,
  { cached = false }: { cached?: boolean } = {},
): PagedState<TNode> {
  const { request } = useApp();
  const plain = useQuery(document, variables, cached);
  const kept = useCachedQuery(document, variables, !cached);
  const first = cached ? kept : plain;
  const page = first.data ? pick(first.data) : undefined;
  const pages = useMorePages(page, async (after) => pick(await request(document, { ...variables, after })));
  return {
    ...pages,
    totalCount: page?.totalCount,
    loading: first.loading,
    error: first.error ?? pages.error,
    reload: first.reload,
  };
}

export interface MorePages<TNode> {
  /** The first page's nodes, then those of the pages `more` added. */
  nodes: readonly TNode[];
  hasNextPage: boolean;
  loadingMore: boolean;
  /** Why the last `more` failed. */
  error?: Error | undefined;
  more: () => Promise<void>;
  replace: (node: TNode) => void;
}

/**
 * The pages after a first page: `more` reads the page after the last endCursor with `fetchAfter` and appends it. A new
 * first page (new variables, a reload) drops the pages added. For a connection nested in a query with others (the
 * agenda's three lists), `fetchAfter` reads that one list.
 */
export function useMorePages<TNode>(
  page: Page<TNode> | undefined,
  fetchAfter: (cursor: string) => Promise<Page<TNode>>,
): MorePages<TNode> {
  const [added, setAdded] = useState<{ nodes: TNode[]; pageInfo: Page<TNode>['pageInfo'] } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error | undefined>();
  const [replaced, setReplaced] = useState<ReadonlyMap<unknown, TNode>>(new Map());
  useEffect(() => {
    setAdded(null);
    setMoreError(undefined);
    setReplaced(new Map());
  }, [page]);

  const pageInfo = added?.pageInfo ?? page?.pageInfo;
  const more = async () => {
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const next = await fetchAfter(pageInfo.endCursor);
      setAdded((previous) => ({
        nodes: [...(previous?.nodes ?? []), ...next.nodes],
        pageInfo: next.pageInfo,
      }));
    } catch (error) {
      setMoreError(error as Error);
    } finally {
      setLoadingMore(false);
    }
  };
  return {
    nodes: [...(page?.nodes ?? []), ...(added?.nodes ?? [])].map((node) => replaced.get(idOf(node)) ?? node),
    hasNextPage: Boolean(pageInfo?.hasNextPage),
    loadingMore,
    error: moreError,
    more,
    replace: (node) => setReplaced((previous) => new Map(previous).set(idOf(node), node)),
  };
}
