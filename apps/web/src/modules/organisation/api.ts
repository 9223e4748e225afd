import { type QueryInput, type ResponseOf } from '@yifa/domain';
import { organisationApi, type PermissionEntry } from '@yifa/domain/organisation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';

/** The list query of the people and users pages (ZListQuery): filters, and the cursor and size from useKeysetPaging. */
export type ListParams = QueryInput<typeof organisationApi.listPeople>;
export type ListFilters = Omit<ListParams, 'after' | 'pageSize'>;

export type { PermissionEntry };
export type TownshipPreview = ResponseOf<typeof organisationApi.previewTownship>;

export const orgKeys = {
  all: ['orgs'] as const,
  list: ['orgs', 'list'] as const,
  people: (params: ListParams | QueryInput<typeof organisationApi.listPeople>) => ['people', params] as const,
  person: (id: string) => ['people', 'one', id] as const,
  users: (params: ListParams) => ['users', params] as const,
  roles: ['roles'] as const,
  permissions: ['permissions'] as const,
};

/** The caller's org tree, every node with what the caller may do to it (GET /api/orgs). */
export function useOrgs(enabled = true) {
  return useQuery({ queryKey: orgKeys.list, queryFn: () => call(organisationApi.listOrgs), enabled, staleTime: 60_000 });
}

export function usePeople(params: QueryInput<typeof organisationApi.listPeople>, enabled = true) {
  return useQuery({
    queryKey: orgKeys.people(params),
    queryFn: () => call(organisationApi.listPeople, { query: params }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUsers(params: ListParams) {
  return useQuery({
    queryKey: orgKeys.users(params),
    queryFn: () => call(organisationApi.listUsers, { query: params }),
    placeholderData: keepPreviousData,
  });
}

export function useRoles(enabled = true) {
  return useQuery({ queryKey: orgKeys.roles, queryFn: () => call(organisationApi.listRoles), enabled, staleTime: 60_000 });
}

export function usePermissionCatalogue(enabled = true) {
  return useQuery({
    queryKey: orgKeys.permissions,
    queryFn: () => call(organisationApi.listPermissions),
    enabled,
    staleTime: Infinity,
  });
}
