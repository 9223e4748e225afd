import { type ParamsInput, type ResponseOf, type RouteContract } from '@yifa/domain';
import { disclosureRequestApi, type RequestStatus } from '@yifa/domain/disclosure-request';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';

/** The list's filters; a change of any of them starts again from the first page (useKeysetPaging). */
export interface RequestListFilters {
  q?: string;
  status?: RequestStatus;
  year?: number;
  overdue?: boolean;
  repeats?: boolean;
}
export interface RequestListParams extends RequestListFilters {
  after?: string;
  pageSize: number;
}

export const REQUESTS_KEY = ['disclosure-requests'] as const;

export function useRequests(p: RequestListParams) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'list', p],
    queryFn: () =>
      call(disclosureRequestApi.list, {
        query: {
          after: p.after,
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
    queryFn: () => call(disclosureRequestApi.view, { params: { id } }),
  });
}

/**
 * The sender of one step's form: the form builds the body field by field from the same contract
 * (its fields and limits), so the body is passed as the contract's input.
 */
export function stepSender<C extends RouteContract>(contract: C, params: ParamsInput<C>) {
  const send = call as unknown as (c: C, input: { params: ParamsInput<C>; body: unknown }) => Promise<ResponseOf<C>>;
  return (body: Record<string, unknown>) => send(contract, { params, body });
}
