import { type BodyInput } from '@yifa/domain';
import { organisationApi, type Org } from '@yifa/domain/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/call.ts';
import { isApiProblem } from '../../../api/problem.ts';
import { orgKeys } from '../api.ts';

/** Edits of the org tree; each refreshes the tree, and a version conflict reloads it at once. */
export function useOrgMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKeys.all });
  const onConflict = (error: unknown) => {
    if (isApiProblem(error) && error.code === 'REQUEST.CONFLICT') void refresh();
  };
  const create = useMutation({
    meta: { silent: true },
    mutationFn: (body: BodyInput<typeof organisationApi.createOrg>) => call(organisationApi.createOrg, { body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    meta: { silent: true },
    mutationFn: ({ id, body }: { id: string; body: BodyInput<typeof organisationApi.updateOrg> }) =>
      call(organisationApi.updateOrg, { params: { id }, body }),
    onSuccess: refresh,
    onError: onConflict,
  });
  const move = useMutation({
    mutationFn: ({ org, parentId }: { org: Org; parentId: string }) =>
      call(organisationApi.updateOrg, { params: { id: org.id }, body: { parentId, version: org.version } }),
    onSuccess: refresh,
    onError: onConflict,
  });
  const remove = useMutation({
    mutationFn: (org: Org) => call(organisationApi.deleteOrg, { params: { id: org.id } }),
    onSuccess: refresh,
  });
  return { create, update, move, remove };
}
