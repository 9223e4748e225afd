import { deadlinesApi, type DeadlineFilter } from '@yifa/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';

export interface DeadlineListParams {
  filter: DeadlineFilter;
  withinWorkingDays: number;
  assignedToMe: boolean;
  /** The cursor of the page (none for the first) and its size: useKeysetPaging's `query`. */
  after?: string;
  pageSize: number;
}

export const deadlineKeys = {
  list: (p: DeadlineListParams) => ['deadlines', 'list', p] as const,
  one: (id: string) => ['deadlines', 'one', id] as const,
};

/** GET /api/deadlines: the caller's open deadlines in scope, soonest first. */
export function useDeadlines(params: DeadlineListParams) {
  return useQuery({
    queryKey: deadlineKeys.list(params),
    queryFn: () =>
      call(deadlinesApi.list, {
        query: {
          filter: params.filter,
          ...(params.filter === 'dueSoon' ? { withinWorkingDays: params.withinWorkingDays } : {}),
          ...(params.assignedToMe ? { assignedToMe: 'true' } : {}),
          ...(params.after ? { after: params.after } : {}),
          pageSize: params.pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/deadlines/:id: one deadline with its full explanation (steps, textZh, textEn). */
export function useDeadline(id: string | null) {
  return useQuery({
    queryKey: deadlineKeys.one(id ?? ''),
    queryFn: () => call(deadlinesApi.get, { params: { id: id ?? '' } }),
    enabled: !!id,
  });
}
