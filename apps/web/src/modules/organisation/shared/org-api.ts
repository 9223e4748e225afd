import type { Org, Person, Role, User } from '@yifa/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

/** Server pages (zPage in @yifa/domain). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListParams {
  page: number;
  pageSize: number;
  q?: string;
  orgId?: string;
}

export interface PermissionEntry {
  code: string;
  zh: string;
  en: string;
}

export const orgKeys = {
  all: ['orgs'] as const,
  list: ['orgs', 'list'] as const,
  people: (params: ListParams) => ['people', params] as const,
  person: (id: string) => ['people', 'one', id] as const,
  users: (params: ListParams) => ['users', params] as const,
  roles: ['roles'] as const,
  permissions: ['permissions'] as const,
};

/** The caller's org tree, every node (GET /api/orgs). */
export function useOrgs(enabled = true) {
  return useQuery({ queryKey: orgKeys.list, queryFn: () => api.get<Org[]>('/orgs'), enabled, staleTime: 60_000 });
}

export function usePeople(params: ListParams, enabled = true) {
  return useQuery({
    queryKey: orgKeys.people(params),
    queryFn: () => api.get<Page<Person>>('/people', { query: { ...params } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUsers(params: ListParams) {
  return useQuery({
    queryKey: orgKeys.users(params),
    queryFn: () => api.get<Page<User>>('/users', { query: { ...params } }),
    placeholderData: keepPreviousData,
  });
}

export function useRoles(enabled = true) {
  return useQuery({ queryKey: orgKeys.roles, queryFn: () => api.get<Role[]>('/roles'), enabled, staleTime: 60_000 });
}

export function usePermissionCatalogue(enabled = true) {
  return useQuery({
    queryKey: orgKeys.permissions,
    queryFn: () => api.get<PermissionEntry[]>('/permissions'),
    enabled,
    staleTime: Infinity,
  });
}
