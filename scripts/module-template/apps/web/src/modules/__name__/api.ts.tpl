import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { __camel__Api, type __Pascal__Input, type __Pascal__Record } from '@yifa/domain/__name__';
import { call } from '../../api/call.ts';

export const __camel__Keys = {
  all: ['__name__'] as const,
  list: (townshipId: string | undefined, page: PageQuery) => ['__name__', 'list', townshipId ?? 'own', page] as const,
};

/** The cursor and size of a page, from useKeysetPaging. */
export interface PageQuery {
  after?: string;
  pageSize: number;
}

/** One page of the township's records and whether the caller may add one (every request through its contract). */
export function use__Pascal__Records(townshipId: string | undefined, page: PageQuery, enabled = true) {
  return useQuery({
    queryKey: __camel__Keys.list(townshipId, page),
    queryFn: () => call(__camel__Api.list, { query: { ...(townshipId ? { townshipId } : {}), ...page } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function use__Pascal__Mutations(townshipId: string | undefined) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: __camel__Keys.all });
  // Silent: the form puts a refusal on its fields (reportFormError).
  const save = useMutation({
    meta: { silent: true },
    mutationFn: ({ record, input }: { record: __Pascal__Record | null; input: __Pascal__Input }) =>
      record
        ? call(__camel__Api.update, { params: { id: record.id }, body: { ...input, version: record.version } })
        : call(__camel__Api.create, { query: townshipId ? { townshipId } : {}, body: input }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (record: __Pascal__Record) => call(__camel__Api.delete, { params: { id: record.id } }),
    onSettled: refresh,
  });
  return { save, remove };
}
