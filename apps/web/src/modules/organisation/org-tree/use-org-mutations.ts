import type { CreateOrgRequest, Org, UpdateOrgRequest } from '@yifa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { isApiProblem } from '../../../api/problem.ts';
import { orgKeys } from '../shared/org-api.ts';

/** Edits of the org tree; each refreshes the tree, and a version conflict reloads it at once. */
export function useOrgMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKeys.all });
  const onConflict = (error: unknown) => {
    if (isApiProblem(error) && error.code === 'REQUEST.CONFLICT') void refresh();
  };
  const create = useMutation({
    meta: { silent: true },
    mutationFn: (body: CreateOrgRequest) => api.post<Org>('/orgs', body),
    onSuccess: refresh,
  });
  const update = useMutation({
    meta: { silent: true },
    mutationFn: ({ id, body }: { id: string; body: UpdateOrgRequest }) => api.patch<Org>(`/orgs/${id}`, body),
    onSuccess: refresh,
    onError: onConflict,
  });
  const move = useMutation({
    mutationFn: ({ org, parentId }: { org: Org; parentId: string }) =>
      api.patch<Org>(`/orgs/${org.id}`, { parentId, version: org.version } satisfies UpdateOrgRequest),
    onSuccess: refresh,
    onError: onConflict,
  });
  const remove = useMutation({
    mutationFn: (org: Org) => api.delete(`/orgs/${org.id}`),
    onSuccess: refresh,
  });
  return { create, update, move, remove };
}
