import { useCallback, useEffect, useRef, useState } from 'react';

import type { TypedDocumentString } from '@census/client';

import { useApp } from './app-context';

export interface QueryState<T> {
  data?: T | undefined;
  error?: Error | undefined;
  loading: boolean;
  reload: () => Promise<void>;
  /** When the data shown was answered by the server (ms since the epoch); for "数据截至". */
  updatedAt?: number | undefined;
}

/** Runs a generated query when the variables change; `skip` holds it back. Stale answers are dropped. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  skip = false,
): QueryState<TResult> {
  const { request } = useApp();
  const [state, setState] = useState<{ data?: TResult; error?: Error; loading: boolean; updatedAt?: number }>(
    {
      loading: !skip,
    },
  );
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const run = useCallback(async () => {
    const id = ++latest.current;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    try {
      const data = await request(document, JSON.parse(key) as TVariables);
      if (id === latest.current) setState({ data, loading: false, updatedAt: Date.now() });
    } catch (error) {
      if (id === latest.current) setState({ error: error as Error, loading: false });
    }
  }, [request, document, key]);
  useEffect(() => {
    if (!skip) void run();
  }, [run, skip]);
  return { ...state, reload: run };
}
