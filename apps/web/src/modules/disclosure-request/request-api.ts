import type { DisclosureRequestDetail, DisclosureRequestSummary } from '@yifa/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface RequestListParams {
  page: number;
  pageSize: number;
  q?: string;
  status?: string;
  year?: number;
  overdue?: boolean;
  repeats?: boolean;
}

export interface RequestPage {
  items: DisclosureRequestSummary[];
  total: number;
  page: number;
  pageSize: number;
  overdueCount: number;
}

export const REQUESTS_KEY = ['disclosure-requests'] as const;

export function useRequests(p: RequestListParams) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'list', p],
    queryFn: () =>
      api.get<RequestPage>('/disclosure-requests', {
        query: {
          page: p.page,
          pageSize: p.pageSize,
          q: p.q || undefined,
          status: p.status,
          year: p.year,
          overdue: p.overdue ? 'true' : undefined,
          repeats: p.repeats ? 'true' : undefined,
        },
      }),
  });
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'one', id],
    queryFn: () => api.get<DisclosureRequestDetail>(`/disclosure-requests/${id}`),
  });
}
