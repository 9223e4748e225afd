import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../api/problem.ts';
import { notifyError } from './notifier.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** `meta: { silent: true }`: the component shows the error itself (e.g. on form fields). */
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

/** Retry only what a retry can fix: the network, not a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!query.meta?.silent) notifyError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.silent) notifyError(error);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
